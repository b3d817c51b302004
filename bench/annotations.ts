import { mkdtemp, rm, stat, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AnnotationService, type AnnotationWorkspace } from '../electron/services/annotations/annotation-service';
import { buildSelectors } from '../electron/core/anchoring/selectors';
import { emptyData } from '../electron/core/annotations/schema';
import type { Highlight } from '../electron/core/annotations/model';
import { DossierError } from '../electron/core/errors';
import type { Story } from '../electron/core/types';

/**
 * `npx tsx bench/annotations.ts`: the annotation store with 10,000 highlights (100 dumps of
 * ~50 KB, 100 highlights each). Prints one JSON line per metric:
 *  - open_db_10k_ms: open db.json and re-anchor every highlight (target ≤ 300 ms);
 *  - save_ack_p95_ms: an edit acknowledged = fsynced on disk (a journal line), p95 of
 *    1,000 sequential edits, which include two full db.json rewrites (≤ 30 ms; max reported);
 *  - reanchor_50kb_dump_ms: re-anchor the 100 highlights of a changed 50 KB dump,
 *    including saving the result (≤ 50 ms), median of five dumps; each gains a paragraph at
 *    the top (every highlight moves) and has five quotes edited (approximate search).
 * Accepts and ignores `--dumps N` (the bench runner passes it to every area).
 */
const FILES = 100;
const PER_FILE = 100;
const FILE_CHARS = 50_000;
/** Enough saves to include db.json rewrites (one every COMPACT_EVERY = 500) in the sample. */
const SAVES = 1000;

const WORDS =
  'port council fleet budget tram mayor harbour spring autumn vote delay report minister river bridge market ferry storm pier island'.split(
    ' ',
  );

function rng(seed: number): () => number {
  let s = seed;
  return () => (s = (s * 1103515245 + 12345) >>> 0) / 4294967296;
}

function makeText(r: () => number, chars: number): string {
  let out = '';
  while (out.length < chars) out += WORDS[Math.floor(r() * WORDS.length)] + (r() < 0.07 ? '.\n\n' : ' ');
  return out.slice(0, chars);
}

/** An in-memory catalog: one story per dump, text held in memory like the OS cache would. */
class BenchWorkspace implements AnnotationWorkspace {
  texts = new Map<string, string>();
  storyRecord(id: string): Story {
    const path = `dump-${id}.txt`;
    const text = this.texts.get(path);
    if (text === undefined) throw new DossierError('story-not-found', id);
    return {
      id,
      path,
      docId: id,
      index: 0,
      title: id,
      start: 0,
      end: text.length,
      date: null,
      source: null,
      byline: null,
      language: 'en',
      words: 0,
      noise: [],
    };
  }
  rawFile(path: string): { text: string } {
    const text = this.texts.get(path);
    if (text === undefined) throw new DossierError('file-not-found', path);
    return { text };
  }
  listStories(): { id: string; path: string }[] {
    return [...this.texts.keys()].map((p) => ({ id: p.slice(5, -4), path: p }));
  }
}

function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
}

function line(metric: string, value: number, unit: string, target: number, extra: Record<string, unknown> = {}): void {
  process.stdout.write(`${JSON.stringify({ metric, value: Math.round(value * 10) / 10, unit, target, ok: value <= target, ...extra })}\n`);
}

async function main(): Promise<void> {
  const folder = await mkdtemp(join(tmpdir(), 'dossier-bench-ann-'));
  try {
    const r = rng(42);
    const ws = new BenchWorkspace();
    const data = emptyData();
    const now = new Date().toISOString();
    for (let f = 0; f < FILES; f++) {
      const id = String(f).padStart(3, '0');
      const text = makeText(r, FILE_CHARS);
      ws.texts.set(`dump-${id}.txt`, text);
      for (let k = 0; k < PER_FILE; k++) {
        const start = Math.floor(r() * (text.length - 200));
        const end = start + 20 + Math.floor(r() * 120);
        const h: Highlight = {
          id: `h-${id}-${k}`,
          storyId: id,
          docPath: `dump-${id}.txt`,
          selectors: buildSelectors(text, start, end),
          color: 'yellow',
          note: k % 3 === 0 ? 'A short analyst note about why this matters.' : '',
          tags: k % 2 ? ['region/calder', 'topic/ports'] : ['topic/budget'],
          createdAt: now,
          updatedAt: now,
          anchor: { status: 'ok', start, end, checkedAt: now },
        };
        data.highlights[h.id] = h;
      }
    }
    await mkdir(join(folder, '.dossier'), { recursive: true });
    const json = JSON.stringify(data);
    await writeFile(join(folder, '.dossier', 'db.json'), json);
    const dbBytes = (await stat(join(folder, '.dossier', 'db.json'))).size;

    // 1. Open (parse, validate, re-anchor all 10k against unchanged text, start the backup).
    const svc = new AnnotationService(ws, () => undefined);
    let t = performance.now();
    await svc.start(folder);
    line('open_db_10k_ms', performance.now() - t, 'ms', 300, { highlights: svc.listHighlights().length, dbBytes });
    if (svc.status().state !== 'ok') throw new Error(svc.status().message);

    // 2. Acknowledged saves, one at a time as a user edits.
    const times: number[] = [];
    for (let i = 0; i < SAVES; i++) {
      t = performance.now();
      await svc.updateHighlight({ id: `h-050-${i % PER_FILE}`, note: `edit ${i}` });
      times.push(performance.now() - t);
    }
    line('save_ack_p95_ms', percentile(times, 95), 'ms', 30, {
      median: Math.round(percentile(times, 50) * 10) / 10,
      max: Math.round(Math.max(...times)),
      saves: SAVES,
    });

    // 3. A changed 50 KB dump, five times over (five different dumps, each cold for the
    //    fuzzy path): a paragraph inserted at the top (every highlight moves, exact search)
    //    and five quotes edited (approximate search). Median reported, max alongside.
    const runs: number[] = [];
    let counts = { ok: 0, moved: 0, orphaned: 0 };
    for (let k = 0; k < 5; k++) {
      const path = `dump-${String(10 + k).padStart(3, '0')}.txt`;
      let changed = 'EDITOR’S NOTE: this report was updated with a statement from the port authority.\n\n' + ws.texts.get(path)!;
      for (const h of svc.listHighlights(path).slice(0, 5))
        changed = changed.replace(h.selectors.quote.exact, h.selectors.quote.exact.replace(/a/g, 'e'));
      ws.texts.set(path, changed);
      t = performance.now();
      counts = await svc.reanchorFile(path, changed);
      runs.push(performance.now() - t);
    }
    line('reanchor_50kb_dump_ms', percentile(runs, 50), 'ms', 50, {
      max: Math.round(Math.max(...runs)),
      highlights: PER_FILE,
      anchoredOk: counts.ok,
      moved: counts.moved,
      orphaned: counts.orphaned,
    });
    await svc.stop();
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

main().catch((err) => {
  process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exit(1);
});
