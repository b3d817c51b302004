import type { Paper } from './model';
import { escapeHtml } from './escape';

/**
 * How a brief is put on paper, independent of who prints it. Chromium does not print CSS
 * `@page` margin boxes, so the running header (handling label) and "n of N" page numbers
 * are Chromium's header/footer templates; both Electron's printToPDF and Playwright's
 * page.pdf take these same values.
 */
export interface PrintSetup {
  paper: Paper;
  /** Page margins in millimetres; the header and footer print inside the top and bottom ones. */
  marginsMm: { top: number; right: number; bottom: number; left: number };
  headerTemplate: string;
  footerTemplate: string;
}

/** Paper sizes in millimetres, for printers that want numbers rather than names. */
export const PAPER_MM: Record<Paper, { width: number; height: number }> = {
  A4: { width: 210, height: 297 },
  Letter: { width: 215.9, height: 279.4 },
};

// Header/footer templates render in their own tiny document: no page CSS applies, the
// default font size is near zero, so every style is inline and explicit.
const chrome =
  'font-family:"DejaVu Sans","Noto Sans","Liberation Sans",Arial,sans-serif;font-size:8pt;color:#555;width:100%;' +
  'margin:0 18mm;display:flex;justify-content:space-between;-webkit-print-color-adjust:exact;';

export function printSetup(opts: { paper: Paper; title: string; handling: string }): PrintSetup {
  const handling = opts.handling.trim();
  const title = opts.title.length > 90 ? `${opts.title.slice(0, 89)}…` : opts.title;
  return {
    paper: opts.paper,
    marginsMm: { top: 22, right: 18, bottom: 20, left: 18 },
    headerTemplate:
      `<div style='${chrome}'>` +
      `<span style="font-weight:bold;letter-spacing:0.08em;text-transform:uppercase">${escapeHtml(handling)}</span>` +
      `<span>${escapeHtml(title)}</span></div>`,
    footerTemplate:
      `<div style='${chrome}justify-content:center;'>` +
      `<span><span class="pageNumber"></span> of <span class="totalPages"></span></span></div>`,
  };
}
