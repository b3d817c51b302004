import { Worker } from 'node:worker_threads';
import { decodeHtmlBytes, htmlToText } from '../../core/library/html-text';
import { startWorker, workerSource, type WorkerSource } from './worker-source';

export interface HtmlRequest {
  id: number;
  bytes: Uint8Array;
}
export type HtmlReply = { ready: true } | { id: number; text: string } | { id: number; error: string };

/** A page's text, or why it could not be read. */
export type HtmlOutcome = { ok: true; text: string } | { ok: false; reason: string };

/** How long one page may take before its worker is stopped and the file rejected. */
export const HTML_BUDGET_MS = 10_000;

interface Job {
  bytes: Uint8Array;
  resolve: (o: HtmlOutcome) => void;
}

/**
 * Converts dropped HTML pages to text in a worker thread, one page at a time, each within a
 * time budget: a page that takes longer has its worker terminated (a fresh one starts for
 * the next page) and is rejected with a reason. The worker starts on first use and is
 * unref'd while idle, so it never keeps the CLI or a test alive. If no worker can start (a
 * packaging mistake), pages are converted in-process, which is linear in their size.
 */
export class HtmlConverter {
  private worker: Worker | null = null;
  private ready = false;
  private current: { id: number; job: Job; timer?: NodeJS.Timeout } | null = null;
  private queue: Job[] = [];
  private nextId = 1;
  private inProcess: boolean;

  constructor(
    private readonly budgetMs = HTML_BUDGET_MS,
    private readonly source: WorkerSource | null = workerSource('html-worker'),
  ) {
    this.inProcess = source === null;
  }

  /** 'worker' while pages are read in a worker thread; 'in-process' after falling back. */
  get mode(): 'worker' | 'in-process' {
    return this.inProcess ? 'in-process' : 'worker';
  }

  /** The text of an HTML page given as bytes (any charset a browser would accept). */
  convert(bytes: Uint8Array): Promise<HtmlOutcome> {
    return new Promise((resolve) => {
      this.queue.push({ bytes, resolve });
      this.pump();
    });
  }

  /** Stop the worker; pages still waiting are rejected. */
  async close(): Promise<void> {
    for (const job of this.queue.splice(0)) job.resolve({ ok: false, reason: 'Dossier was closing, so the page was not read.' });
    if (this.current) this.finish({ ok: false, reason: 'Dossier was closing, so the page was not read.' });
    const w = this.worker;
    this.worker = null;
    this.ready = false;
    await w?.terminate().catch(() => 0);
  }

  private pump(): void {
    if (this.current || this.queue.length === 0) return;
    if (this.inProcess) return this.runInProcess();
    if (!this.worker) this.spawn();
    if (!this.ready || !this.worker) return;
    const job = this.queue.shift()!;
    const id = this.nextId++;
    const timer = setTimeout(() => this.overBudget(), this.budgetMs);
    this.current = { id, job, timer };
    this.worker.ref();
    this.worker.postMessage({ id, bytes: job.bytes } satisfies HtmlRequest);
  }

  private spawn(): void {
    const src = this.source!;
    let worker: Worker;
    try {
      worker = startWorker(src);
    } catch (err) {
      return this.fallBack(err instanceof Error ? err.message : String(err));
    }
    this.worker = worker;
    this.ready = false;
    worker.on('message', (msg: HtmlReply) => {
      if (worker !== this.worker) return;
      if ('ready' in msg) this.ready = true;
      else if (this.current?.id === msg.id)
        this.finish(
          'text' in msg
            ? { ok: true, text: msg.text }
            : { ok: false, reason: `Dossier could not read the page (${msg.error.slice(0, 200)}).` },
        );
      this.pump();
    });
    worker.on('error', (err) => this.lost(worker, err.message));
    worker.on('exit', (code) => this.lost(worker, `the worker stopped (exit code ${code})`));
  }

  /** The page ran past its budget: stop its worker (only a new thread is sure to be free of it) and reject it. */
  private overBudget(): void {
    const w = this.worker;
    this.worker = null;
    this.ready = false;
    this.finish({
      ok: false,
      reason: `Reading the page took longer than ${Math.round(this.budgetMs / 1000)} s, so it was stopped and not imported (the markup may be damaged).`,
    });
    void w?.terminate().catch(() => 0);
    this.pump();
  }

  private lost(worker: Worker, why: string): void {
    if (worker !== this.worker) return;
    this.worker = null;
    const wasReady = this.ready;
    this.ready = false;
    if (this.current) this.finish({ ok: false, reason: `Dossier failed while reading the page (${why.slice(0, 200)}).` });
    if (!wasReady) return this.fallBack(why);
    this.pump();
  }

  private finish(outcome: HtmlOutcome): void {
    const c = this.current;
    if (!c) return;
    clearTimeout(c.timer);
    this.current = null;
    if (this.queue.length === 0) this.worker?.unref();
    c.job.resolve(outcome);
  }

  private fallBack(why: string): void {
    if (!this.inProcess) console.warn(`[dossier] HTML worker unavailable (${why}); converting pages in-process`);
    this.inProcess = true;
    this.pump();
  }

  /** One page at a time, after a turn of the event loop, so other work interleaves between pages. */
  private runInProcess(): void {
    const job = this.queue.shift()!;
    const id = this.nextId++;
    this.current = { id, job };
    setImmediate(() => {
      let outcome: HtmlOutcome;
      try {
        outcome = { ok: true, text: htmlToText(decodeHtmlBytes(job.bytes)) };
      } catch (err) {
        outcome = { ok: false, reason: `Dossier could not read the page (${err instanceof Error ? err.message : String(err)}).` };
      }
      this.finish(outcome);
      this.pump();
    });
  }
}

let shared: HtmlConverter | null = null;

/** The process-wide converter drop-import uses: one idle, unref'd worker is cheaper than one per import. */
export function sharedHtmlConverter(): HtmlConverter {
  return (shared ??= new HtmlConverter());
}
