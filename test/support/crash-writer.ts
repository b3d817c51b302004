import { pathToFileURL } from 'node:url';
import { buildSelectors } from '../../electron/core/anchoring/selectors';
import type { Highlight } from '../../electron/core/annotations/model';
import { AnnotationService } from '../../electron/services/annotations/annotation-service';
import type { RowKey } from '../../electron/services/store/annotation-store';
import { DUMP, rangeOf, sampleWorkspace } from './fake-workspace';

/** Tag prefix of the bulk highlights: `bulk/r<k>` after the k-th rename. */
export const BULK_TAG = 'bulk/r';
/** Small writes between two large saves. */
const SMALL_PER_RENAME = 12;

/**
 * The child side of the crash test: open the workspace given as argv[2] and apply an
 * endless stream of annotation writes through the service, printing each one only after
 * the service acknowledged it (i.e. it is on disk). The parent SIGKILLs us at a random
 * moment and checks that every printed write survived.
 *
 * Lines: `ready`, then `create <id> <n>` / `note <id> <n>` per acknowledged write, and for
 * the large saves `renaming <k>` before and `rename <k>` after renaming the tag carried by
 * argv[3] bulk highlights (a journal record of several MiB, written in several chunks), as
 * an analyst renaming a much-used tag would; one before `ready`, more between small writes. Several writes are kept in flight at once so
 * kills land during coalesced, queued and large writes, and during db.json rewrites.
 */
async function main(folder: string, bulk: number): Promise<void> {
  const svc = new AnnotationService(sampleWorkspace(), () => undefined);
  const status = await svc.start(folder);
  if (status.state === 'read-only') throw new Error(status.message);
  const phrase = rangeOf(DUMP, 'the new breakwater would open in spring');
  let round = await ensureBulk(svc, bulk, phrase);
  const rename = async () => {
    process.stdout.write(`renaming ${round + 1}\n`);
    await svc.renameTag(`${BULK_TAG}${round}`, `${BULK_TAG}${round + 1}`);
    round++;
    process.stdout.write(`rename ${round}\n`);
  };
  // One large save acknowledged before the kill timer starts, so every trial checks one.
  if (bulk > 0) await rename();
  process.stdout.write('ready\n');
  let n = 0;
  // Renames wait for a run of small writes, so kills land among both kinds.
  let wake: (() => void) | null = null;
  const lane = async () => {
    for (;;) {
      const i = ++n;
      const h = await svc.createHighlight({ storyId: 'calder', start: phrase.start + (i % 5), end: phrase.end, note: `n${i}` });
      process.stdout.write(`create ${h.id} ${i}\n`);
      const j = ++n;
      await svc.updateHighlight({ id: h.id, note: `n${j}` });
      process.stdout.write(`note ${h.id} ${j}\n`);
      wake?.();
    }
  };
  const renames = async () => {
    if (bulk === 0) return;
    for (;;) {
      const due = n + SMALL_PER_RENAME;
      while (n < due) await new Promise<void>((r) => (wake = r));
      await rename();
    }
  };
  await Promise.all([lane(), lane(), lane(), renames()]);
}

/** The current rename round, creating the bulk highlights (one large save) when there are none yet. */
async function ensureBulk(svc: AnnotationService, bulk: number, at: { start: number; end: number }): Promise<number> {
  const rounds = svc.listTags().flatMap((t) => (t.name.startsWith(BULK_TAG) ? [Number(t.name.slice(BULK_TAG.length))] : []));
  if (rounds.length > 0 || bulk === 0) return Math.max(0, ...rounds);
  const data = svc.store.data;
  const now = new Date().toISOString();
  const keys: RowKey[] = [{ table: 'tags', key: `${BULK_TAG}0` }];
  data.tags[`${BULK_TAG}0`] = { name: `${BULK_TAG}0`, color: 'blue' };
  for (let i = 0; i < bulk; i++) {
    const h: Highlight = {
      id: `bulk-${i}`,
      storyId: 'calder',
      docPath: 'news/calder.txt',
      selectors: buildSelectors(DUMP, at.start, at.end),
      color: 'green',
      note: `Bulk highlight ${i}: ${'a longer analyst note that makes each row weigh what a real one does. '.repeat(5)}`,
      tags: [`${BULK_TAG}0`],
      createdAt: now,
      updatedAt: now,
      anchor: { status: 'ok', start: at.start, end: at.end, checkedAt: now },
    };
    data.highlights[h.id] = h;
    keys.push({ table: 'highlights', key: h.id });
  }
  await svc.store.save(keys);
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main(process.argv[2], Number(process.argv[3] ?? 0)).catch((err) => {
    process.stderr.write(`${err instanceof Error ? err.stack : String(err)}\n`);
    process.exit(1);
  });
}
