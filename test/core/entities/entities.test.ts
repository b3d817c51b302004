import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../../electron/core/entities/extract';
import { EntityIndex } from '../../../electron/core/entities/entity-index';
import type { EntityOverrideData, StoryEntity } from '../../../electron/core/entities/types';
import { scoreAgainstLabels } from '../../support/label-score';
import { filterPacked, packEntities, unpackEntities } from '../../../electron/core/entities/packed';

const noOverrides: EntityOverrideData = { merges: [], splits: [] };
const index = (stories: Record<string, string>, overrides = noOverrides) =>
  new EntityIndex(new Map(Object.entries(stories).map(([id, text]) => [id, extractEntities(text)] as [string, StoryEntity[]])), overrides);
const find = (idx: EntityIndex, name: string) => idx.resolve(name)[0];

describe('entity extraction', () => {
  it('reaches the precision and recall floor on the hand-labelled fixtures', () => {
    const { precision, recall, misses, extras } = scoreAgainstLabels();
    expect({ precision, recall, misses, extras }).toMatchObject({});
    expect(precision).toBeGreaterThanOrEqual(0.8);
    expect(recall).toBeGreaterThanOrEqual(0.7);
  });

  it('strips titles, classifies by cue, and keeps offsets pointing at the name', () => {
    const text = 'Russian Foreign Minister Sergei Lavrov arrived in Astana. The Foreign Ministry said Lavrov would stay.';
    const ents = extractEntities(text);
    const lavrov = ents.find((e) => e.name === 'Sergei Lavrov')!;
    expect(lavrov.kind).toBe('person');
    expect(lavrov.count).toBe(2);
    expect(lavrov.offsets.map(([s, e]) => text.slice(s, e))).toEqual(['Sergei Lavrov', 'Lavrov']);
    expect(ents.find((e) => e.name === 'Astana')?.kind).toBe('place');
    expect(ents.find((e) => e.name === 'Foreign Ministry')?.kind).toBe('org');
  });

  it('drops capitalised ordinary words at sentence starts', () => {
    const names = extractEntities('Officials said the talks ended. Several hundred people waited. However nothing changed.').map(
      (e) => e.name,
    );
    expect(names).toEqual([]);
  });

  it('never takes an abbreviated month for a name', () => {
    const text = 'The hotline will be staffed from Dec. 1, and the review is due by Sept. 30 or Oct. 15, Harlan Tankers said.';
    expect(extractEntities(text).map((e) => e.name)).toEqual(['Harlan Tankers']);
  });

  it('never throws on odd input', () => {
    for (const t of ['', '   ', 'A', '\u0000\uFFFD', 'X'.repeat(10000), '"Unclosed', 'of of of The The'])
      expect(() => extractEntities(t)).not.toThrow();
  });
});

describe('entity aliases across stories', () => {
  it('merges "Xi", "Xi Jinping" and "President Xi Jinping"', () => {
    const idx = index({
      s1: 'President Xi Jinping spoke on Monday.',
      s2: 'Chinese leader Xi Jinping said talks went well.',
      s3: 'Talks went well, Xi said on Tuesday.',
    });
    const xi = find(idx, 'Xi');
    expect(xi.name).toBe('Xi Jinping');
    expect([...xi.stories.keys()].sort()).toEqual(['s1', 's2', 's3']);
  });

  it('merges "Sergei Lavrov", "Sergey Lavrov", "Lavrov" and the Cyrillic "Сергей Лавров"/"Лаврова"', () => {
    const idx = index({
      s1: 'Foreign Minister Sergei Lavrov arrived in Beijing.',
      s2: 'Sergey Lavrov arrived in Pyongyang.',
      s3: 'Officials in Moscow said Lavrov told them to wait.',
      s4: 'Министр Сергей Лавров прибыл в Пекин.',
      s5: 'Визит Лаврова завершился.',
    });
    const lavrov = find(idx, 'Lavrov');
    expect(lavrov.kind).toBe('person');
    expect([...lavrov.stories.keys()].sort()).toEqual(['s1', 's2', 's3', 's4', 's5']);
    expect(lavrov.aliases).toEqual(expect.arrayContaining(['Sergei Lavrov', 'Sergey Lavrov', 'Сергей Лавров']));
    expect(find(idx, 'Сергей Лавров').id).toBe(lavrov.id);
  });

  it('joins Cyrillic and Latin spellings ("Путин"/"Putin") through transliteration', () => {
    const idx = index({ s1: 'President Vladimir Putin said Russia was ready.', s2: 'Президент России Владимир Путин заявил это.' });
    const putin = find(idx, 'Путин');
    expect(putin.id).toBe(find(idx, 'Putin').id);
    expect([...putin.stories.keys()].sort()).toEqual(['s1', 's2']);
    expect(putin.name).toBe('Vladimir Putin');
  });

  it('applies manual merges and splits on top of the automatic ones', () => {
    const stories = {
      s1: 'Spokesman Dmitry Peskov said no.',
      s2: 'Kremlin aide Dmitri Peskov said yes.',
      s3: 'Officials in Moscow said Peskov told them.',
    };
    const auto = index(stories);
    const peskov = find(auto, 'Dmitry Peskov');
    expect(peskov.aliases).toEqual(expect.arrayContaining(['Dmitry Peskov', 'Dmitri Peskov']));
    const split = index(stories, { merges: [], splits: [{ entity: peskov.id, alias: 'Dmitri Peskov' }] });
    expect(split.resolve('Dmitri Peskov').map((e) => [...e.stories.keys()])).toContainEqual(['s2']);
    expect([...split.entities.get(peskov.id)!.stories.keys()].sort()).toEqual(['s1', 's3']);
    const moscow = find(auto, 'Moscow');
    const merged = index(stories, { merges: [{ from: moscow.id, into: peskov.id }], splits: [] });
    expect(merged.entities.has(moscow.id)).toBe(false);
    expect(merged.entities.get(peskov.id)!.aliases).toContain('Moscow');
  });
});

