import { join } from 'node:path';
import type { FixSource, SegmentFix } from '../../core/library/fixes';
import { IngestPool, sharedIngestPool } from '../workers/ingest-worker-pool';
import type { ReadOutcome } from './read-dump';

/**
 * Reads dumps for the workspace through the ingest worker pool, applying the analyst's manual
 * segmentation fixes. A fix source that throws is logged and read as "no fixes", so one bad
 * record never stops a file from being listed.
 */
export class DumpIngest {
  private pool: IngestPool | null = null;
  private fixSource: FixSource | null = null;

  /** `workers`: threads of a pool of its own (0 reads in-process); undefined: the shared pool. */
  constructor(private readonly workers: number | undefined) {}

  setFixSource(source: FixSource | null): void {
    this.fixSource = source;
  }

  /**
   * Read `rel` under `folder`; by default with the fixes the fix source has for it now.
   * `facts`: compute its stories' discovery facts with the read (false for a whole-folder read).
   */
  read(folder: string, rel: string, fixes: SegmentFix[] = this.fixesFor(rel), facts = true): Promise<ReadOutcome> {
    return this.ingestPool().run({ abs: join(folder, ...rel.split('/')), rel, fixes, facts });
  }

  /** Start the workers now, so the first file of an open does not wait for them. */
  warm(): void {
    this.ingestPool().warm();
  }

  fixesFor(rel: string): SegmentFix[] {
    try {
      return this.fixSource?.fixesFor(rel) ?? [];
    } catch (err) {
      console.error(`[dossier] reading the manual fixes for ${rel} failed:`, err);
      return [];
    }
  }

  /** The shared pool outlives a workspace (its idle workers never hold the process open); an own pool is closed here. */
  async close(): Promise<void> {
    const pool = this.pool;
    this.pool = null;
    if (pool && this.workers !== undefined) await pool.close();
  }

  private ingestPool(): IngestPool {
    return (this.pool ??= this.workers === undefined ? sharedIngestPool() : new IngestPool(this.workers));
  }
}
