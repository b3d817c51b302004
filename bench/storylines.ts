/**
 * Storylines and near-duplicates on real public news: the L3S-GN1 Google News articles in
 * ../shared/corpus/dev/multistory/articles.jsonl.gz (late 2007 – early 2008), labelled by event
 * in bench/data/storylines-labels.json (ids and event ids only). Reports pairwise and B-cubed
 * F1 of storylines against the labels, per split: `tune` (events whose sha1 starts 0–9) is what
 * the settings were tuned on, `held` (a–f) is only measured. Then near-duplicate recall and
 * precision on one-clause variants of the same articles (whole and headline + lead), and the
 * time storylines take at the size of 10,000 dumps (the articles repeated with shifted dates).
 *
 * Run: npx tsx bench/storylines.ts   (stdout: one JSON metric line per figure)
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { extractStoryEntities } from '../electron/core/entities/extract';
import { EntityIndex } from '../electron/core/entities/entity-index';
import { packEntities } from '../electron/core/entities/packed';
import { buildStorylines, type StorylineStory } from '../electron/core/related/storylines';
import { topTerms, unpackTerms } from '../electron/core/related/story-terms';
import { findDuplicates } from '../electron/core/related/duplicates';
import { signature } from '../electron/core/related/minhash';
import { terms } from '../electron/core/search/tokenize';
import { mulberry32 } from '../test/support/prng';

const here = dirname(fileURLToPath(import.meta.url));
const ARTICLES = join(here, '../../shared/corpus/dev/multistory/articles.jsonl.gz');
const TARGET_F1 = 0.85;
/** 10,000 generated dumps hold about 20,000 stories (bench/RESULTS.md, corpus.stories). */
const SCALE_STORIES = 20_000;

const print = (metric: string, value: number | null, unit: string, target: number | null, better: 'higher' | 'lower' = 'higher') => {
  const ok = target === null || value === null ? undefined : better === 'higher' ? value >= target : value <= target;
  process.stdout.write(`${JSON.stringify({ metric, value: value === null ? null : +value.toFixed(3), unit, target, ok })}\n`);
};

interface Article {
  id: string;
  source: string;
  title?: string;
  text: string;
  date?: string;
  site?: string;
}

if (!existsSync(ARTICLES)) {
  process.stdout.write(`${JSON.stringify({ metric: 'storylines', skipped: true, reason: `no articles at ${ARTICLES}` })}\n`);
  process.exit(0);
}
const all = gunzipSync(readFileSync(ARTICLES))
  .toString('utf8')
  .split('\n')
  .filter(Boolean)
  .map((l) => JSON.parse(l) as Article);
const arts = all.filter((a) => a.source === 'L3S-GN1');
const labels = JSON.parse(readFileSync(join(here, 'data/storylines-labels.json'), 'utf8')).labels as Record<string, string>;

// ── storylines ──────────────────────────────────────────────────────────────
const packed = new Map(arts.map((a) => [a.id, packEntities(extractStoryEntities(`${a.title ?? ''}\n\n${a.text}`))]));
const ents = new EntityIndex(packed, { merges: [], splits: [] });
const stories: StorylineStory[] = arts.map((a) => ({
  id: a.id,
  date: a.date && /^\d{4}-\d{2}-\d{2}$/.test(a.date) ? a.date : null,
  source: a.site ?? null,
  entities: ents.forStory(a.id),
  mentions: ents.forStory(a.id).map((e) => ents.entities.get(e)?.stories.get(a.id) ?? 1),
  terms: unpackTerms(topTerms(a.title ?? '', a.text)),
}));
const dupClusters = await findDuplicates(
  arts.map((a) => ({ id: a.id, signature: signature(a.text), exactHash: a.id, terms: () => terms(a.text), words: terms(a.text).length })),
);
const dupOf = new Map(dupClusters.flatMap((c) => c.storyIds.map((id) => [id, c.id] as const)));
const ctx = { entityName: (e: string) => ents.entities.get(e)?.name, duplicateGroup: (id: string) => dupOf.get(id) ?? null };
const lines = buildStorylines(stories, ctx);
const predicted = new Map<string, string>();
for (const l of lines) for (const m of l.members) predicted.set(m.storyId, l.id);
const split = (event: string) => (createHash('sha1').update(event).digest('hex') < 'a' ? 'tune' : 'held');
for (const part of ['tune', 'held'] as const) {
  const ids = Object.keys(labels).filter((id) => split(labels[id]) === part && predicted.has(id) !== undefined);
  const truth = (id: string) => labels[id];
  const guess = (id: string) => predicted.get(id) ?? `alone:${id}`;
  const s = scores(ids, truth, guess);
  print(`storylines.${part}.pairwise_f1`, s.pairF1, 'ratio', TARGET_F1);
  print(`storylines.${part}.pairwise_precision`, s.pairP, 'ratio', null);
  print(`storylines.${part}.pairwise_recall`, s.pairR, 'ratio', null);
  print(`storylines.${part}.bcubed_f1`, s.bF1, 'ratio', TARGET_F1);
  print(`storylines.${part}.labelled_articles`, ids.length, 'articles', null);
}
print('storylines.found', lines.length, 'storylines', null);

