import { escapeHtml as e } from './escape';
import { formatDate, formatOffsets } from './format';
import { printCss } from './print-css';
import type { Citation, ResolvedBrief, ResolvedItem, ResolvedSection } from './resolve';
import type { AppendixStory } from './appendix';

/**
 * No script, no remote anything: even if some markup slipped past escaping, the document's
 * own policy would refuse to run or fetch it.
 */
const CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

const ORPHANED = ' · <span class="status">not found in the current text</span>';

/**
 * Render a resolved brief as one self-contained HTML document: the print document itself
 * (printed to PDF as-is) and the HTML export. Every value from a dump or from the analyst
 * goes through `escapeHtml`; colours only through `safeColor` (see resolve.ts).
 */
export function renderHtml(brief: ResolvedBrief): string {
  const parts = [
    '<!doctype html>',
    '<html lang="en"><head><meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${CSP}">`,
    '<meta name="generator" content="Dossier">',
    `<title>${e(brief.title)}</title>`,
    `<style>${printCss(brief.paper)}</style>`,
    '</head><body>',
    cover(brief),
    toc(brief),
    '<main>',
    ...brief.sections.map(section),
    '</main>',
    endnotes(brief.sources),
    brief.appendix ? appendix(brief.appendix) : '',
    '</body></html>',
  ];
  return parts.join('\n');
}

function cover(b: ResolvedBrief): string {
  const quotes = countQuotes(b.sections);
  return `<section class="cover">
${b.handling.trim() ? `<div class="handling">${e(b.handling)}</div>` : ''}
<div class="kicker">Brief</div>
<h1>${e(b.title)}</h1>
<div class="rule"></div>
<dl>
${b.author.trim() ? `<dt>Author</dt><dd>${e(b.author)}</dd>` : ''}
<dt>Date</dt><dd>${e(formatDate(b.date))}</dd>
<dt>Based on</dt><dd>${quotes} ${quotes === 1 ? 'quote' : 'quotes'} from ${b.sources.length} ${b.sources.length === 1 ? 'story' : 'stories'}</dd>
</dl>
${b.summary.trim() ? `<div class="summary"><h2>Executive summary</h2><div class="body">${paragraphs(b.summary)}</div></div>` : ''}
${b.warnings.length ? `<div class="warnings"><h2>Notes on this brief</h2><ul>${b.warnings.map((w) => `<li>${e(w)}</li>`).join('')}</ul></div>` : ''}
</section>`;
}

function toc(b: ResolvedBrief): string {
  const rows = b.sections.map((s, i) => {
    const q = s.items.filter((it) => it.kind === 'highlight').length;
    return (
      `<li><span class="num">${i + 1}</span><a class="heading" href="#${s.anchor}">${e(s.heading || 'Untitled section')}</a>` +
      `<span class="count">${q ? `${q} ${q === 1 ? 'quote' : 'quotes'}` : ''}</span></li>`
    );
  });
  rows.push(
    `<li><span class="num"></span><a class="heading" href="#sources">Sources</a><span class="count">${b.sources.length}</span></li>`,
  );
  if (b.appendix?.length)
    rows.push(
      `<li><span class="num"></span><a class="heading" href="#appendix">Appendix: cited stories in full</a><span class="count"></span></li>`,
    );
  return `<nav class="toc"><h2>Contents</h2><ol>${rows.join('\n')}</ol></nav>`;
}

function section(s: ResolvedSection, i: number): string {
  return `<section class="section" id="${e(s.anchor)}">
<h2><span class="num">${i + 1}</span>${e(s.heading || 'Untitled section')}</h2>
${s.items.map(item).join('\n')}
</section>`;
}

