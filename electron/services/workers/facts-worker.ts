import { parentPort } from 'node:worker_threads';
import { answer, type FactsReply, type FactsRequest } from './facts-pool';

/**
 * The facts worker: computes discovery's per-story facts (entities, MinHash signature, top
 * words) for dumps whose facts did not come with their read, so the main thread can build the
 * search index meanwhile, and the library's entity index while it finds near-duplicates. Bundled as its own entry (out/main/facts-worker.js).
 */
const port = parentPort;
if (!port) throw new Error('facts-worker must run in a worker thread');

port.on('message', (req: FactsRequest) => {
  try {
    const { result, transfer } = answer(req);
    port.postMessage({ id: req.id, result } satisfies FactsReply, transfer);
  } catch (err) {
    port.postMessage({ id: req.id, error: err instanceof Error ? err.message : String(err) } satisfies FactsReply);
  }
});
port.postMessage({ ready: true } satisfies FactsReply);
