import { tokenize } from './tokenize';

/** A piece of story text with the matched words as ranges: the renderer marks them, never HTML. */
export interface Snippet {
  text: string;
  marks: { start: number; end: number }[];
}

const WIDTH = 220;

/**
 * The window of `body` that holds the most matched words, trimmed to word boundaries, with
 * each match as a range into the snippet text. `isMatch` decides per folded token.
 */
export function makeSnippet(body: string, isMatch: (foldedTerm: string) => boolean, phrases: string[][] = []): Snippet {
  const tokens = tokenize(body);
  const hits: { start: number; end: number }[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (isMatch(tokens[i].term)) hits.push({ start: tokens[i].start, end: tokens[i].end });
    for (const p of phrases) {
      if (p.length && p.every((t, k) => tokens[i + k]?.term === t)) hits.push({ start: tokens[i].start, end: tokens[i + p.length - 1].end });
    }
  }
  hits.sort((a, b) => a.start - b.start);
  if (!hits.length) return { text: squash(body.slice(0, WIDTH)).text, marks: [] };
  // Slide a window over the hits and keep the one covering the most of them.
  let best = 0;
  let bestCount = 0;
  for (let i = 0, j = 0; i < hits.length; i++) {
    while (j < hits.length && hits[j].end - hits[i].start <= WIDTH) j++;
    if (j - i > bestCount) {
      bestCount = j - i;
      best = i;
    }
  }
  const lead = Math.min(60, Math.floor((WIDTH - (hits[best].end - hits[best].start)) / 3));
  let from = Math.max(0, hits[best].start - lead);
  let to = Math.min(body.length, from + WIDTH);
  if (from > 0) {
    const sp = body.indexOf(' ', from);
    if (sp >= 0 && sp < hits[best].start) from = sp + 1;
  }
  if (to < body.length) {
    const sp = body.lastIndexOf(' ', to);
    if (sp > from) to = sp;
  }
  const marks = hits.filter((h) => h.start >= from && h.end <= to);
  const { text, map } = squash(body.slice(from, to));
  const prefix = from > 0 ? '… ' : '';
  const suffix = to < body.length ? ' …' : '';
  return {
    text: prefix + text + suffix,
    marks: merge(marks.map((m) => ({ start: map(m.start - from) + prefix.length, end: map(m.end - from) + prefix.length }))),
  };
}

/** Collapse runs of whitespace to one space, with a map from old offsets to new. */
function squash(s: string): { text: string; map: (i: number) => number } {
  const newAt: number[] = new Array(s.length + 1);
  let out = '';
  let inSpace = false;
  for (let i = 0; i < s.length; i++) {
    newAt[i] = out.length;
    if (/\s/.test(s[i])) {
      if (!inSpace) out += ' ';
      inSpace = true;
    } else {
      out += s[i];
      inSpace = false;
    }
  }
  newAt[s.length] = out.length;
  return { text: out, map: (i) => newAt[Math.max(0, Math.min(s.length, i))] };
}

function merge(ranges: { start: number; end: number }[]): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (const r of ranges.sort((a, b) => a.start - b.start)) {
    const last = out[out.length - 1];
    if (last && r.start <= last.end) last.end = Math.max(last.end, r.end);
    else out.push({ ...r });
  }
  return out;
}
