import { readFileSync, readdirSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { int, mulberry32, pick } from '../../test/support/prng';

/**
 * Deterministic corpus of news dumps for benchmarks. Built from the sentences and entity
 * names of the discovery fixtures (our own text), recombined with a seeded PRNG, with
 * synthetic rare words so the vocabulary grows like a real library's, and with lightly
 * edited (and some exact) copies of earlier stories in later dumps. The ground truth
 * (story offsets, dates, which story copies which) comes back with the text, so a bench
 * can score near-duplicate detection without trusting any segmenter.
 */
export interface GeneratedStory {
  key: string;
  title: string;
  start: number;
  end: number;
  date: string;
  source: string;
  language: 'en' | 'ru';
  /** Key of the story this one is a copy of; `exact` when unedited. */
  copyOf?: string;
  exact?: boolean;
}

interface GeneratedDump {
  path: string;
  text: string;
  stories: GeneratedStory[];
}

interface CorpusOptions {
  dumps: number;
  seed?: number;
  /** Share of stories that copy an earlier one (lightly edited or exact). */
  copyRate?: number;
}

const here = dirname(fileURLToPath(import.meta.url));
const FIXTURES = join(here, '../../test/fixtures/discovery');

interface Blocks {
  en: string[];
  ru: string[];
  people: string[];
  places: string[];
  orgs: string[];
}

function loadBlocks(): Blocks {
  const en: string[] = [];
  const ru: string[] = [];
  for (const f of readdirSync(FIXTURES)
    .filter((n) => n.endsWith('.txt'))
    .sort()) {
    const body = readFileSync(join(FIXTURES, f), 'utf8').split('\n').slice(1).join(' ');
    const sentences = body
      .split(/(?<=[.!?])\s+/)
      .map((s) => s.trim())
      .filter((s) => s.length > 20);
    (/[а-яё]/i.test(body) ? ru : en).push(...sentences);
  }
  const labels = JSON.parse(readFileSync(join(FIXTURES, 'entity-labels.json'), 'utf8')) as Record<string, unknown>;
  const kinds: Record<string, Set<string>> = { person: new Set(), place: new Set(), org: new Set() };
  for (const [k, v] of Object.entries(labels)) {
    if (k.startsWith('_') || !Array.isArray(v)) continue;
    for (const [kind, name] of v as string[][]) if (!/[а-яё]/i.test(name)) kinds[kind].add(name);
  }
  return { en, ru, people: [...kinds.person], places: [...kinds.place], orgs: [...kinds.org] };
}

const SYLLABLES = [
  'ka',
  'ro',
  'vin',
  'tel',
  'mar',
  'os',
  'dru',
  'len',
  'sa',
  'gor',
  'ith',
  'pel',
  'zan',
  'ul',
  'bre',
  'nov',
  'qui',
  'det',
  'am',
  'sky',
];
const SOURCES = ['Reuters', 'AP', 'AFP', 'TASS', 'Xinhua', 'Yonhap', 'Kyodo', 'BBC Monitoring'];

/** Generate the corpus in memory. Same options, same bytes. */
export function generateCorpus(opts: CorpusOptions): GeneratedDump[] {
  const rnd = mulberry32(opts.seed ?? 20240601);
  const copyRate = opts.copyRate ?? 0.12;
  const b = loadBlocks();
  const rare: string[] = [];
  for (let i = 0; i < 30000; i++) {
    const w = Array.from({ length: int(rnd, 2, 4) }, () => pick(rnd, SYLLABLES)).join('');
    rare.push(w[0].toUpperCase() + w.slice(1));
  }
  const originals: { key: string; title: string; body: string; date: string; source: string; language: 'en' | 'ru' }[] = [];
  const dumps: GeneratedDump[] = [];
  const day0 = Date.UTC(2023, 0, 1);
  for (let d = 0; d < opts.dumps; d++) {
    const n = int(rnd, 1, 3);
    let text = '';
    const stories: GeneratedStory[] = [];
    for (let s = 0; s < n; s++) {
      const key = `${d}.${s}`;
      let story: { title: string; body: string; date: string; source: string; language: 'en' | 'ru' };
      let copyOf: string | undefined;
      let exact = false;
      if (originals.length > 20 && rnd() < copyRate) {
        const orig = originals[Math.floor(rnd() * originals.length)];
        copyOf = orig.key;
        exact = rnd() < 0.3;
        story = { ...orig, body: exact ? orig.body : lightEdit(rnd, orig.body, rare) };
      } else {
        const language = rnd() < 0.08 ? 'ru' : 'en';
        const date = new Date(day0 + int(rnd, 0, 700) * 86400000).toISOString().slice(0, 10);
        story = { ...compose(rnd, b, rare, language), date, source: pick(rnd, SOURCES), language };
        originals.push({ key, ...story });
      }
      if (text) text += '\n\n\n';
      const start = text.length;
      text += `${story.title}\n\n${story.source}, ${story.date}\n\n${story.body}\n`;
      stories.push({
        key,
        title: story.title,
        start,
        end: text.length,
        date: story.date,
        source: story.source,
        language: story.language,
        ...(copyOf ? { copyOf, exact } : {}),
      });
    }
    dumps.push({ path: `dumps/${String(Math.floor(d / 500)).padStart(3, '0')}/dump_${String(d).padStart(6, '0')}.txt`, text, stories });
  }
  return dumps;
}

function compose(rnd: () => number, b: Blocks, rare: string[], language: 'en' | 'ru'): { title: string; body: string } {
  const pool = language === 'ru' ? b.ru : b.en;
  const person = pick(rnd, b.people);
  const place = pick(rnd, b.places);
  const paragraphs: string[] = [];
  const count = int(rnd, 20, 42);
  let para: string[] = [];
  for (let i = 0; i < count; i++) {
    let sentence = swapNames(rnd, pick(rnd, pool), b);
    if (rnd() < 0.5) sentence = sentence.replace(/\.$/, `, according to ${pick(rnd, rare)} ${pick(rnd, rare)}.`);
    para.push(sentence);
    if (para.length >= int(rnd, 2, 4)) {
      paragraphs.push(para.join(' '));
      para = [];
    }
  }
  if (para.length) paragraphs.push(para.join(' '));
  const title =
    language === 'ru'
      ? `${pick(rnd, ['Лавров', 'Путин', 'Песков'])} о ${pick(rnd, rare)}: ${pick(rnd, ['переговоры', 'визит', 'заявление'])}`
      : `${person} ${pick(rnd, ['meets', 'warns', 'visits', 'rejects', 'backs'])} ${pick(rnd, rare)} in ${place}`;
  return { title, body: paragraphs.join('\n\n') };
}

function swapNames(rnd: () => number, sentence: string, b: Blocks): string {
  let out = sentence;
  for (const [list] of [[b.people], [b.places], [b.orgs]] as const) {
    for (const name of list) if (out.includes(name) && rnd() < 0.5) out = out.split(name).join(pick(rnd, list));
  }
  return out;
}

/** A wire copy as another outlet runs it: a few words swapped, maybe one sentence dropped. */
function lightEdit(rnd: () => number, body: string, rare: string[]): string {
  const words = body.split(' ');
  const edits = int(rnd, 1, 4);
  for (let i = 0; i < edits; i++) {
    const at = Math.floor(rnd() * words.length);
    if (!words[at].includes('\n'))
      words[at] = rnd() < 0.5 ? pick(rnd, rare).toLowerCase() : words[at].toUpperCase() === words[at] ? words[at] : words[at] + ',';
  }
  let out = words.join(' ');
  if (rnd() < 0.3) {
    const sentences = out.split(/(?<=\.) /);
    if (sentences.length > 4) sentences.splice(int(rnd, 1, sentences.length - 2), 1);
    out = sentences.join(' ');
  }
  return out;
}

/** Write the corpus under `dir`; returns the dumps (with ground truth) for scoring. */
export function writeCorpus(dir: string, dumps: GeneratedDump[]): void {
  for (const d of dumps) {
    const abs = join(dir, d.path);
    mkdirSync(dirname(abs), { recursive: true });
    writeFileSync(abs, d.text);
  }
}

const invoked = process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1];
if (invoked) {
  const arg = (name: string) => {
    const i = process.argv.indexOf(`--${name}`);
    return i >= 0 ? process.argv[i + 1] : undefined;
  };
  const dumps = generateCorpus({ dumps: Number(arg('dumps') ?? 10000), seed: Number(arg('seed') ?? 20240601) });
  const out = arg('out');
  if (out) {
    writeCorpus(out, dumps);
    writeFileSync(join(out, 'ground-truth.json'), JSON.stringify(dumps.map((d) => ({ path: d.path, stories: d.stories }))));
  }
  const bytes = dumps.reduce((n, d) => n + Buffer.byteLength(d.text), 0);
  process.stdout.write(
    `${JSON.stringify({ dumps: dumps.length, stories: dumps.reduce((n, d) => n + d.stories.length, 0), mb: +(bytes / 1048576).toFixed(1) })}\n`,
  );
}
