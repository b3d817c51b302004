import { describe, expect, it } from 'vitest';
import { applyChanges, type ChangeSet } from '../../../electron/core/annotations/change-set';
import type { AnnotationData, Highlight } from '../../../electron/core/annotations/model';
import { emptyData } from '../../../electron/core/annotations/schema';
import { setRow } from '../../../electron/core/annotations/table';
import { deleteTag, listTags, mergeTag, renameTag, setTagColor } from '../../../electron/core/annotations/tags';
import { normalizeTagName } from '../../../electron/core/annotations/tag-names';

const NOW = '2026-01-01T00:00:00.000Z';

function highlight(id: string, tags: string[]): Highlight {
  return {
    id,
    storyId: 's1',
    docPath: 'a.txt',
    selectors: { quote: { exact: 'x', prefix: '', suffix: '' }, position: { start: 0, end: 1 } },
    color: 'yellow',
    note: '',
    tags,
    createdAt: NOW,
    updatedAt: NOW,
    anchor: { status: 'ok', start: 0, end: 1, checkedAt: NOW },
  };
}

function fixture(): AnnotationData {
  const d = emptyData();
  for (const [name, color] of [
    ['region', 'blue'],
    ['region/korea', 'red'],
    ['region/korea/south', 'pink'],
    ['regional', 'gray'],
    ['topic/trade', 'green'],
  ])
    setRow(d, 'tags', name, { name, color });
  setRow(d, 'highlights', 'h1', highlight('h1', ['region/korea', 'topic/trade']));
  setRow(d, 'highlights', 'h2', highlight('h2', ['regional']));
  setRow(d, 'storyTags', 's1', { storyId: 's1', tags: ['region', 'region/korea/south'] });
  return d;
}

function run(d: AnnotationData, set: ChangeSet): AnnotationData {
  applyChanges(d, set, 'forward');
  return d;
}

const names = (d: AnnotationData) => Object.keys(d.tags).sort();

describe('tag names', () => {
  it('tidies what people type and refuses blanks', () => {
    expect(normalizeTagName('  region / korea//  ')).toBe('region/korea');
    expect(normalizeTagName('Topic   of  note')).toBe('Topic of note');
    expect(() => normalizeTagName(' / ')).toThrow(/needs a name/);
    expect(() => normalizeTagName('x'.repeat(121))).toThrow(/120/);
  });
});

describe('rename', () => {
  it('renames the tag and everything below it on every highlight and story, not look-alikes', () => {
    const d = run(fixture(), renameTag(fixture(), 'region', 'area', NOW));
    expect(names(d)).toEqual(['area', 'area/korea', 'area/korea/south', 'regional', 'topic/trade']);
    expect(d.highlights.h1.tags).toEqual(['area/korea', 'topic/trade']);
    expect(d.highlights.h2.tags).toEqual(['regional']);
    expect(d.storyTags.s1.tags).toEqual(['area', 'area/korea/south']);
    expect(d.tags['area/korea'].color).toBe('red');
  });

  it('can move a tag under itself (region → region/asia)', () => {
    const d = fixture();
    run(d, renameTag(d, 'region', 'region/asia', NOW));
    expect(names(d)).toEqual(['region/asia', 'region/asia/korea', 'region/asia/korea/south', 'regional', 'topic/trade']);
    expect(d.highlights.h1.tags[0]).toBe('region/asia/korea');
  });

  it('refuses to rename onto an existing tag and says to merge', () => {
    const d = fixture();
    expect(() => renameTag(d, 'region/korea', 'topic/trade', NOW)).toThrow(/Merge/);
  });

  it('is exactly undone by applying the change set backwards', () => {
    const d = fixture();
    const before = structuredClone(d);
    const set = renameTag(d, 'region', 'area', NOW);
    applyChanges(d, set, 'forward');
    applyChanges(d, set, 'backward');
    expect(d).toEqual(before);
  });
});

describe('merge and delete', () => {
  it('merges uses without duplicates and keeps the target color', () => {
    const d = fixture();
    setRow(d, 'highlights', 'h3', highlight('h3', ['region/korea', 'topic/trade']));
    run(d, mergeTag(d, 'region/korea', 'topic/trade', NOW));
    expect(d.highlights.h3.tags).toEqual(['topic/trade']);
    expect(d.tags['topic/trade'].color).toBe('green');
    expect(d.tags['region/korea']).toBeUndefined();
    // The child moved under the target.
    expect(d.storyTags.s1.tags).toEqual(['region', 'topic/trade/south']);
  });

  it('refuses to merge a tag into its own child', () => {
    expect(() => mergeTag(fixture(), 'region', 'region/korea', NOW)).toThrow(/other way/);
  });

  it('delete removes the tag and its children from every use', () => {
    const d = fixture();
    run(d, deleteTag(d, 'region/korea', NOW));
    expect(names(d)).toEqual(['region', 'regional', 'topic/trade']);
    expect(d.highlights.h1.tags).toEqual(['topic/trade']);
    expect(d.storyTags.s1.tags).toEqual(['region']);
  });

  it('counts uses and sets colors', () => {
    const d = fixture();
    run(d, setTagColor(d, 'regional', '#112233'));
    const list = listTags(d);
    expect(list.find((t) => t.name === 'regional')).toEqual({ name: 'regional', color: '#112233', highlights: 1, stories: 0 });
    expect(list.find((t) => t.name === 'region')).toMatchObject({ highlights: 0, stories: 1 });
  });

  it('treats a tag called __proto__ as an ordinary tag', () => {
    const d = fixture();
    setRow(d, 'tags', '__proto__', { name: '__proto__', color: 'red' });
    run(d, renameTag(d, '__proto__', 'proto', NOW));
    expect(d.tags.proto).toEqual({ name: 'proto', color: 'red' });
    expect(Object.hasOwn(d.tags, '__proto__')).toBe(false);
    expect(Object.getPrototypeOf(d.tags)).toBe(Object.prototype);
  });
});

describe('tags used by a very large number of highlights', () => {
  // One dump can carry a six-figure number of highlights; spreading their changes into a call overflowed the stack.
  const MANY = 200_000;
  function big(): AnnotationData {
    const d = emptyData();
    setRow(d, 'tags', 'bulk', { name: 'bulk', color: 'blue' });
    for (let i = 0; i < MANY; i++) setRow(d, 'highlights', `h${i}`, highlight(`h${i}`, ['bulk']));
    return d;
  }

  it('renames and deletes the tag on every highlight', { timeout: 120_000 }, () => {
    const d = big();
    const renamed = renameTag(d, 'bulk', 'mass', NOW);
    expect(renamed.changes.filter((c) => c.table === 'highlights').length).toBe(MANY);
    applyChanges(d, renamed, 'forward');
    const deleted = deleteTag(d, 'mass', NOW);
    expect(deleted.changes.filter((c) => c.table === 'highlights').length).toBe(MANY);
  });
});