describe('library-wide entity index at scale', () => {
  it('drops a bare capitalised name seen in one story only, and keeps it once a second story uses it', () => {
    const one = index({ s1: 'The plan was backed, according to Karovin Telmar.', s2: 'Nothing here.' });
    expect(one.resolve('Karovin Telmar')).toEqual([]);
    const two = index({ s1: 'The plan was backed, according to Karovin Telmar.', s2: 'It failed, according to Karovin Telmar.' });
    expect([...find(two, 'Karovin Telmar').stories.keys()].sort()).toEqual(['s1', 's2']);
  });

  it('keeps a one-story name that has a cue (title, given name or a verb like "said")', () => {
    const idx = index({ s1: 'Ambassador Karovin Telmar arrived. The talks ended, Mirela Osdru said.' });
    expect(find(idx, 'Karovin Telmar')?.kind).toBe('person');
    expect(find(idx, 'Mirela Osdru')?.kind).toBe('person');
  });

  it('reads a middle initial as part of the name, not as a sentence end', () => {
    const text =
      'The ferry law was signed in March. Harold T. Okafor said it was fair, and Okafor left. ' +
      'Later the actor Delia R. Vantresca spoke. The team plays in Group B. Police said the match was calm.';
    const people = extractEntities(text).filter((e) => e.kind === 'person');
    expect(people.map((e) => e.name)).toEqual(expect.arrayContaining(['Harold T. Okafor', 'Delia R. Vantresca']));
    expect(people.find((e) => e.name === 'Harold T. Okafor')?.count).toBe(2);
    // Neither half of the name is a name of its own, and a lettered group is not a person.
    expect(people.map((e) => e.name)).not.toContain('Harold T');
    expect(people.some((e) => /Police/.test(e.name))).toBe(false);
  });

  it("packs a story's entities into one string and back without loss", () => {
    const ents = extractEntities(
      'Russian Foreign Minister Sergei Lavrov arrived in Astana. Lavrov met Karovin Telmar of the Foreign Ministry.',
    );
    const plain = ents.map(({ offsets: _o, ...rest }) => rest);
    expect(unpackEntities(packEntities(plain))).toEqual(plain);
    expect(unpackEntities('garbage\u0001\u0002')).toEqual([]);
    const viaPacked = new EntityIndex(new Map([['s1', packEntities(plain)]]), noOverrides);
    expect(find(viaPacked, 'Lavrov').name).toBe('Sergei Lavrov');
  });

  it('drops the rows of a packed story that a filter refuses, leaving the others exactly as packed', () => {
    const plain = extractEntities('Sergei Lavrov arrived in Astana. Lavrov met Karovin Telmar of the Foreign Ministry.').map(
      ({ offsets: _o, ...rest }) => rest,
    );
    const packed = packEntities(plain);
    const noPlaces = filterPacked(packed, (kind) => kind !== 'place');
    expect(unpackEntities(noPlaces!)).toEqual(plain.filter((e) => e.kind !== 'place'));
    expect(noPlaces).toBe(packEntities(plain.filter((e) => e.kind !== 'place')));
    // The key handed to the filter is the row's own.
    const keys: string[] = [];
    expect(filterPacked(packed, (_k, _s, a, b) => (keys.push(packed.slice(a, b)), true))).toBeNull();
    expect(keys).toEqual(plain.map((e) => e.key));
    expect(filterPacked(`${packed}\u0001garbage`, () => true)).toBe(packed);
  });
});
