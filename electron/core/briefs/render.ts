import type { Brief } from './model';
import type { BriefSource } from './source';
import { resolveBrief } from './resolve';
import { renderHtml } from './render-html';
import { renderMarkdown } from './render-markdown';
import { renderJson } from './render-json';

export const TEXT_FORMATS = ['html', 'md', 'json'] as const;
export const EXPORT_FORMATS = ['pdf', ...TEXT_FORMATS] as const;
export type TextFormat = (typeof TEXT_FORMATS)[number];
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** File extension and a file name made from the title, safe on every platform. */
export function exportFileName(title: string, format: ExportFormat): string {
  const base =
    title
      // Letters of any script are kept (file systems take them); only separators and punctuation go.
      .normalize('NFC')
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 80) || 'brief';
  return `${base}.${format}`;
}

/** Render a stored brief in one of the text formats (PDF is the HTML, printed). */
export function renderBrief(brief: Brief, source: BriefSource, format: TextFormat): string {
  const resolved = resolveBrief(brief, source);
  switch (format) {
    case 'html':
      return renderHtml(resolved);
    case 'md':
      return renderMarkdown(resolved);
    case 'json':
      return renderJson(resolved);
  }
}
