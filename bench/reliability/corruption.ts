import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Checks, describeError, notAvailable, type Outcome, type Scenario } from './scenario';
import { tempServices } from './temp-workspace';
import { makeReadOnly } from './read-only-folder';
import { dispatch, type Services as ApiServices } from '../../electron/core/api';

type Services = ReturnType<typeof tempServices>['services'];

const NOTES = [
  'First note: the board vote was 5 to 2.',
  'Second note: compare with the March figures.',
  'Third note — «цитата» with <b>markup</b>.',
];

/**
 * A workspace with three story notes saved and a backup taken (the store backs up on every
 * open), then closed: the state an analyst is in when db.json gets damaged.
 */
async function seededWorkspace(name: string) {
  const ws = tempServices(name);
  const dump = (n: number) =>
    `Harbour fees story ${n}\n\nVELMAR, June ${n} (Tidewire) — The board met on Monday and said fees stay where they are for now.\n\n\n`;
  writeFileSync(join(ws.root, 'wire.txt'), [1, 2, 3].map(dump).join(''));
  await ws.services.workspace.open(ws.root);
  const ids = ws.services.workspace.listStories().map((s) => s.id);
  if (ids.length === 0) throw new Error('the fixture dump produced no stories');
  for (const [i, text] of NOTES.entries()) await ws.services.annotations.setNote(ids[i % ids.length], text);
  await ws.services.annotations.stop();
  // Re-open once so the store rotates a backup of the good file.
  await ws.services.workspace.open(ws.root);
  await ws.services.annotations.stop();
  return { ...ws, ids, db: join(ws.root, '.dossier', 'db.json'), dir: join(ws.root, '.dossier') };
}

function notesVisible(s: Services, ids: string[]): number {
  return NOTES.filter((text, i) => s.annotations.getNote(ids[i % ids.length])?.text === text).length;
}

function damaged(name: string, damage: (good: string) => string): Scenario {
  return {
    name: `corruption: ${name} db.json`,
    run: async () => {
      const ws = await seededWorkspace(name.replace(/\W+/g, '-'));
      const checks = new Checks();
      try {
        const bad = damage(readFileSync(ws.db, 'utf8'));
        writeFileSync(ws.db, bad);
        await ws.services.workspace.open(ws.root);
        const status = ws.services.annotations.status();
        checks.check(status.state === 'recovered', () => `store state is ${status.state}, expected recovered`);
        checks.check(
          /damaged/i.test(status.message) && /backup/i.test(status.message),
          () => `message does not say what happened and where the data came from: “${status.message}”`,
        );
        const aside = readdirSync(ws.dir).filter((n) => n.startsWith('db.corrupt-') && n.endsWith('.json'));
        checks.check(aside.length === 1, () => `expected the damaged file kept aside as db.corrupt-*.json, found ${aside.length}`);
        if (aside.length === 1)
          checks.check(
            readFileSync(join(ws.dir, aside[0]), 'utf8') === bad,
            () => 'the copy kept aside is not byte-for-byte the damaged file',
          );
        const seen = notesVisible(ws.services, ws.ids);
        checks.check(seen === NOTES.length, () => `${NOTES.length - seen} of ${NOTES.length} notes were not recovered from the backup`);
        // And the recovered workspace must be usable again.
        await ws.services.annotations.setNote(ws.ids[0], 'After recovery');
        checks.check(JSON.parse(readFileSync(ws.db, 'utf8')) !== null, () => 'db.json does not parse after a save following recovery');
        return checks.outcome(
          `damaged file kept aside, ${seen}/${NOTES.length} notes restored from backup, message: “${status.message.slice(0, 90)}…”`,
        );
      } finally {
        await ws.cleanup();
      }
    },
  };
}

const newerSchema: Scenario = {
  name: 'corruption: db.json from a newer schema version',
  run: async () => {
    const ws = await seededWorkspace('newer');
    const checks = new Checks();
    try {
      const data = JSON.parse(readFileSync(ws.db, 'utf8')) as { schemaVersion: number };
      data.schemaVersion += 1;
      const before = JSON.stringify(data);
      writeFileSync(ws.db, before);
      await ws.services.workspace.open(ws.root);
      const status = ws.services.annotations.status();
      checks.check(status.state === 'read-only', () => `store state is ${status.state}, expected read-only`);
      checks.check(/newer/i.test(status.message), () => `message does not say the file is from a newer version: “${status.message}”`);
      checks.check(notesVisible(ws.services, ws.ids) === NOTES.length, () => 'the notes are not shown read-only');
      const refused = await ws.services.annotations.setNote(ws.ids[0], 'must not be written').then(
        () => null,
        (err: unknown) => err as { code?: string; message?: string },
      );
      checks.check(refused !== null && !!refused.message, () => 'an edit was accepted on a database from a newer version');
      checks.check(readFileSync(ws.db, 'utf8') === before, () => 'db.json from the newer version was modified');
      return checks.outcome(`opened read-only, edits refused (“${refused?.message?.slice(0, 60) ?? ''}…”), file untouched`);
    } finally {
      await ws.cleanup();
    }
  },
};

