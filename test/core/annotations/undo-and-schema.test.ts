import { describe, expect, it } from 'vitest';
import type { ChangeSet } from '../../../electron/core/annotations/change-set';
import { UndoLog } from '../../../electron/core/annotations/undo-log';
import { SCHEMA_VERSION, upgrade } from '../../../electron/core/annotations/schema';

const set = (label: string): ChangeSet => ({ label, changes: [] });

describe('undo log', () => {
  it('undoes in reverse order, redoes in order, and a new edit clears redo', () => {
    const log = new UndoLog();
    log.record(set('a'));
    log.record(set('b'));
    expect(log.takeUndo()?.label).toBe('b');
    expect(log.takeUndo()?.label).toBe('a');
    expect(log.takeUndo()).toBeNull();
    expect(log.takeRedo()?.label).toBe('a');
    log.record(set('c'));
    expect(log.peekRedo()).toBeNull();
    expect(log.peekUndo()?.label).toBe('c');
  });

  it('forgets the oldest edits past its limit', () => {
    const log = new UndoLog(3);
    for (const l of ['a', 'b', 'c', 'd']) log.record(set(l));
    expect([log.takeUndo(), log.takeUndo(), log.takeUndo(), log.takeUndo()].map((s) => s?.label ?? null)).toEqual(['d', 'c', 'b', null]);
  });
});

describe('schema upgrade', () => {
  it('refuses a file without a schema version: another program wrote it', () => {
    expect(upgrade({ highlights: [{ id: 'h1' }], tags: [{ name: 'x', color: 'red' }] })).toEqual({ kind: 'foreign' });
  });

  it('completes rows that lack optional fields', () => {
    const up = upgrade({
      schemaVersion: 1,
      highlights: {
        h1: { id: 'h1', storyId: 's', docPath: 'a.txt', selectors: { quote: { exact: 'hi' }, position: { start: 0, end: 2 } } },
      },
      tags: { x: { name: 'x', color: 'red' } },
    });
    expect(up.kind).toBe('ok');
    if (up.kind !== 'ok') return;
    expect(up.skipped).toEqual([]);
    expect(up.data.highlights.h1).toMatchObject({
      tags: [],
      note: '',
      color: 'yellow',
      selectors: { quote: { exact: 'hi', prefix: '', suffix: '' } },
    });
    expect(up.data.highlights.h1.anchor).toMatchObject({ status: 'ok', start: 0, end: 2 });
    expect(up.data.tags.x).toEqual({ name: 'x', color: 'red' });
  });

  it('recognises a file from a newer Dossier', () => {
    expect(upgrade({ schemaVersion: SCHEMA_VERSION + 1 })).toEqual({ kind: 'newer', version: SCHEMA_VERSION + 1 });
  });

  it('skips and lists a malformed row instead of failing the file', () => {
    const up = upgrade({
      schemaVersion: 1,
      highlights: { h: { id: 'h', storyId: 's', docPath: 'a' } },
      tags: { t: null, u: { name: 'v', color: 'red' } },
    });
    expect(up.kind).toBe('ok');
    if (up.kind !== 'ok') return;
    expect(up.skipped.map((s) => `${s.table} ${s.key}`)).toEqual(['highlights h', 'tags t', 'tags u']);
    expect(up.skipped[2].reason).toMatch(/does not match its key/);
  });

  it('calls a file damaged when its shape is wrong', () => {
    expect(upgrade([1, 2]).kind).toBe('invalid');
    expect(upgrade({ schemaVersion: 'one' }).kind).toBe('invalid');
    expect(upgrade({ schemaVersion: 1, links: 'nope' }).kind).toBe('invalid');
  });
});