// ── near-duplicates on one-clause variants ───────────────────────────────────
for (const shape of ['whole', 'lead'] as const) {
  const r = mulberry32(shape === 'whole' ? 11 : 12);
  // Articles that are already copies of one another in the source are left out, so every true pair is known.
  const base = arts
    .filter((a) => !dupOf.has(a.id))
    .map((a) => ({
      id: a.id,
      text:
        shape === 'whole'
          ? a.text
          : a.text
              .split(/\n\s*\n|\n/)
              .slice(0, 2)
              .join('\n\n'),
    }));
  const items = base.flatMap((a) => {
    const v = oneClauseVariant(a.text, r);
    return [a, { id: `${a.id}~v`, text: v }].map((x) => ({
      id: x.id,
      signature: signature(x.text),
      exactHash: x.id,
      terms: () => terms(x.text),
      words: terms(x.text).length,
    }));
  });
  const found = await findDuplicates(items);
  let pairs = 0;
  let right = 0;
  const joined = new Set<string>();
  for (const c of found) {
    for (const p of c.pairs) {
      pairs++;
      if (p.a.replace('~v', '') === p.b.replace('~v', '')) right++;
    }
    for (const id of c.storyIds) if (!id.endsWith('~v') && c.storyIds.includes(`${id}~v`)) joined.add(id);
  }
  print(`duplicates.one_clause.${shape}.recall`, joined.size / base.length, 'ratio', 0.95);
  print(`duplicates.one_clause.${shape}.precision`, pairs ? right / pairs : 1, 'ratio', 0.98);
}

// ── time at the size of 10,000 dumps ─────────────────────────────────────────
const copies = Math.ceil(SCALE_STORIES / stories.length);
const big: StorylineStory[] = [];
for (let k = 0; k < copies && big.length < SCALE_STORIES; k++) {
  for (const s of stories) {
    if (big.length >= SCALE_STORIES) break;
    const shifted = s.date ? new Date(Date.parse(s.date) + k * 40 * 86_400_000).toISOString().slice(0, 10) : null;
    big.push({ ...s, id: `${s.id}#${k}`, date: shifted });
  }
}
const c0 = process.cpuUsage();
const t0 = performance.now();
const bigLines = buildStorylines(big, { entityName: ctx.entityName, duplicateGroup: () => null });
print('storylines.time_20k_stories', (performance.now() - t0) / 1000, 's', 3, 'lower');
// CPU time too: on a shared, loaded machine wall time alone misleads.
const cu = process.cpuUsage(c0);
print('storylines.time_20k_stories_cpu', (cu.user + cu.system) / 1e6, 's', null);
print('storylines.found_20k_stories', bigLines.length, 'storylines', null);

/** Pairwise and B-cubed precision, recall and F1 of `guess` against `truth` over `ids`. */
function scores(ids: string[], truth: (id: string) => string, guess: (id: string) => string) {
  const byT = groupBy(ids, truth);
  const byG = groupBy(ids, guess);
  let tp = 0;
  let predPairs = 0;
  let truePairs = 0;
  for (const g of byG.values()) predPairs += (g.length * (g.length - 1)) / 2;
  for (const g of byT.values()) truePairs += (g.length * (g.length - 1)) / 2;
  for (const g of byG.values()) {
    const inner = groupBy(g, truth);
    for (const x of inner.values()) tp += (x.length * (x.length - 1)) / 2;
  }
  const pairP = predPairs ? tp / predPairs : 1;
  const pairR = truePairs ? tp / truePairs : 1;
  let bp = 0;
  let br = 0;
  for (const id of ids) {
    const g = byG.get(guess(id))!;
    const t = byT.get(truth(id))!;
    const both = g.filter((x) => truth(x) === truth(id)).length;
    bp += both / g.length;
    br += both / t.length;
  }
  bp /= ids.length || 1;
  br /= ids.length || 1;
  return { pairP, pairR, pairF1: f1(pairP, pairR), bF1: f1(bp, br) };
}

function groupBy(ids: string[], key: (id: string) => string): Map<string, string[]> {
  const m = new Map<string, string[]>();
  for (const id of ids) {
    const k = key(id);
    const l = m.get(k);
    if (l) l.push(id);
    else m.set(k, [id]);
  }
  return m;
}

function f1(p: number, r: number): number {
  return p + r ? (2 * p * r) / (p + r) : 0;
}

/** One clause added, dropped or reworded in one sentence, as a reposting site or a wire update does. */
function oneClauseVariant(text: string, r: () => number): string {
  const sentences = text.split(/(?<=[.!?])\s+/);
  const i = Math.floor(r() * sentences.length);
  const words = sentences[i].split(' ');
  const kind = r();
  if (kind < 1 / 3) sentences[i] = sentences[i].replace(/[.!?]?$/, (end) => `, officials said on condition of anonymity${end || '.'}`);
  else if (kind < 2 / 3 && words.length > 8) sentences[i] = words.slice(0, Math.ceil(words.length / 2)).join(' ') + '.';
  else {
    const at = Math.floor(r() * words.length);
    words.splice(at, Math.min(6, words.length - at), 'according to a statement released late on Monday');
    sentences[i] = words.join(' ');
  }
  return sentences.join(' ');
}
