import type { Page } from 'playwright-core';

/** Select `phrase` inside the reader's story text the way a mouse drag would, then release. */
export async function selectInReader(page: Page, phrase: string): Promise<void> {
  const found = await page.evaluate((phrase) => {
    const lines = [...document.querySelectorAll<HTMLElement>('.reader [data-start]')];
    for (const line of lines) {
      const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const i = (n.nodeValue ?? '').indexOf(phrase);
        if (i < 0) continue;
        const range = document.createRange();
        range.setStart(n, i);
        range.setEnd(n, i + phrase.length);
        const sel = window.getSelection()!;
        sel.removeAllRanges();
        sel.addRange(range);
        line.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
        return true;
      }
    }
    return false;
  }, phrase);
  if (!found) throw new Error(`"${phrase}" is not in the reader's text`);
}

/** Drop files on the window as the OS would, with a DataTransfer carrying File objects. */
export async function dropFiles(page: Page, files: { name: string; text: string }[]): Promise<void> {
  await page.evaluate((files) => {
    const dt = new DataTransfer();
    for (const f of files) dt.items.add(new File([f.text], f.name, { type: 'text/plain' }));
    for (const type of ['dragenter', 'dragover', 'drop']) {
      document.body.dispatchEvent(new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer: dt }));
    }
  }, files);
}

/**
 * Every item a virtual list holds, read as an analyst would see them: scrolled from the top to the
 * bottom a screen at a time, gathering the `attr` of each `selector` drawn (the list draws only the
 * rows near its view, so counting the drawn rows undercounts a list longer than a screen).
 */
export async function itemsOfList(page: Page, listbox: string, selector: string, attr: string): Promise<string[]> {
  return page.evaluate(
    async ({ listbox, selector, attr }) => {
      const list = document.querySelector<HTMLElement>(`[role="listbox"][aria-label="${listbox}"]`);
      if (!list) return [];
      const seen = new Set<string>();
      const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
      const at = list.scrollTop;
      for (let y = 0; ; y += Math.max(1, list.clientHeight / 2)) {
        list.scrollTop = y;
        await frame();
        for (const el of list.querySelectorAll(selector)) seen.add(el.getAttribute(attr) ?? '');
        if (y >= list.scrollHeight - list.clientHeight) break;
      }
      list.scrollTop = at;
      return [...seen];
    },
    { listbox, selector, attr },
  );
}
