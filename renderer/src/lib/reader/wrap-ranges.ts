/** A stretch of an element's text, by offsets into its `textContent`. */
export interface TextRange {
  start: number;
  length: number;
}

/**
 * Wrap stretches of an element's text in elements made by `make(i)` for `ranges[i]`, in one walk
 * over its text nodes (offsets are into its `textContent`, as mark.js's `markRanges` reads them).
 * A range across several text nodes (a link, muted noise) gets one element per node. Ranges must
 * be sorted by start and must not overlap; out-of-bounds and empty ones are left out. One pass
 * per line instead of mark.js's per-context iterator: a story with 200 highlights paints in a
 * millisecond or two rather than most of a frame.
 */
export function wrapRanges(root: Element, ranges: readonly TextRange[], make: (i: number) => HTMLElement): HTMLElement[] {
  const made: HTMLElement[] = [];
  if (ranges.length === 0) return made;
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  let node = walker.nextNode() as Text | null;
  // `at`: where `node` starts in the element's text.
  let at = 0;
  let k = 0;
  while (node && k < ranges.length) {
    const end = at + node.data.length;
    const start = ranges[k].start;
    const stop = start + ranges[k].length;
    if (stop <= at || stop <= start) {
      k++;
      continue;
    }
    if (start >= end) {
      at = end;
      node = walker.nextNode() as Text | null;
      continue;
    }
    let target = node;
    let targetAt = at;
    if (start > at) {
      target = node.splitText(start - at);
      targetAt = start;
    }
    const cut = Math.min(stop, end) - targetAt;
    if (cut < target.data.length) target.splitText(cut);
    const el = make(k);
    target.parentNode!.insertBefore(el, target);
    el.appendChild(target);
    made.push(el);
    walker.currentNode = target;
    at = targetAt + cut;
    if (stop <= at) k++;
    node = walker.nextNode() as Text | null;
  }
  return made;
}
