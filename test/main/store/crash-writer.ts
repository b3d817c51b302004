import { pathToFileURL } from 'node:url';
import { AnnotationService } from '../../../electron/main/services/annotation-service';
import { DUMP, rangeOf, sampleWorkspace } from './fake-workspace';

/**
 * The child side of the crash test: open the workspace given as argv[2] and apply an
 * endless stream of annotation writes through the service, printing each one only after
 * the service acknowledged it (i.e. it is on disk). The parent SIGKILLs us at a random
 * moment and checks that every printed write survived.
 *
 * Lines: `ready`, then `create <id> <n>` / `note <id> <n>` per acknowledged write. Several
 * writes are kept in flight at once so kills land during coalesced and queued writes too.
 */
async function main(folder: string): Promise<void> {
  const svc = new AnnotationService(sampleWorkspace(), () => undefined);
  const status = await svc.openWorkspace(folder);
  if (status.state === 'read-only') throw new Error(status.message);
  const phrase = rangeOf(DUMP, 'the new breakwater would open in spring');
  process.stdout.write('ready\n');
  let n = 0;
  const lane = async () => {
    for (;;) {
      const i = ++n;
      const h = await svc.createHighlight({ storyId: 'calder', start: phrase.start + (i % 5), end: phrase.end, note: `n${i}` });
      process.stdout.write(`create ${h.id} ${i}\n`);
      const j = ++n;
      await svc.updateHighlight({ id: h.id, note: `n${j}` });
      process.stdout.write(`note ${h.id} ${j}\n`);
    }
  };
  await Promise.all([lane(), lane(), lane()]);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main(process.argv[2]).catch((err) => {
    process.stderr.write(`${err instanceof Error ? err.stack : String(err)}\n`);
    process.exit(1);
  });
}
