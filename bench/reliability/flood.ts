import { mkdirSync, readdirSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { int, mulberry32 } from '../../test/support/prng';
import { isDumpPath } from '../../electron/core/library/ignore';
import { Checks, describeError, type Outcome, type Scenario } from './scenario';
import { sleep, tempServices } from './temp-workspace';

const FILES = 1000;

/** A dump whose title names its file and version, so a stale catalog entry is visible. */
const dump = (id: string, version: number) =>
  `Flood story ${id} version ${version}\n\nVELMAR, July 1 (Tidewire) — Dock workers counted ${id} crates on Monday, version ${version} of the tally.\n`;

/** The dumps on disk, as the library should list them: relative path → size. */
function onDisk(root: string): Map<string, number> {
  const out = new Map<string, number>();
  const walk = (rel: string) => {
    for (const e of readdirSync(join(root, rel), { withFileTypes: true })) {
      const r = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) {
        if (!r.startsWith('.')) walk(r);
      } else if (isDumpPath(r)) out.set(r, statSync(join(root, r)).size);
    }
  };
  walk('');
  return out;
}

type Ws = ReturnType<typeof tempServices>;

/** Where the library and the folder disagree, in words; empty when they are equal. */
function differences(ws: Ws, versions: Map<string, number>): string[] {
  const disk = onDisk(ws.root);
  const lib = new Map(ws.services.workspace.listFiles().map((f) => [f.path, f]));
  const titles = new Map<string, string[]>();
  for (const s of ws.services.workspace.listStories()) titles.set(s.path, [...(titles.get(s.path) ?? []), s.title]);
  const out: string[] = [];
  for (const [p, size] of disk) {
    const f = lib.get(p);
    if (!f) out.push(`missing ${p}`);
    else if (f.size !== size) out.push(`stale size for ${p} (${f.size} ≠ ${size})`);
    else if (f.status !== 'ok') out.push(`${p} is ${f.status}: ${f.error?.message ?? ''}`);
    else {
      const v = versions.get(p);
      if (v !== undefined && !(titles.get(p) ?? []).some((t) => t.includes(`version ${v}`))) out.push(`stale content for ${p}`);
    }
  }
  for (const p of lib.keys()) if (!disk.has(p)) out.push(`ghost ${p}`);
  return out;
}

/**
 * 1,000 dumps land at once in a watched workspace, and while they are being read some are
 * renamed (within and across folders), deleted and rewritten. The library must end exactly
 * equal to the folder: same paths, sizes and current content, no ghosts.
 */
function flood(when: 'while watching' | 'while opening'): Scenario {
  return {
    name: `flood: ${FILES} files, renames and deletes ${when}`,
    run: async ({ seed, quick }): Promise<Outcome> => {
      const rnd = mulberry32(seed ^ (when === 'while opening' ? 0x5eed : 0xf10d));
      const ws = tempServices('flood');
      const checks = new Checks();
      const versions = new Map<string, number>();
      const write = (rel: string, v: number) => {
        mkdirSync(dirname(join(ws.root, rel)), { recursive: true });
        writeFileSync(join(ws.root, rel), dump(rel, v));
        versions.set(rel, v);
      };
      try {
        write('seed/first.txt', 1);
        let opening: Promise<unknown> = Promise.resolve();
        if (when === 'while watching') await ws.services.workspace.open(ws.root);
        const t0 = performance.now();
        const paths = Array.from({ length: FILES }, (_, i) => `batch/${String(i % 10)}/dump ${String(i).padStart(4, '0')}.txt`);
        if (when === 'while opening') {
          // Half on disk before the open, half written while it reads.
          paths.slice(0, FILES / 2).forEach((p) => write(p, 1));
          opening = ws.services.workspace.open(ws.root);
          paths.slice(FILES / 2).forEach((p) => write(p, 1));
        } else paths.forEach((p) => write(p, 1));
        // Let ingest get going, then churn.
        await sleep(int(rnd, 50, 400));
        const live = [...versions.keys()].filter((p) => p.startsWith('batch/'));
        const churn = quick ? 60 : 150;
        for (let i = 0; i < churn; i++) {
          const p = live.splice(Math.floor(rnd() * live.length), 1)[0];
          const kind = i % 3;
          if (kind === 0) {
            const to = i % 2 ? p.replace('.txt', ' renamed.txt') : `moved/${p.split('/').pop()}`;
            mkdirSync(dirname(join(ws.root, to)), { recursive: true });
            renameSync(join(ws.root, p), join(ws.root, to));
            versions.set(to, versions.get(p)!);
            versions.delete(p);
          } else if (kind === 1) {
            unlinkSync(join(ws.root, p));
            versions.delete(p);
          } else {
            write(p, versions.get(p)! + 1);
            live.push(p);
          }
          if (i % 20 === 19) await sleep(int(rnd, 5, 60));
        }
        await opening;
        const limit = performance.now() + 60_000;
        let diff = differences(ws, versions);
        while (diff.length > 0 && performance.now() < limit) {
          await sleep(250);
          diff = differences(ws, versions);
        }
        const settled = (performance.now() - t0) / 1000;
        // Equal once is not enough: late events must not undo it.
        await sleep(1500);
        const after = differences(ws, versions);
        checks.check(
          diff.length === 0,
          () =>
            `after 60 s the library still differs from the folder: ${diff.slice(0, 4).join('; ')}${diff.length > 4 ? ` (+${diff.length - 4})` : ''}`,
        );
        checks.check(after.length === 0, () => `the library drifted after settling: ${after.slice(0, 4).join('; ')}`);
        if (when === 'while watching') {
          // The renderer never polls: it only learns of the flood through these events.
          checks.check(
            ws.events.some((e) => e.event === 'library.changed'),
            () => 'no library.changed event told the window about the new files',
          );
        }
        const files = onDisk(ws.root).size;
        return checks.outcome(
          `${files} dumps on disk after ${churn} renames/deletes/rewrites; library equal to the folder ${settled.toFixed(1)} s after the flood began`,
        );
      } catch (err) {
        checks.check(false, () => `threw ${describeError(err)}`);
        return checks.outcome('');
      } finally {
        await ws.cleanup();
      }
    },
  };
}

export const floodScenarios: Scenario[] = [flood('while watching'), flood('while opening')];