function item(it: ResolvedItem): string {
  switch (it.kind) {
    case 'highlight':
      return `<figure class="quote" style="--hl:${it.color}">
<blockquote>${e(it.quote)}</blockquote>
<figcaption class="prov">${provenance(it.cite)} · ${e(formatOffsets(it.start, it.end))}${it.status === 'orphaned' ? ORPHANED : ''}</figcaption>
${it.tags.length ? `<div class="tags">${it.tags.map((t) => `<span class="chip" style="--tag:${t.color}">${e(t.name)}</span>`).join('')}</div>` : ''}
${it.note.trim() ? analyst('Analyst note', it.note) : ''}
</figure>`;
    case 'story':
      return `<div class="story-ref">
<div class="what">Story</div>
<div class="title">${e(it.cite.title)}<sup class="ref"><a href="#source-${it.cite.n}">[${it.cite.n}]</a></sup></div>
${sourceLine(it.cite, '')}
${it.comment.trim() ? analyst('Analyst comment', it.comment) : ''}
</div>`;
    case 'text':
      return it.text.trim() ? analyst('Analyst', it.text) : '';
    case 'links':
      if (it.links.length === 0) return '';
      return `<div class="links"><ul>${it.links
        .map(
          (l) =>
            `<li>${e(l.from.title)}<sup class="ref">[${l.from.n}]</sup><span class="arrow">→</span>` +
            `${e(l.to.title)}<sup class="ref">[${l.to.n}]</sup>${l.label.trim() ? ` — <span class="label">${e(l.label)}</span>` : ''}</li>`,
        )
        .join('')}</ul></div>`;
    case 'missing':
      return `<div class="missing">A ${it.what} cited here is no longer in the workspace.</div>`;
  }
}

/** "[3] Reuters · “Title” · 5 November 2025 · path/to/file.txt" */
function provenance(c: Citation): string {
  return (
    `<a href="#source-${c.n}">[${c.n}]</a> <span class="src">${e(c.source ?? 'Unknown source')}</span> · ` +
    `“${e(c.title)}” · ${e(formatDate(c.date))} · <span class="path">${e(c.path)}</span>`
  );
}

/** The provenance line under a story: source · date · path, then `extra` (already HTML). */
function sourceLine(c: Citation, extra: string): string {
  return (
    `<div class="prov"><span class="src">${e(c.source ?? 'Unknown source')}</span> · ` +
    `${e(formatDate(c.date))} · <span class="path">${e(c.path)}</span>${extra}</div>`
  );
}

function analyst(label: string, text: string): string {
  return `<div class="analyst"><span class="label">${e(label)}</span>${paragraphs(text)}</div>`;
}

/** Blank lines separate paragraphs; single line breaks are kept. */
function paragraphs(text: string): string {
  return text
    .trim()
    .split(/\r?\n\s*\r?\n/)
    .map((p) => `<p>${e(p.trim()).replace(/\r?\n/g, '<br>')}</p>`)
    .join('');
}

function endnotes(sources: Citation[]): string {
  return `<section class="endnotes" id="sources"><h2>Sources</h2><ol>${sources
    .map(
      (c) =>
        `<li id="source-${c.n}"><span class="src">${e(c.source ?? 'Unknown source')}</span>, ` +
        `<span class="title">“${e(c.title)}”</span>, ${e(formatDate(c.date))}. <span class="path">${e(c.path)}</span></li>`,
    )
    .join('\n')}</ol></section>`;
}

function appendix(stories: AppendixStory[]): string {
  if (stories.length === 0) return '';
  return `<section class="appendix" id="appendix"><h2>Appendix: cited stories in full</h2>
${stories
  .map(
    (s) => `<article><h3>[${s.cite.n}] ${e(s.cite.title)}</h3>
${sourceLine(s.cite, s.trimmed ? ' · captions, ads and share links left out' : '')}
<div class="text">${
      s.paragraphs === null
        ? '<p class="missing">The file holding this story could not be read when the brief was printed.</p>'
        : s.paragraphs
            .map((p) => `<p>${p.map((r) => (r.color ? `<mark style="--hl:${r.color}">${e(r.text)}</mark>` : e(r.text))).join('')}</p>`)
            .join('\n')
    }</div></article>`,
  )
  .join('\n')}</section>`;
}

function countQuotes(sections: ResolvedSection[]): number {
  return sections.reduce((n, s) => n + s.items.filter((it) => it.kind === 'highlight').length, 0);
}
