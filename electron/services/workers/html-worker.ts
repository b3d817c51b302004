import { parentPort } from 'node:worker_threads';
import { decodeHtmlBytes, htmlToText } from '../../core/library/html-text';
import type { HtmlReply, HtmlRequest } from './html-converter';

/**
 * The HTML worker: turns dropped pages into text off the main thread, so a hostile page
 * can cost at most its time budget and never the window's responsiveness. Bundled as its
 * own entry (out/main/html-worker.js).
 */
const port = parentPort;
if (!port) throw new Error('html-worker must run in a worker thread');

port.on('message', (req: HtmlRequest) => {
  try {
    port.postMessage({ id: req.id, text: htmlToText(decodeHtmlBytes(req.bytes)) } satisfies HtmlReply);
  } catch (err) {
    port.postMessage({ id: req.id, error: err instanceof Error ? err.message : String(err) } satisfies HtmlReply);
  }
});
port.postMessage({ ready: true } satisfies HtmlReply);
