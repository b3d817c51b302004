import { escapeMarkdown as m } from './escape';
import { formatDate, formatOffsets } from './format';
import type { Citation, ResolvedBrief, ResolvedItem } from './resolve';

/**
 * The brief as Markdown, for pasting into a wiki or an email. Same content and order as
 * the print document; quotes are block quotes, the analyst's words are marked as such,
 * and every dump or analyst value is escaped so it cannot become links, HTML or headings.
 */
export function renderMarkdown(b: ResolvedBrief): string {
  const out: string[] = [];
  if (b.handling.trim()) out.push(`**${m(b.handling.trim().toUpperCase())}**`, '');
  out.push(`# ${m(oneLine(b.title))}`, '');
  if (b.author.trim()) out.push(`Author: ${m(oneLine(b.author))}  `);
  out.push(`Date: ${formatDate(b.date)}`, '');
  if (b.summary.trim()) out.push('## Executive summary', '', m(b.summary.trim()), '');
  if (b.warnings.length) out.push('> **Notes on this brief**', ...b.warnings.map((w) => `> - ${m(w)}`), '');

  b.sections.forEach((s, i) => {
    out.push(`## ${i + 1}. ${m(oneLine(s.heading || 'Untitled section'))}`, '');
    for (const it of s.items) out.push(...item(it));
  });

  out.push('## Sources', '');
  for (const c of b.sources) out.push(`${c.n}\\. ${provenance(c)}`);
  out.push('');

  if (b.appendix?.length) {
    out.push('## Appendix: cited stories in full', '');
    for (const s of b.appendix) {
      out.push(`### [${s.cite.n}] ${m(oneLine(s.cite.title))}`, '', `*${provenance(s.cite)}*`, '');
      if (s.paragraphs === null) out.push('*The file holding this story could not be read.*', '');
      else for (const p of s.paragraphs) out.push(p.map((r) => (r.color ? `**${m(r.text)}**` : m(r.text))).join(''), '');
    }
  }
  return `${out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
}

function item(it: ResolvedItem): string[] {
  switch (it.kind) {
    case 'highlight':
      return [
        ...quoteLines(it.quote),
        '',
        `— \\[${it.cite.n}\\] ${provenance(it.cite)}, ${formatOffsets(it.start, it.end)}${it.status === 'orphaned' ? ' (not found in the current text)' : ''}  `,
        ...(it.tags.length ? [`Tags: ${it.tags.map((t) => `\`${t.name.replace(/`/g, "'")}\``).join(' ')}  `] : []),
        ...(it.note.trim() ? [`*Analyst note:* ${m(it.note.trim())}`] : []),
        '',
      ];
    case 'story':
      return [
        `**Story \\[${it.cite.n}\\]:** ${provenance(it.cite)}  `,
        ...(it.comment.trim() ? [`*Analyst comment:* ${m(it.comment.trim())}`] : []),
        '',
      ];
    case 'text':
      return it.text.trim() ? [`*Analyst:* ${m(it.text.trim())}`, ''] : [];
    case 'links':
      return it.links.length
        ? [...it.links.map((l) => `- ${m(l.from.title)} \\[${l.from.n}\\] → ${m(l.to.title)} \\[${l.to.n}\\]${l.label.trim() ? ` — *${m(oneLine(l.label))}*` : ''}`), '']
        : [];
    case 'missing':
      return [`*A ${it.what} cited here is no longer in the workspace.*`, ''];
  }
}

/** Every line of the quote inside the block quote, blank lines included, so none escapes it. */
function quoteLines(text: string): string[] {
  return m(text)
    .split(/\r\n|\r|\n/)
    .map((l) => (l.trim() ? `> ${l}` : '>'));
}

function provenance(c: Citation): string {
  return `${m(c.source ?? 'Unknown source')}, “${m(oneLine(c.title))}”, ${formatDate(c.date)}, \`${c.path.replace(/`/g, "'")}\``;
}

function oneLine(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}
