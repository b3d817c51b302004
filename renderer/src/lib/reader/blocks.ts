import type { NoiseKind, NoiseSpan } from '@core/types';

/** A line of the story as the reader shows it; offsets are into the decoded file text. */
export interface Para {
  start: number;
  end: number;
  text: string;
}

export type Block = { type: 'para'; para: Para } | { type: 'noise'; start: number; end: number; kinds: NoiseKind[]; paras: Para[] };

/**
 * Cut a story into what the reader draws: clean lines, and runs of consecutive noise lines
 * that collapse into one bar. `text` is the file text from `base` on. Nothing is dropped:
 * every non-blank line lands in exactly one block.
 */
export function toBlocks(text: string, base: number, noise: NoiseSpan[]): Block[] {
  const spans = [...noise].sort((a, b) => a.start - b.start);
  const blocks: Block[] = [];
  let lineStart = 0;
  while (lineStart <= text.length) {
    let nl = text.indexOf('\n', lineStart);
    if (nl < 0) nl = text.length;
    const raw = text.slice(lineStart, nl).replace(/\r$/, '');
    if (raw.trim()) {
      const lead = raw.length - raw.trimStart().length;
      const para: Para = { start: base + lineStart + lead, end: base + lineStart + raw.trimEnd().length, text: raw.trim() };
      const kind = noiseKindOf(para, spans);
      const last = blocks[blocks.length - 1];
      if (kind === null) blocks.push({ type: 'para', para });
      else if (last?.type === 'noise') {
        last.paras.push(para);
        last.end = para.end;
        if (!last.kinds.includes(kind)) last.kinds.push(kind);
      } else blocks.push({ type: 'noise', start: para.start, end: para.end, kinds: [kind], paras: [para] });
    }
    if (nl >= text.length) break;
    lineStart = nl + 1;
  }
  return blocks;
}

/** A line is noise when noise spans cover all of its non-blank text. */
function noiseKindOf(p: Para, spans: NoiseSpan[]): NoiseKind | null {
  let covered = 0;
  let kind: NoiseKind | null = null;
  for (const s of spans) {
    if (s.end <= p.start || s.start >= p.end) continue;
    covered += Math.min(s.end, p.end) - Math.max(s.start, p.start);
    kind ??= s.kind;
  }
  return covered >= p.end - p.start ? kind : null;
}

const LABELS: Record<NoiseKind, string> = {
  'repeated-headline': 'repeated headline',
  caption: 'caption',
  'repeated-caption': 'repeated caption',
  'agency-tag': 'agency tag',
  'site-chrome': 'site chrome',
  share: 'share prompts',
  'reporter-bio': 'reporter bio',
  ad: 'ads',
  'related-teaser': 'related articles',
  'social-post': 'social posts',
  boilerplate: 'site template',
  'repeated-text': 'repeated paragraphs',
};

/** "3 hidden lines (captions, site chrome)" */
export function noiseLabel(kinds: NoiseKind[], lines: number): string {
  return `${lines} hidden ${lines === 1 ? 'line' : 'lines'} (${kinds.map((k) => LABELS[k]).join(', ')})`;
}

/** Split a line into plain text and http(s) links, so links render as buttons, text as text. */
export function linkify(text: string): { text: string; url?: string }[] {
  const out: { text: string; url?: string }[] = [];
  const re = /https?:\/\/[^\s<>"'“”]+[^\s<>"'“”.,;:!?)\]]/g;
  let last = 0;
  for (const m of text.matchAll(re)) {
    if (m.index! > last) out.push({ text: text.slice(last, m.index) });
    out.push({ text: m[0], url: m[0] });
    last = m.index! + m[0].length;
  }
  if (last < text.length) out.push({ text: text.slice(last) });
  return out;
}
