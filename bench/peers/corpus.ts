import { existsSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateCorpus, writeCorpus } from '../corpus/generate';

const here = dirname(fileURLToPath(import.meta.url));
/** Git-ignored; the same corpus is reused across runs because writing 75 MB is not what we measure. */
export const CORPUS_ROOT = join(here, '../.corpus');

export interface PeerCorpus {
  dir: string;
  files: number;
  bytes: number;
  /** Seconds spent generating it now, 0 when it was reused. */
  generatedSeconds: number;
}

const DEFAULT_SEED = 20240601;
const corpusDir = (dumps: number, seed: number) => join(CORPUS_ROOT, `gen-${dumps}-${seed}`);

/** True when the corpus of this size was written completely before, so `peerCorpus` only reuses it. */
export function isCorpusWritten(dumps: number, seed = DEFAULT_SEED): boolean {
  const dir = corpusDir(dumps, seed);
  return existsSync(`${dir}.complete.json`) && existsSync(dir);
}

/**
 * The corpus Dossier and its peers all read (and the renderer bench, at its own size): the
 * discovery bench's seeded generator, written once per (dumps, seed). A marker beside the folder (not inside: the peers would index it)
 * records that writing finished, so an interrupted run is regenerated rather than trusted.
 */
export function peerCorpus(dumps: number, seed = DEFAULT_SEED): PeerCorpus {
  const dir = corpusDir(dumps, seed);
  const marker = `${dir}.complete.json`;
  if (isCorpusWritten(dumps, seed)) {
    const m = JSON.parse(readFileSync(marker, 'utf8')) as { files: number; bytes: number };
    return { dir, files: m.files, bytes: m.bytes, generatedSeconds: 0 };
  }
  const t0 = performance.now();
  rmSync(dir, { recursive: true, force: true });
  rmSync(marker, { force: true });
  mkdirSync(dir, { recursive: true });
  const corpus = generateCorpus({ dumps, seed });
  writeCorpus(dir, corpus);
  const bytes = corpus.reduce((n, d) => n + Buffer.byteLength(d.text), 0);
  writeFileSync(marker, JSON.stringify({ files: corpus.length, bytes }));
  return { dir, files: corpus.length, bytes, generatedSeconds: (performance.now() - t0) / 1000 };
}
