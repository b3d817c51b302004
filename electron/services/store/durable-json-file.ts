import { readFile } from 'node:fs/promises';
import type { Adapter } from 'lowdb';
import { atomicWriteFile } from './atomic-write';
import { WriteCoalescer } from './write-coalescer';

/** db.json exists but is not JSON; `text` is what was read, for the message and the copy kept aside. */
export class UnparseableFileError extends Error {
  constructor(
    readonly path: string,
    readonly reason: string,
  ) {
    super(`${path} is not valid JSON (${reason})`);
  }
}

/**
 * lowdb adapter for db.json that is safe to trust with the only copy of an analyst's work:
 * atomic, fsynced writes (see atomic-write.ts), serialised and coalesced (see
 * write-coalescer.ts), and reads that report damage instead of silently starting empty.
 * The data is serialised when its write starts, never when it is requested, so every
 * change made before the write began is included.
 */
export class DurableJsonFile<T> implements Adapter<T> {
  private pending: T | null = null;
  private readonly coalescer: WriteCoalescer;

  constructor(readonly path: string) {
    this.coalescer = new WriteCoalescer(async () => {
      const json = JSON.stringify(this.pending);
      await atomicWriteFile(this.path, json);
    });
  }

  async read(): Promise<T | null> {
    let text: string;
    try {
      text = await readFile(this.path, 'utf8');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw err;
    }
    try {
      return JSON.parse(text) as T;
    } catch (err) {
      throw new UnparseableFileError(this.path, text.trim() === '' ? 'the file is empty' : (err as Error).message);
    }
  }

  write(data: T): Promise<void> {
    this.pending = data;
    return this.coalescer.request();
  }

  /** Wait for queued writes to finish, e.g. before the app quits. */
  flush(): Promise<void> {
    return this.coalescer.idle();
  }
}
