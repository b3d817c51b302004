import { appendFile, copyFile, mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32 } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AnnotationService } from '../../../electron/services/annotations/annotation-service';
import { DUMP, rangeOf, sampleWorkspace } from '../../support/fake-workspace';

let folder: string;
const journalPath = () => join(folder, '.dossier', 'db.journal');
const RANGE = rangeOf(DUMP, 'the new breakwater would open in spring');

async function openService(): Promise<AnnotationService> {
  const svc = new AnnotationService(sampleWorkspace(), () => undefined);
  await svc.start(folder);
  return svc;
}

/** What a SIGKILL leaves behind: no close(), the lock as a dead process would leave it. */
async function crash(svc: AnnotationService): Promise<void> {
  await svc.store['journal']?.close();
  await svc.store['releaseLock']?.();
}

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'dossier-jrn-'));
});
afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

describe('a torn journal tail', () => {
  it('is cut off on open, so the next acknowledged save survives the following crash', async () => {
    const first = await openService();
    await first.setNote('calder', 'before the big save');
    await crash(first);
    // A multi-write append killed half way: the start of a record, no end, no newline.
    await appendFile(journalPath(), `[["notes","westmere",{"storyId":"westmere","text":"${'x'.repeat(700_000)}`);

    const second = await openService();
    expect(second.status().state).toBe('ok');
    await second.setNote('westmere', 'acknowledged after the torn tail');
    await crash(second);

    const third = await openService();
    expect(third.status().state).toBe('ok');
    expect(third.getNote('calder')?.text).toBe('before the big save');
    expect(third.getNote('westmere')?.text).toBe('acknowledged after the torn tail');
    await third.stop();
  });

  it('a torn large save (several MiB) is dropped whole, and what came before is kept', async () => {
    const svc = await openService();
    const h = await svc.createHighlight({ storyId: 'calder', ...RANGE, note: 'kept' });
    const journal = await readFile(journalPath());
    await svc.updateHighlight({ id: h.id, note: 'y'.repeat(3_000_000) });
    await crash(svc);
    // Keep only part of the big record, as a kill between its writes would.
    const full = await readFile(journalPath());
    await rm(journalPath());
    await appendFile(journalPath(), full.subarray(0, journal.length + 1_500_000));

    const next = await openService();
    expect(next.status().state).toBe('ok');
    expect(next.listHighlights().map((x) => x.note)).toEqual(['kept']);
    expect((await stat(journalPath())).size).toBe(journal.length);
    await next.stop();
  });
});

describe('a crash right after db.json was rewritten', () => {
  it('does not replay older journal records over the newer db.json', async () => {
    const svc = await openService();
    const h = await svc.createHighlight({ storyId: 'calder', ...RANGE, tags: ['topic/ports'] });
    await svc.deleteTag('topic/ports');
    const stale = `${journalPath()}.before-rewrite`;
    await copyFile(journalPath(), stale);
    // The next save is folded into a db.json rewrite (as every COMPACT_EVERY saves) ...
    svc.store['compactDue'] = true;
    await svc.updateHighlight({ id: h.id, tags: ['topic/ports'] });
    await crash(svc);
    // ... and the process died before the journal was emptied.
    await copyFile(stale, journalPath());

    const next = await openService();
    expect(next.listHighlights()[0].tags).toEqual(['topic/ports']);
    expect(next.listTags().map((t) => t.name)).toEqual(['topic/ports']);
    await next.stop();
  });
});

describe('sequence numbers from a db.json Dossier did not write', () => {
  for (const journalSeq of [999_999_999_999_999, Number.MAX_SAFE_INTEGER]) {
    it(`an acknowledged save after journalSeq ${journalSeq} survives a crash`, async () => {
      await mkdir(join(folder, '.dossier'));
      await writeFile(join(folder, '.dossier', 'db.json'), JSON.stringify({ schemaVersion: 1, journalSeq }));
      const first = await openService();
      expect(first.status().state).not.toBe('read-only');
      await first.setNote('calder', 'acknowledged after a huge sequence number');
      await first.setNote('westmere', 'and a second one');
      await crash(first);

      const second = await openService();
      expect(second.getNote('calder')?.text).toBe('acknowledged after a huge sequence number');
      expect(second.getNote('westmere')?.text).toBe('and a second one');
      await second.stop();
    });
  }

  it('an acknowledged save after a journal record numbered 2^53 - 1 survives a crash', async () => {
    await mkdir(join(folder, '.dossier'));
    await writeFile(join(folder, '.dossier', 'db.json'), JSON.stringify({ schemaVersion: 1 }));
    const payload = Buffer.from(JSON.stringify([['notes', 'calder', { storyId: 'calder', text: 'planted' }]]));
    const crc = crc32(payload).toString(16).padStart(8, '0');
    await writeFile(journalPath(), `D1 ${Number.MAX_SAFE_INTEGER} ${payload.length} ${crc} ${payload.toString()}\n`);
    const first = await openService();
    expect(first.getNote('calder')?.text).toBe('planted');
    await first.setNote('westmere', 'acknowledged after the planted record');
    await crash(first);

    const second = await openService();
    expect(second.getNote('westmere')?.text).toBe('acknowledged after the planted record');
    await second.stop();
  });
});
