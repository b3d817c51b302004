import { formatNumber } from './metric';

/** One measured size of the cost curve: the medians of its cold opens. */
export interface MeasuredScaleRow {
  dumps: number;
  corpusMb: number;
  stories: number;
  runs: number;
  openS: number;
  searchableS: number;
  readyS: number;
  cpuS: number;
  peakRssMb: number;
  searchP95Ms: number;
  searchFacetsP95Ms: number;
}

/** A size of the cost curve, or why it was not measured. */
export type ScaleRow = MeasuredScaleRow | { dumps: number; skipped: string };

const START = '<!-- scale: written by `npm run bench -- --scale` -->';
const END = '<!-- /scale -->';

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');

/**
 * The cost-curve section of RESULTS.md: one row per corpus size with what each figure includes,
 * between markers so a scale run can replace it and a full run can keep it.
 */
export function renderScaleSection(rows: ScaleRow[], info: { date: Date; command: string }): string {
  const out = [START, '## Cost curve', ''];
  out.push(
    `- Date: ${info.date.toISOString().replace('T', ' ').slice(0, 16)} UTC; command: \`${info.command}\``,
    '- Each run is a fresh process running the code bundled as the app ships it (workers included, no tsx), opening the ' +
      'folder as the app does: listed (`workspace.open`), searchable (first query ' +
      'answered), ready (`discovery.whenReady()`: entities, near-duplicates). CPU is the whole process, peak is the kernel maxRSS ' +
      'open → ready. Search p95: 12 fixed queries × 5 after ready, snippets, limit 20, without and with facets. Medians of the runs.',
    '- Targets at 10,000 dumps: peak ≤ 400 MB, search p95 ≤ 10 ms, with facets ≤ 50 ms; at 100,000: opens, peak < 1,536 MB, ' +
      'search p95 ≤ 30 ms. The verdicts are in the table printed by the run.',
    '',
  );
  out.push(
    '| dumps | corpus | stories | runs | listed | searchable | ready | CPU | peak RSS | search p95 | with facets |',
    '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  );
  for (const r of rows) {
    if ('skipped' in r) {
      out.push(`| ${formatNumber(r.dumps)} | not measured: ${cell(r.skipped)} | | | | | | | | | |`);
      continue;
    }
    const s = (x: number) => `${formatNumber(x)} s`;
    out.push(
      `| ${formatNumber(r.dumps)} | ${formatNumber(r.corpusMb)} MB | ${formatNumber(r.stories)} | ${r.runs} | ${s(r.openS)} | ` +
        `${s(r.searchableS)} | ${s(r.readyS)} | ${s(r.cpuS)} | ${formatNumber(r.peakRssMb)} MB | ` +
        `${formatNumber(r.searchP95Ms)} ms | ${formatNumber(r.searchFacetsP95Ms)} ms |`,
    );
  }
  out.push('', END);
  return out.join('\n');
}

/** The cost-curve section of an existing RESULTS.md, or null when it has none. */
export function extractScaleSection(md: string): string | null {
  const a = md.indexOf(START);
  const b = md.indexOf(END, a);
  return a >= 0 && b > a ? md.slice(a, b + END.length) : null;
}

/** `md` with its cost-curve section replaced by `section`, or with `section` appended when it had none. */
export function spliceScaleSection(md: string, section: string): string {
  const old = extractScaleSection(md);
  if (old !== null) return md.replace(old, () => section);
  return `${md.replace(/\s*$/, '')}\n\n${section}\n`;
}
