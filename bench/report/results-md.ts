import os from 'node:os';
import { isMet, isMiss, type MetricLine } from './metric';
import { toRow } from './rows';

interface RunInfo {
  dumps: number;
  startedAt: Date;
  seconds: number;
  /** The command as typed, so the next person can reproduce it. */
  command: string;
}

/** The machine a figure was measured on; a number means nothing without it. */
function machineDescription(): string {
  const cpus = os.cpus();
  const model = cpus[0]?.model.trim() ?? 'unknown CPU';
  const gb = (os.totalmem() / 1024 ** 3).toFixed(1);
  return `${cpus.length} cores (${model}), ${gb} GB memory, ${os.type()} ${os.release()} ${os.arch()}, Node ${process.version}`;
}

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');

/**
 * RESULTS.md: every metric with its target, value and verdict, misses and skips listed
 * again at the top so nobody has to scan the table to find them.
 */
export function renderResultsMarkdown(metrics: MetricLine[], run: RunInfo): string {
  const misses = metrics.filter(isMiss);
  const skipped = metrics.filter((m) => m.skipped);
  const met = metrics.filter(isMet);
  const out: string[] = [];
  out.push('# Benchmark results', '');
  out.push(`- Date: ${run.startedAt.toISOString().replace('T', ' ').slice(0, 16)} UTC`);
  out.push(`- Machine: ${machineDescription()}`);
  out.push(`- Corpus: ${run.dumps.toLocaleString('en-US')} generated dumps (seeded, see \`bench/corpus/\`)`);
  out.push(`- Command: \`${run.command}\` (whole run ${Math.round(run.seconds)} s)`);
  out.push(`- Summary: ${met.length} targets met, ${misses.length} missed, ${skipped.length} not measured`, '');
  out.push(
    'Written by `npm run bench -- --write-results`; do not edit by hand. ' +
      'Peers ran on the same corpus with a warm page cache; `ratio` is Dossier ÷ peer (below 1: Dossier faster). ' +
      "Dossier's side of a peer line is a cold open in a fresh process of the bundled code (bench/peers/bundle-open.ts): " +
      'open → ready includes the listing, the search index, entities, near-duplicates and storylines; recollindex builds its full-text index.',
    '',
  );
  if (misses.length) {
    out.push('## Missed targets', '');
    for (const m of misses) {
      const r = toRow(m);
      out.push(
        `- **${cell(r.area ? `${r.area} / ${r.metric}` : r.metric)}**: ${cell(r.value)} ` +
          `against a target of ${cell(r.target)}${r.peer ? ` (${cell(r.peer)})` : ''}`,
      );
    }
    out.push('');
  }
  if (skipped.length) {
    out.push('## Not measured', '');
    for (const m of skipped)
      out.push(`- **${cell(m.area ? `${m.area} / ${m.metric}` : m.metric)}**: ${cell(m.reason ?? 'no reason given')}`);
    out.push('');
  }
  out.push('## All metrics', '');
  out.push('| area | metric | value | target | peer | status |', '| --- | --- | ---: | --- | --- | --- |');
  for (const m of metrics) {
    const r = toRow(m);
    const status = r.status === 'MISS' ? '**MISS**' : r.status;
    out.push(`| ${cell(r.area)} | ${cell(r.metric)} | ${cell(r.value)} | ${cell(r.target)} | ${cell(r.peer)} | ${cell(status)} |`);
  }
  out.push('');
  return out.join('\n');
}
