import { parentPort } from 'node:worker_threads';
import { dumpStoryFacts } from '../discovery/story-facts';
import type { FactsReply, FactsRequest } from './facts-pool';

/**
 * The facts worker: computes discovery's per-story facts (entities, MinHash signature, top
 * words) for dumps whose facts did not come with their read, so the main thread can build the
 * search index meanwhile. Bundled as its own entry (out/main/facts-worker.js).
 */
const port = parentPort;
if (!port) throw new Error('facts-worker must run in a worker thread');

port.on('message', (req: FactsRequest) => {
  try {
    port.postMessage({ id: req.id, facts: req.dumps.map((d) => dumpStoryFacts(d.text, d.stories)) } satisfies FactsReply);
  } catch (err) {
    port.postMessage({ id: req.id, error: err instanceof Error ? err.message : String(err) } satisfies FactsReply);
  }
});
port.postMessage({ ready: true } satisfies FactsReply);
