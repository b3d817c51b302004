/**
 * Text quality on the real development material in ../shared/corpus/dev (when present): story
 * boundaries, titles and clean text on generated multi-story dumps, and main-article text from
 * whole-page `.txt` dumps and from the saved `.html` pages. Segmentation runs in-process (core's
 * processDump on each file's bytes; for `.html` the same Readability step the ingest worker runs),
 * then the folder-level site-template pass the library runs: every dump of the split is counted
 * first, then each is marked;
 * the `.html` channel leaves out the `rdb-*` pages, whose gold is Readability's own output. The
 * corpus's own score.mjs does the scoring, so the figures are the ones its README quotes.
 *
 * Two splits, so tuning cannot flatter the figures: `tune` (multistory default seed; extraction
 * pages whose sha1(id) starts with 0-b) and `held` (multistory seed 999; extraction pages whose
 * sha1(id) starts with c-f). Only ever look at `held` figures, never at its examples.
 *
 * `--seed S` also scores the multistory generator's seed S (never tuned on), reported as `text.quality.seed-S.multistory.*`.
 *
 * Run: npx tsx bench/text-quality.ts [--split tune|held|both] [--seed S] [--examples K] [--only multi|extract] [--no-template]
 * stdout: one JSON metric line per figure; notes (and --examples) go to stderr.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { processDump } from '../electron/core/text/index';
import { BoilerplateIndex } from '../electron/core/library/boilerplate-index';
import { documentLineKeys, markBoilerplate } from '../electron/core/text/boilerplate';
import { analyseHtmlBytes } from '../electron/services/workspace/html-article';

const here = dirname(fileURLToPath(import.meta.url));
const DEV = join(here, '../../shared/corpus/dev');
const DUMPS = 300;
const SPLITS = {
  tune: { seed: null as string | null, pages: (h: string) => h < 'c' },
  held: { seed: '999', pages: (h: string) => h >= 'c' },
};
type Split = keyof typeof SPLITS;

/** The issue's targets; saved pages are held to Readability's level (0.95), whole-page text dumps to 0.90. */
const TARGETS = { boundaryF1: 0.95, countExact: 0.9, titleExact: 0.9, bodyF1: 0.93, extractionTxtF1: 0.9, extractionHtmlF1: 0.95 };

interface Opts {
  splits: Split[];
  /** Extra multistory seeds to report, each under its own name. */
  seeds: string[];
  examples: number;
  only: 'multi' | 'extract' | null;
}

function parse(argv: string[]): Opts {
  const o: Opts = { splits: ['tune', 'held'], seeds: [], examples: 0, only: null };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--split') {
      const v = argv[++i];
      o.splits = v === 'both' ? ['tune', 'held'] : [v as Split];
    } else if (a === '--seed') o.seeds.push(argv[++i]);
    else if (a === '--examples') o.examples = Number(argv[++i]);
    else if (a === '--only') o.only = argv[++i] as Opts['only'];
    else if (a === '--dumps') i++; // the bench runner passes it to every area; the corpus sets its own size
  }
  return o;
}

const print = (metric: string, value: number | null, target: number | null, extra: Record<string, unknown> = {}): void => {
  const ok = target === null || value === null ? undefined : value >= target;
  process.stdout.write(`${JSON.stringify({ metric, value, unit: '', target, ok, ...extra })}\n`);
};

/** `--no-template`: leave out the folder-level site-template pass (to see what it adds). */
const TEMPLATE = !process.argv.includes('--no-template');

/** Ingest every dump of a folder in-process, as `dossier ingest --json --with-text` would print it. */
function ingestFolder(dir: string, names: string[]): string {
  const read = names.map((name) => {
    const bytes = new Uint8Array(readFileSync(join(dir, name)));
    const html = name.endsWith('.html');
    return { name, html, out: html ? analyseHtmlBytes(bytes) : processDump(bytes), hash: createHash('sha1').update(bytes).digest('hex') };
  });
  // The library's two steps: count the line keys of every dump of the folder, then mark each dump.
  const index = new BoilerplateIndex();
  if (TEMPLATE) for (const r of read) if (r.out.status === 'ok') index.set(r.name, r.hash, documentLineKeys(r.out.text));
  const files = read.map(({ name, html, out }) => {
    if (out.status !== 'ok') return { path: join(dir, name), status: out.status, stories: [] };
    const stories = TEMPLATE ? markBoilerplate(out.text, out.stories, index.count) : out.stories;
    return { path: join(dir, name), status: 'ok', stories, ...(html ? { text: out.text } : {}) };
  });
  return JSON.stringify({ files });
}

