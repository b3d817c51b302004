import type { Paper } from './model';

/**
 * System fonts only (Dossier is offline). Liberation and DejaVu ship with Debian and cover
 * Latin, Cyrillic and Greek; Noto first where installed; the platform faces last.
 */
export const SERIF = `"Noto Serif", "Liberation Serif", "DejaVu Serif", Georgia, "Times New Roman", serif`;
export const SANS = `"Noto Sans", "Liberation Sans", "DejaVu Sans", "Segoe UI", "Helvetica Neue", Arial, sans-serif`;

/**
 * The brief's stylesheet. Source text (quotes, the appendix) is set in a serif inside
 * coloured block quotes; the analyst's words are sans-serif in ruled panels with a label,
 * so a reader never mistakes one for the other even in black-and-white print.
 * Margins, running header and page numbers come from the print setup (print-setup.ts).
 */
export function printCss(paper: Paper): string {
  return `
@page { size: ${paper === 'Letter' ? 'letter' : 'A4'}; }
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; font-family: ${SANS}; font-size: 10pt; line-height: 1.45; color: #1f2329; }
@media screen {
  html { background: #e9e7e2; }
  body { max-width: ${paper === 'Letter' ? '216mm' : '210mm'}; margin: 24px auto; padding: 20mm 18mm; background: #fff; box-shadow: 0 1px 6px rgba(0,0,0,.15); }
}
h1, h2, h3 { font-family: ${SANS}; line-height: 1.2; break-after: avoid; }
a { color: inherit; text-decoration: none; }

.cover { break-after: page; padding-top: 28mm; }
.cover .handling {
  display: inline-block; border: 1.5pt solid #1f2329; padding: 2pt 8pt;
  font-size: 9pt; font-weight: 700; letter-spacing: .12em; text-transform: uppercase;
}
.cover .kicker { margin-top: 30mm; font-size: 10pt; letter-spacing: .2em; text-transform: uppercase; color: #6b7280; }
.cover h1 { font-size: 26pt; margin: 4mm 0 6mm; font-weight: 700; }
.cover .rule { height: 2pt; background: #1f2329; width: 40mm; margin-bottom: 6mm; }
.cover dl { display: grid; grid-template-columns: 28mm 1fr; gap: 1.5mm 4mm; margin: 0 0 12mm; font-size: 10.5pt; }
.cover dt { color: #6b7280; }
.cover dd { margin: 0; }
.summary h2 { font-size: 11pt; text-transform: uppercase; letter-spacing: .1em; color: #6b7280; margin: 0 0 3mm; }
.summary .body { font-size: 11.5pt; line-height: 1.55; }
.warnings { margin-top: 10mm; border: 1pt solid #b45309; background: #fff7ed; padding: 3mm 4mm; font-size: 9pt; }
.warnings h2 { font-size: 9pt; margin: 0 0 1mm; color: #b45309; text-transform: uppercase; letter-spacing: .08em; }
.warnings ul { margin: 0; padding-left: 4mm; }

.toc { margin-bottom: 10mm; }
.toc h2 { font-size: 14pt; margin: 0 0 4mm; }
.toc ol { list-style: none; margin: 0; padding: 0; }
.toc li { display: flex; gap: 3mm; padding: 1.2mm 0; border-bottom: .5pt solid #d8dbe0; }
.toc .num { width: 7mm; color: #6b7280; }
.toc .heading { flex: 1; }
.toc .count { color: #6b7280; font-size: 9pt; white-space: nowrap; }

.section { margin-top: 9mm; }
.section > h2 { break-after: avoid; font-size: 15pt; margin: 0 0 4mm; padding-bottom: 1.5mm; border-bottom: 1pt solid #1f2329; }
.section > h2 .num { color: #6b7280; margin-right: 3mm; }

.story-ref { break-inside: avoid; break-after: avoid; margin: 0 0 4mm; padding: 2.5mm 3.5mm; background: #f3f4f6; border-radius: 1.5mm; }
.story-ref .what { font-size: 7.5pt; letter-spacing: .12em; text-transform: uppercase; color: #6b7280; }
.story-ref .title { font-family: ${SERIF}; font-size: 11.5pt; font-weight: 700; margin: .5mm 0; }
.prov { font-size: 8pt; color: #4b5563; }
.prov .src { font-weight: 700; color: #1f2329; }
/* A path moves to the next line whole rather than breaking at a hyphen that looks like part of its name. */
.path { font-family: "DejaVu Sans Mono", "Liberation Mono", monospace; font-size: 7.5pt; display: inline-block; max-width: 100%; overflow-wrap: anywhere; }
sup.ref { font-size: 7pt; color: #4b5563; margin-left: .5mm; }

.quote { break-inside: avoid; margin: 0 0 5mm; }
.quote blockquote { margin: 0; padding: 2.5mm 4mm; border-left: 3pt solid var(--hl); background: color-mix(in srgb, var(--hl) 13%, white);
  font-family: ${SERIF}; font-size: 11pt; line-height: 1.5; white-space: pre-wrap; }
.quote blockquote::before { content: "“"; } .quote blockquote::after { content: "”"; }
.quote .prov { margin: 1.2mm 0 0 4mm; }
.quote .status { color: #b45309; font-weight: 700; }
.tags { margin: 1.2mm 0 0 4mm; display: flex; flex-wrap: wrap; gap: 1.2mm; }
.chip {
  font-size: 7.5pt; padding: .2mm 2mm; border-radius: 3mm; border: .75pt solid var(--tag);
  color: #1f2329; background: color-mix(in srgb, var(--tag) 15%, white);
}

.analyst {
  break-inside: avoid; font-family: ${SANS}; border: .75pt dashed #6b7280; border-radius: 1.5mm;
  padding: 2mm 3.5mm; margin: 2mm 0 5mm; background: #fff;
}
.quote .analyst { margin: 1.5mm 0 0 4mm; }
.analyst .label { display: block; font-size: 7pt; font-weight: 700; letter-spacing: .14em; text-transform: uppercase; color: #2563eb; margin-bottom: .5mm; }
.analyst p { margin: 0 0 1.5mm; } .analyst p:last-child { margin-bottom: 0; }

.links { break-inside: avoid; margin: 0 0 5mm; }
.links ul { margin: 0; padding-left: 0; list-style: none; }
.links li { padding: 1.5mm 0; border-bottom: .5pt solid #e5e7eb; }
.links .arrow { color: #6b7280; margin: 0 1.5mm; }
.links .label { font-style: italic; color: #374151; }
.missing { margin: 0 0 4mm; padding: 2mm 3.5mm; border: 1pt solid #b45309; color: #b45309; font-size: 9pt; }

.endnotes { margin-top: 10mm; break-inside: auto; }
.endnotes h2, .appendix > h2 { font-size: 15pt; margin: 0 0 4mm; padding-bottom: 1.5mm; border-bottom: 1pt solid #1f2329; }
.endnotes ol { padding-left: 8mm; margin: 0; }
.endnotes li { margin-bottom: 2.5mm; font-size: 9pt; }
.endnotes .title { font-family: ${SERIF}; font-size: 10pt; }

.appendix { break-before: page; }
.appendix article { margin-bottom: 8mm; }
.appendix article + article { break-before: page; }
.appendix h3 { font-family: ${SERIF}; font-size: 12.5pt; margin: 0 0 1mm; }
.appendix .text { font-family: ${SERIF}; font-size: 10pt; line-height: 1.5; margin-top: 3mm; }
.appendix .text p { margin: 0 0 2mm; }
.appendix mark { background: color-mix(in srgb, var(--hl) 35%, white); color: inherit; border-bottom: 1.2pt solid var(--hl); }
`;
}
