import { escapeMarkdown as m, escapeMarkdownLine as m1 } from './escape';
import { formatDate, formatOffsets } from './format';
import type { Citation, ResolvedBrief, ResolvedItem } from './resolve';

/**
 * The brief as Markdown, for pasting into a wiki or an email. Same content and order as
 * the print document; quotes are block quotes, the analyst's words are marked as such,
 * and every dump or analyst value is escaped so it cannot become links, HTML or headings.
 */
export function renderMarkdown(b: ResolvedBrief): string {
  const out: string[] = [];
  if (b.handling.trim()) out.push(`**${m1(b.handling.toUpperCase())}**`, '');
  out.push(`# ${m1(b.title)}`, '');
  if (b.author.trim()) out.push(`Author: ${m1(b.author)}  `);
  out.push(`Date: ${formatDate(b.date)}`, '');
  if (b.summary.trim()) out.push('## Executive summary', '', m(b.summary.trim()), '');
  if (b.warnings.length) out.push('> **Notes on this brief**', ...b.warnings.map((w) => `> - ${m1(w)}`), '');

  b.sections.forEach((s, i) => {
    out.push(`## ${i + 1}. ${m1(s.heading || 'Untitled section')}`, '');
    for (const it of s.items) out.push(...item(it));
  });

  out.push('## Sources', '');
  for (const c of b.sources) out.push(`${c.n}\\. ${provenance(c)}`);
  out.push('');

  if (b.appendix?.length) {
    out.push('## Appendix: cited stories in full', '');
    for (const s of b.appendix) {
      out.push(`### \\[${s.cite.n}\\] ${m1(s.cite.title)}`, '', `*${provenance(s.cite)}*`, '');
      if (s.paragraphs === null) out.push('*The file holding this story could not be read.*', '');
      // Runs are escaped one by one; indentation is dropped once they are joined, where line starts are real.
      else
        for (const p of s.paragraphs)
          out.push(
            p
              .map((r) => (r.color ? `**${m(r.text)}**` : m(r.text)))
              .join('')
              .replace(/^[ \t]+/gm, ''),
            '',
          );
    }
  }
  return `${out
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trimEnd()}\n`;
}

function item(it: ResolvedItem): string[] {
  switch (it.kind) {
    case 'highlight':
      return [
        ...quoteLines(it.quote),
        '',
        `— \\[${it.cite.n}\\] ${provenance(it.cite)}, ${formatOffsets(it.start, it.end)}` +
          `${it.status === 'orphaned' ? ' (not found in the current text)' : ''}  `,
        ...(it.tags.length ? [`Tags: ${it.tags.map((t) => m1(t.name)).join(' · ')}  `] : []),
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
        ? [
            ...it.links.map(
              (l) =>
                `- ${m1(l.from.title)} \\[${l.from.n}\\] → ${m1(l.to.title)} \\[${l.to.n}\\]${l.label.trim() ? ` — *${m1(l.label)}*` : ''}`,
            ),
            '',
          ]
        : [];
    case 'missing':
      return [`*A ${it.what} cited here is no longer in the workspace.*`, ''];
  }
}

/** Every line of the quote inside the block quote, blank lines included, so none escapes it. */
function quoteLines(text: string): string[] {
  return m(text.trim())
    .split('\n')
    .map((l) => (l.trim() ? `> ${l.trimStart()}` : '>'));
}

/** Source, title, date and file path, each folded to one line: a file name with a newline stays in the sentence. */
function provenance(c: Citation): string {
  return `${m1(c.source ?? 'Unknown source')}, “${m1(c.title)}”, ${formatDate(c.date)}, ${m1(c.path)}`;
}
