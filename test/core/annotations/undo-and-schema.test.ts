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
  it('migrates the prototype format (no version, tables as arrays)', () => {
    const up = upgrade({
      highlights: [{ id: 'h1', storyId: 's', docPath: 'a.txt', selectors: { quote: { exact: 'hi' }, position: { start: 0, end: 2 } } }],
      tags: [{ name: 'x', color: 'red' }],
    });
    expect(up.kind).toBe('ok');
    if (up.kind !== 'ok') return;
    expect(up.migratedFrom).toBe(0);
    expect(up.data.schemaVersion).toBe(SCHEMA_VERSION);
    expect(up.data.highlights.h1).toMatchObject({ tags: [], note: '', color: 'yellow', selectors: { quote: { exact: 'hi', prefix: '', suffix: '' } } });
    expect(up.data.tags.x).toEqual({ name: 'x', color: 'red' });
  });

  it('recognises a file from a newer Dossier', () => {
    expect(upgrade({ schemaVersion: SCHEMA_VERSION + 1 })).toEqual({ kind: 'newer', version: SCHEMA_VERSION + 1 });
  });

  it('calls a file damaged when a highlight has no selectors or the shape is wrong', () => {
    expect(upgrade({ schemaVersion: 1, highlights: { h: { id: 'h', storyId: 's', docPath: 'a' } } }).kind).toBe('invalid');
    expect(upgrade([1, 2]).kind).toBe('invalid');
    expect(upgrade({ schemaVersion: 'one' }).kind).toBe('invalid');
    expect(upgrade({ schemaVersion: 1, links: 'nope' }).kind).toBe('invalid');
  });
});
