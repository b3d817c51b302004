import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { readDiskState, type DiskState } from './disk-state';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BULK_TAG } from './crash-writer';

const here = dirname(fileURLToPath(import.meta.url));

interface CrashReport {
  trials: number;
  /** Acknowledged writes checked across all trials. */
  acknowledged: number;
  /** Acknowledged writes missing (or older than acknowledged) on disk: must be 0. */
  lost: number;
  /** Trials after which db.json did not parse: must be 0. */
  unparseable: number;
  /** Large saves (a tag on every bulk highlight renamed) acknowledged across all trials. */
  largeSaves: number;
  /** Trials killed while a large save was being written: must be > 0 for the trials to mean much. */
  largeKills: number;
  details: string[];
}

/** Bulk highlights renamed together: each rename is a journal record of about 3.5 MiB. */
const DEFAULT_BULK = 5000;

/**
 * Kill a writer (crash-writer.ts) with SIGKILL at a random moment, `trials` times over the
 * same workspace, and check after each kill that db.json and its journal parse and hold
 * every write the child acknowledged: small edits, and large saves (a tag renamed on
 * `bulk` highlights at once) whose journal records take several writes, so kills land
 * inside them. The workspace carries over between trials, so each trial also opens after a
 * crash (stale lock, stray temp file, torn journal tail). Used by crash.test.ts and by
 * `npm run reliability` (bench/reliability/crash.ts) with more trials.
 */
export async function runCrashTrials(opts: {
  trials: number;
  seed?: number;
  log?: (m: string) => void;
  maxKillDelayMs?: number;
  bulk?: number;
}): Promise<CrashReport> {
  const folder = await mkdtemp(join(tmpdir(), 'dossier-crash-'));
  const random = seeded(opts.seed ?? 1);
  const bulk = opts.bulk ?? DEFAULT_BULK;
  const report: CrashReport = { trials: 0, acknowledged: 0, lost: 0, unparseable: 0, largeSaves: 0, largeKills: 0, details: [] };
  const acked = new Map<string, number>(); // highlight id → highest acknowledged note number
  let ackedRound = 0; // highest acknowledged rename of the bulk tag
  try {
    for (let t = 0; t < opts.trials; t++) {
      const delay = Math.floor(random() * (opts.maxKillDelayMs ?? 600));
      const lines = await runUntilKilled(folder, delay, bulk);
      const renaming = new Set<string>();
      for (const line of lines) {
        const [kind, id, n] = line.split(' ');
        if (kind === 'renaming') renaming.add(id);
        if (kind === 'rename') {
          renaming.delete(id);
          ackedRound = Math.max(ackedRound, Number(id));
          report.largeSaves++;
          report.acknowledged++;
        }
        if (kind !== 'create' && kind !== 'note') continue;
        acked.set(id, Math.max(acked.get(id) ?? 0, Number(n)));
        report.acknowledged++;
      }
      if (renaming.size > 0) report.largeKills++;
      report.trials++;
      let data: DiskState;
      try {
        data = await readDiskState(folder);
      } catch (err) {
        report.unparseable++;
        report.details.push(`trial ${t}: annotations on disk unreadable (${(err as Error).message})`);
        continue;
      }
      for (const [id, n] of acked) {
        const row = data.highlights?.[id];
        const onDisk = row ? Number(row.note.slice(1)) : -1;
        if (onDisk < n) {
          report.lost++;
          report.details.push(`trial ${t}: highlight ${id} acknowledged at n${n}, on disk ${row ? `n${onDisk}` : 'missing'}`);
        }
      }
      if (bulk > 0)
        checkBulk(
          data,
          bulk,
          ackedRound,
          (m) => report.details.push(`trial ${t}: ${m}`),
          () => report.lost++,
        );
      opts.log?.(`trial ${t + 1}/${opts.trials}: killed after ${delay} ms, ${acked.size} highlights checked`);
    }
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
  return report;
}

/**
 * Every bulk highlight carries one and the same `bulk/r<k>` tag, with k at least the last
 * acknowledged rename, and that tag has its row (a rename is one record: never half on disk).
 */
function checkBulk(data: DiskState, bulk: number, ackedRound: number, report: (m: string) => void, lost: () => void): void {
  const rounds = new Set<string>();
  let count = 0;
  for (const h of Object.values(data.highlights ?? {})) {
    if (!String(h.id).startsWith('bulk-')) continue;
    count++;
    for (const tag of h.tags as string[]) if (tag.startsWith(BULK_TAG)) rounds.add(tag);
  }
  if (count === 0) return; // not created yet (killed before `ready`)
  const [tag] = rounds;
  const round = tag ? Number(tag.slice(BULK_TAG.length)) : -1;
  if (count !== bulk || rounds.size !== 1)
    report(`${count} of ${bulk} bulk highlights on disk, carrying ${[...rounds].join(', ') || 'no bulk tag'}`);
  else if (round < ackedRound) {
    lost();
    report(`rename to ${BULK_TAG}${ackedRound} was acknowledged, on disk ${tag}`);
  } else if (!data.tags?.[tag]) report(`bulk highlights carry ${tag} but the tag row is missing`);
}

/** Start the writer, wait for `ready`, SIGKILL it `delayMs` later; the acknowledged lines it printed. */
function runUntilKilled(folder: string, delayMs: number, bulk: number): Promise<string[]> {
  return new Promise((resolve, reject) => {
    // Node itself with tsx as a loader (not the tsx wrapper, which would run the writer in a
    // grandchild that SIGKILL would not reach).
    const child = spawn(process.execPath, ['--import', 'tsx', join(here, 'crash-writer.ts'), folder, String(bulk)], {
      stdio: ['ignore', 'pipe', 'pipe'],
      cwd: join(here, '../..'),
    });
    let out = '';
    let err = '';
    let armed = false;
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      if (!armed && out.includes('ready\n')) {
        armed = true;
        setTimeout(() => child.kill('SIGKILL'), delayMs);
      }
    });
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (signal !== 'SIGKILL') return reject(new Error(`crash writer exited on its own (code ${code}): ${err.slice(0, 500)}`));
      // Only complete lines count: a half-printed line was never fully acknowledged to us.
      resolve(out.split('\n').slice(0, -1));
    });
  });
}

function seeded(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 4294967296;
  };
}