function score(args: string[], examples: number): Record<string, any> {
  const r = spawnSync(
    process.execPath,
    [join(DEV, 'score.mjs'), ...args, '--json', ...(examples ? ['--examples', String(examples)] : [])],
    {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  if (r.status !== 0) throw new Error(`score.mjs failed: ${r.stderr}`);
  return JSON.parse(r.stdout);
}

/** `split` is a split's name, or `seed-S` for an extra seed. */
function multistory(split: Split | `seed-${string}`, examples: number): void {
  const out = mkdtempSync(join(tmpdir(), `tq-multi-${split}-`));
  try {
    const seed = split.startsWith('seed-') ? split.slice('seed-'.length) : SPLITS[split as Split].seed;
    const gen = spawnSync(
      process.execPath,
      [join(DEV, 'multistory/make-dumps.mjs'), out, String(DUMPS), ...(seed ? ['--seed', seed] : [])],
      { encoding: 'utf8' },
    );
    if (gen.status !== 0) throw new Error(`make-dumps failed: ${gen.stderr}`);
    const names = readdirSync(out)
      .filter((f) => f.endsWith('.txt'))
      .sort();
    const t0 = performance.now();
    const json = ingestFolder(out, names);
    const ms = performance.now() - t0;
    writeFileSync(join(out, 'ingest.json'), json);
    const r = score([join(out, 'truth.json'), join(out, 'ingest.json')], examples);
    const b = r.boundariesInternal;
    const p = `text.quality.${split}.multistory`;
    print(`${p}.boundary_f1`, b.f1, TARGETS.boundaryF1, { p: b.p, r: b.r });
    print(`${p}.count_exact`, r.filesWithExactCount, TARGETS.countExact, { over: r.overSplitFiles, under: r.underSplitFiles });
    print(`${p}.title_exact`, r.titleExact, TARGETS.titleExact, { titleTokenF1: r.titleTokenF1 });
    print(`${p}.body_f1`, r.bodyTokenF1, TARGETS.bodyF1, { noiseLeft: r.noiseLeak, bodyLost: r.bodyLoss });
    process.stderr.write(
      `${split} multistory: ${names.length} dumps segmented in ${ms.toFixed(0)} ms; by profile ${JSON.stringify(r.byProfile)}\n`,
    );
    if (examples && split === 'tune') for (const w of r.worst ?? []) process.stderr.write(`  ${JSON.stringify(w)}\n`);
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

function extraction(split: Split, examples: number, ext: 'txt' | 'html'): void {
  const src = join(DEV, 'extraction');
  const truth = JSON.parse(readFileSync(join(src, 'truth.json'), 'utf8')) as Record<string, unknown>;
  const ids = Object.keys(truth)
    .filter((id) => SPLITS[split].pages(createHash('sha1').update(id).digest('hex')[0]))
    .filter((id) => ext === 'txt' || !id.startsWith('rdb-'));
  const out = mkdtempSync(join(tmpdir(), `tq-extract-${split}-`));
  try {
    writeFileSync(join(out, 'truth.json'), JSON.stringify(Object.fromEntries(ids.map((id) => [id, truth[id]]))));
    writeFileSync(
      join(out, 'ingest.json'),
      ingestFolder(
        src,
        ids.map((id) => `${id}.${ext}`),
      ),
    );
    const r = score(
      [join(out, 'truth.json'), join(out, 'ingest.json'), '--dir', src, ...(ext === 'html' ? ['--prefer', 'html'] : [])],
      examples,
    );
    const p = `text.quality.${split}.extraction_${ext}`;
    print(`${p}.f1`, r.longestStoryF1, ext === 'html' ? TARGETS.extractionHtmlF1 : TARGETS.extractionTxtF1, {
      p: r.precision,
      r: r.recall,
      pages: r.pages,
      wholeFileF1: r.wholeFileF1,
    });
    print(`${p}.title_exact`, r.titleExact, null, { storiesPerPage: r.meanStoriesPerPage });
    if (examples && split === 'tune') for (const w of r.worst ?? []) process.stderr.write(`  ${JSON.stringify(w)}\n`);
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

function main(): number {
  const o = parse(process.argv.slice(2));
  if (!existsSync(join(DEV, 'score.mjs'))) {
    process.stdout.write(
      `${JSON.stringify({ metric: 'text.quality', skipped: true, reason: `no development corpus at ${DEV} (../shared/corpus/dev)` })}\n`,
    );
    return 0;
  }
  for (const split of o.splits) {
    if (o.only !== 'extract') multistory(split, o.examples);
    if (o.only !== 'multi') extraction(split, o.examples, 'txt');
    if (o.only !== 'multi') extraction(split, o.examples, 'html');
  }
  if (o.only !== 'extract') for (const seed of o.seeds) multistory(`seed-${seed}`, 0);
  return 0;
}

process.exitCode = main();