/** Null and half-written rows in every table an analyst reads: skipped and reported, the rest usable. */
const malformedRows: Scenario = {
  name: 'corruption: malformed rows in db.json',
  run: async () => {
    const ws = await seededWorkspace('rows');
    const checks = new Checks();
    try {
      const data = JSON.parse(readFileSync(ws.db, 'utf8')) as Record<string, Record<string, unknown>>;
      data.tags = { ...data.tags, broken: null, odd: { name: 42 } };
      data.highlights = { ...data.highlights, gone: null, half: { id: 'half', storyId: ws.ids[0] } };
      data.links = { ...data.links, l: { id: 'l', from: ws.ids[0], type: 'nonsense' } };
      data.dismissed = { ...data.dismissed, d: [] };
      writeFileSync(ws.db, JSON.stringify(data));
      await ws.services.workspace.open(ws.root);
      const status = ws.services.annotations.status();
      checks.check(status.state === 'recovered', () => `store state is ${status.state}, expected recovered`);
      checks.check(
        /6 damaged records were skipped/.test(status.message),
        () => `message does not report the skipped rows: “${status.message}”`,
      );
      for (const method of [
        'tags.list',
        'highlights.list',
        'dismissals.list',
        'annotations.export',
        'annotations.verify',
        'orphans.list',
      ]) {
        const r = await dispatch(ws.services as unknown as ApiServices, method, undefined);
        checks.check(r.ok, () => `${method} failed: ${r.ok ? '' : `${r.error.code}: ${r.error.message}`}`);
      }
      const links = await dispatch(ws.services as unknown as ApiServices, 'links.listForStory', { storyId: ws.ids[0] });
      checks.check(links.ok, () => 'links.listForStory failed');
      const seen = notesVisible(ws.services, ws.ids);
      checks.check(seen === NOTES.length, () => `${NOTES.length - seen} of ${NOTES.length} notes were lost with the bad rows`);
      await ws.services.annotations.setNote(ws.ids[0], 'After skipping');
      return checks.outcome(`6 bad rows skipped, ${seen}/${NOTES.length} notes kept, message: “${status.message.slice(0, 80)}…”`);
    } finally {
      await ws.cleanup();
    }
  },
};

const readOnlyFolder: Scenario = {
  name: 'corruption: read-only workspace folder',
  run: async (): Promise<Outcome> => {
    const ws = await seededWorkspace('readonly');
    const checks = new Checks();
    const before = readFileSync(ws.db, 'utf8');
    const handle = makeReadOnly([ws.root, ws.dir]);
    if (!handle) {
      await ws.cleanup();
      return notAvailable('this machine cannot make a folder unwritable for this user (chmod is ignored as root and chattr +i failed)');
    }
    try {
      await ws.services.workspace.open(ws.root);
      const status = ws.services.annotations.status();
      checks.check(status.state === 'read-only', () => `store state is ${status.state}, expected read-only`);
      checks.check(status.message.length > 20, () => 'no message says why annotations are read-only');
      checks.check(notesVisible(ws.services, ws.ids) === NOTES.length, () => 'existing notes are not readable');
      const refused = await ws.services.annotations.setNote(ws.ids[0], 'cannot be saved').then(
        () => null,
        (err: unknown) => err as { message?: string },
      );
      checks.check(refused !== null && !!refused.message, () => 'an edit was acknowledged although the folder cannot be written');
      checks.check(readFileSync(ws.db, 'utf8') === before, () => 'db.json changed in a read-only folder');
      return checks.outcome(
        `folder made read-only with ${handle.method}; opened read-only (“${status.message.slice(0, 70)}…”), edit refused, file untouched`,
      );
    } catch (err) {
      checks.check(false, () => `threw ${describeError(err)}`);
      return checks.outcome('');
    } finally {
      handle.undo();
      await ws.cleanup();
    }
  },
};

export const corruptionScenarios: Scenario[] = [
  damaged('truncated', (good) => good.slice(0, Math.floor(good.length / 2))),
  damaged('empty', () => ''),
  damaged('garbage', () => '\u0000\u0001PK\u0003\u0004 not json at all }{'),
  newerSchema,
  malformedRows,
  readOnlyFolder,
];
