import { parentPort } from 'node:worker_threads';
import { readAndAnalyse } from '../workspace/read-dump';
import type { WorkerReply, WorkerRequest } from './ingest-worker-pool';

/**
 * The ingest worker: reads and analyses dumps off the main thread, so a 20 MB file or a
 * 2 MB single line never freezes the window. Bundled as its own entry (out/main/ingest-worker.js).
 */
const port = parentPort;
if (!port) throw new Error('ingest-worker must run in a worker thread');

port.on('message', (req: WorkerRequest) => {
  // Blocking reads: this thread only reads and analyses (see readAndAnalyse).
  void readAndAnalyse(req.abs, req.rel, req.fixes, req.facts, true).then(
    (outcome) => port.postMessage({ id: req.id, outcome } satisfies WorkerReply),
    (err: unknown) => port.postMessage({ id: req.id, error: err instanceof Error ? err.message : String(err) } satisfies WorkerReply),
  );
});
port.postMessage({ ready: true } satisfies WorkerReply);
