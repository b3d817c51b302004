/** A selection inside the reader, as absolute offsets into the decoded file text. */
export interface TextSelection {
  start: number;
  end: number;
  exact: string;
  /** Where to put the popover, in viewport coordinates. */
  rect: { left: number; top: number; bottom: number; width: number };
}

/**
 * Map the DOM selection back to file offsets. Every drawn line carries `data-start` (the
 * file offset of its first character) and renders its text verbatim, so the offset of a
 * point inside a line is the length of the text between the line's start and that point,
 * whatever marks or links sit in between.
 */
export function readSelection(root: HTMLElement, sel: Selection | null): TextSelection | null {
  if (!sel || sel.rangeCount === 0 || sel.isCollapsed) return null;
  const range = sel.getRangeAt(0);
  const startLine = lineOf(range.startContainer, root);
  const endLine = lineOf(range.endContainer, root);
  if (!startLine || !endLine) return null;
  const start = offsetIn(startLine, range.startContainer, range.startOffset);
  const end = offsetIn(endLine, range.endContainer, range.endOffset);
  if (start === null || end === null || end <= start) return null;
  const r = range.getBoundingClientRect();
  return { start, end, exact: range.toString(), rect: { left: r.left, top: r.top, bottom: r.bottom, width: r.width } };
}

function lineOf(node: Node, root: HTMLElement): HTMLElement | null {
  let el: Node | null = node;
  while (el && el !== root) {
    if (el instanceof HTMLElement && el.dataset.start !== undefined) return el;
    el = el.parentNode;
  }
  return null;
}

function offsetIn(line: HTMLElement, node: Node, offset: number): number | null {
  const base = Number(line.dataset.start);
  if (!Number.isFinite(base)) return null;
  const r = document.createRange();
  r.setStart(line, 0);
  try {
    r.setEnd(node, offset);
  } catch {
    return null;
  }
  return base + r.toString().length;
}
