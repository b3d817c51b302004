/** A stretch of a line's text: `start` and `length` in characters of its text content. */
export interface LineRange {
  start: number;
  length: number;
}

/**
 * Wrap each range of `line`'s text in a `<mark>`, as mark.js's `markRanges` does, in one walk over
 * the line's text nodes: mark.js starts a node iterator (and checks for iframes) per call, which
 * cost more than the marking for a story with 200 highlights. A range that crosses an element
 * (a link, muted noise) gets one mark per text node it covers, each passed to `each` with the
 * range's index. `ranges` must be sorted by start and must not overlap; text is never changed.
 */
export function wrapRanges(line: Element, ranges: LineRange[], className: string, each?: (mark: HTMLElement, index: number) => void): void {
  const doc = line.ownerDocument;
  const walker = doc.createTreeWalker(line, NodeFilter.SHOW_TEXT);
  let node = walker.nextNode() as Text | null;
  let at = 0; // offset of `node`'s first character in the line
  for (let k = 0; k < ranges.length && node; k++) {
    const end = ranges[k].start + ranges[k].length;
    let from = ranges[k].start;
    while (node && from < end) {
      const len = node.data.length;
      if (at + len <= from) {
        at += len;
        node = walker.nextNode() as Text | null;
        continue;
      }
      let piece = node;
      if (from > at) {
        piece = node.splitText(from - at);
        at = from;
      }
      const take = Math.min(end, at + piece.data.length) - at;
      if (take < piece.data.length) piece.splitText(take);
      const mark = doc.createElement('mark');
      mark.className = className;
      piece.parentNode!.replaceChild(mark, piece);
      mark.appendChild(piece);
      each?.(mark, k);
      at += take;
      from = at;
      walker.currentNode = piece;
      node = walker.nextNode() as Text | null;
    }
  }
}
