import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useApp } from './harness/use-app';

/**
 * The rows drawn, in the order they are drawn: story id, top and bottom relative to the list's
 * viewport (0 is its top edge, `height` its bottom), and whether the row lies wholly inside it.
 */
const drawnRows = (page: Page) =>
  page.evaluate(() => {
    const viewport = document.querySelector('.library [role="listbox"]')!.getBoundingClientRect();
    return [...document.querySelectorAll<HTMLElement>('.library [data-story-id]')].map((el) => {
      const r = el.getBoundingClientRect();
      const top = r.top - viewport.top;
      const bottom = r.bottom - viewport.top;
      return { id: el.dataset.storyId!, top, bottom, height: viewport.height, inside: top >= -1 && bottom <= viewport.height + 1 };
    });
  });

describe('the library list draws only the rows near its viewport', () => {
  // A short window, so the sample library's stories run well past the list's first screen.
  const app = useApp({ height: 520 });

  it('draws the stories in view, in order, wherever the list is scrolled', async () => {
    const { page, services } = app();
    const ids = services.workspace.listStories().map((s) => s.id);
    await page.locator('[data-story-id]').first().waitFor();
    const list = page.getByRole('listbox', { name: 'Stories' });
    const height = await list.evaluate((el) => [el.scrollHeight, el.clientHeight]);
    expect(height[0]).toBeGreaterThan(2 * height[1]);
    const top = await drawnRows(page);
    // Not the whole list: only the screen and a few rows beyond it.
    expect(top.length).toBeLessThan(ids.length);
    for (const at of [0.5, 1]) {
      await list.evaluate((el, f) => (el.scrollTop = f * (el.scrollHeight - el.clientHeight)), at);
      // The list redraws on the scroll's frame: wait for a drawing that has moved and covers the viewport.
      let rows = await drawnRows(page);
      await expect
        .poll(async () => {
          rows = await drawnRows(page);
          return rows.length > 0 && rows[0].id !== top[0].id && rows[0].top <= 0 && rows.at(-1)!.bottom >= rows[0].height - 1;
        })
        .toBe(true);
      // The drawn rows are a run of the list in its order, one below the other, covering the viewport.
      const from = ids.indexOf(rows[0].id);
      expect(rows.map((r) => r.id)).toEqual(ids.slice(from, from + rows.length));
      for (let i = 1; i < rows.length; i++) expect(Math.abs(rows[i].top - rows[i - 1].bottom)).toBeLessThan(2);
      expect(rows[0].top).toBeLessThanOrEqual(0);
      expect(rows.at(-1)!.bottom).toBeGreaterThanOrEqual(rows[0].height - 1);
      if (at === 1) expect(rows.at(-1)!.id).toBe(ids.at(-1));
    }
  });

  it('keeps the selection in view as j and k move it past the edges of the screen', async () => {
    const { page, services } = app();
    const ids = services.workspace.listStories().map((s) => s.id);
    const list = page.getByRole('listbox', { name: 'Stories' });
    await list.evaluate((el) => (el.scrollTop = 0));
    await page.locator(`[data-story-id="${ids[0]}"]`).click();
    const selectedInView = async () => (await drawnRows(page)).find((r) => r.id === selected)?.inside ?? false;
    let selected = ids[0];
    for (let i = 1; i < ids.length; i++) {
      await page.keyboard.press('j');
      selected = ids[i];
      await expect.poll(() => page.locator('.library [aria-selected="true"]').getAttribute('data-story-id')).toBe(selected);
      await expect.poll(selectedInView).toBe(true);
    }
    for (let i = ids.length - 2; i >= 0; i--) {
      await page.keyboard.press('k');
      selected = ids[i];
      await expect.poll(selectedInView).toBe(true);
    }
    expect(await list.evaluate((el) => el.scrollTop)).toBe(0);
  });
});
