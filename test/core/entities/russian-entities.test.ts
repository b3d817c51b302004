import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../../electron/core/entities/extract';
import { EntityIndex } from '../../../electron/core/entities/entity-index';
import type { StoryEntity } from '../../../electron/core/entities/types';

const index = (stories: Record<string, string>) =>
  new EntityIndex(new Map(Object.entries(stories).map(([id, text]) => [id, extractEntities(text)] as [string, StoryEntity[]])), {
    merges: [],
    splits: [],
  });

describe('Russian names and cross-script aliases', () => {
  it('names in case forms are one person, named in the nominative', () => {
    const idx = index({
      a: 'Министр встретился с Дональдом Трампом в Вашингтоне.',
      b: 'Эксперты обсудили слова Дональда Трампа о пошлинах.',
    });
    const people = [...idx.entities.values()].filter((e) => e.kind === 'person');
    expect(people).toHaveLength(1);
    expect(people[0].name).toBe('Дональд Трамп');
    expect(people[0].stories.size).toBe(2);
  });

  it('splits a place glued to a name, and never lists a person as a place', () => {
    const idx = index({
      a: 'Санкции США Дональда Трампа ударили по экспорту.',
      b: 'Пошлины США Дональда Трампа обсудили в Пекине.',
    });
    const names = [...idx.entities.values()].map((e) => `${e.kind}:${e.name}`).sort();
    expect(names).toContain('place:США');
    expect(names).toContain('person:Дональд Трамп');
    expect(names.some((n) => n.startsWith('person:США'))).toBe(false);
  });

  it('merges Путин, Путина, В. В. Путин, Vladimir Putin and Putin into one entity, counting mentions', () => {
    const idx = index({
      a: 'Президент России Владимир Путин заявил, что переговоры продолжатся.',
      b: 'Заявление прозвучало в среду. Песков подтвердил слова Путина.',
      c: 'Ответ дал В. В. Путин в пятницу.',
      d: 'Russian President Vladimir Putin said talks would go on. Putin spoke in the Kremlin.',
      e: 'Officials met on Tuesday. Later Putin said ties were strong.',
    });
    const putin = idx.resolve('Putin');
    expect(putin).toHaveLength(1);
    expect(putin[0].aliases).toEqual(expect.arrayContaining(['Владимир Путин', 'Путина', 'Путин', 'Vladimir Putin', 'Putin']));
    expect([...putin[0].stories.keys()].sort()).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(putin[0].mentions).toBe(6);
    expect(idx.resolve('Путину')[0]?.id).toBe(putin[0].id);
  });

  it('merges a place across scripts through the exonym table', () => {
    const idx = index({ a: 'Делегация прибыла в Москву накануне.', b: 'The delegation arrived in Moscow on Monday.' });
    const moscow = idx.resolve('Moscow');
    expect(moscow).toHaveLength(1);
    expect([...moscow[0].stories.keys()].sort()).toEqual(['a', 'b']);
  });

  it('merges two transliterations of one given name, and keeps the lone surname seen once', () => {
    const idx = index({
      a: 'President Volodymyr Zelensky arrived in Paris.',
      b: 'Президент Украины Владимир Зеленский прибыл в Париж.',
      c: 'Ukrainian President Volodymyr Zelensky spoke on Monday.',
      d: 'Встреча прошла в среду, сообщил Зеленский журналистам.',
    });
    const zel = idx.resolve('Zelensky');
    expect(zel).toHaveLength(1);
    expect([...zel[0].stories.keys()].sort()).toEqual(['a', 'b', 'c', 'd']);
    expect(idx.resolveKey('person', extractEntities('сообщил Зеленский журналистам.')[0].key)).toBe(true);
  });

  it('one body under its abbreviation and name in both scripts: UN, ООН, United Nations; WHO and ВОЗ', () => {
    const idx = index({
      a: 'UN officials arrived on Monday.',
      b: 'Генсек ООН выступил в среду.',
      c: 'The United Nations voted late on Monday.',
      d: 'The WHO said the outbreak was contained.',
      e: 'ВОЗ заявила, что вспышка локализована.',
    });
    const un = idx.resolve('UN');
    expect(un).toHaveLength(1);
    expect(idx.resolve('ООН')[0]?.id).toBe(un[0].id);
    expect(idx.resolve('United Nations')[0]?.id).toBe(un[0].id);
    expect([...un[0].stories.keys()].sort()).toEqual(['a', 'b', 'c']);
    const who = idx.resolve('WHO');
    expect(who).toHaveLength(1);
    expect([...who[0].stories.keys()].sort()).toEqual(['d', 'e']);
  });

  it('one person under the Russian conventions for Portuguese and Japanese names, titles left out', () => {
    const idx = index({
      a: 'UN Secretary-General Antonio Guterres called for a ceasefire.',
      b: 'Генсек ООН Антониу Гутерриш призвал к прекращению огня.',
      c: 'Japanese Prime Minister Fumio Kishida will host the summit.',
      d: 'Премьер-министр Фумио Кисида проведет саммит.',
      e: 'В парламенте Кисиду поддержали.',
    });
    const guterres = idx.resolve('Guterres');
    expect(guterres.map((e) => e.name)).toEqual(['Antonio Guterres']);
    expect(idx.resolve('Гутерриш')[0]?.id).toBe(guterres[0].id);
    const kishida = idx.resolve('Kishida');
    expect(kishida).toHaveLength(1);
    expect(idx.resolve('Кисида')[0]?.id).toBe(kishida[0].id);
    expect([...kishida[0].stories.keys()].sort()).toEqual(['c', 'd', 'e']);
  });

  it('one person when Russian writes a Germanic J as Й, and two people when the given names differ', () => {
    const idx = index({
      a: 'NATO chief Jens Stoltenberg said the alliance would respond.',
      b: 'Генсек НАТО Йенс Столтенберг заявил, что альянс ответит.',
      c: 'Ivanka Trump visited the factory on Monday.',
      d: 'Министр встретился с Дональдом Трампом в Вашингтоне.',
    });
    const jens = idx.resolve('Jens Stoltenberg');
    expect(jens).toHaveLength(1);
    expect(idx.resolve('Йенс Столтенберг')[0]?.id).toBe(jens[0].id);
    expect(idx.resolve('Ivanka Trump')[0]?.id).not.toBe(idx.resolve('Дональд Трамп')[0]?.id);
  });

  it('a country under the older Russian name news still uses is the country, split from the name after it', () => {
    const idx = index({
      a: 'Президент Белоруссии Александр Лукашенко принял делегацию.',
      b: 'Belarus said the border would stay open.',
    });
    const belarus = idx.resolve('Belarus');
    expect(belarus).toHaveLength(1);
    expect([...belarus[0].stories.keys()].sort()).toEqual(['a', 'b']);
    expect(idx.resolve('Лукашенко').map((e) => e.name)).toEqual(['Александр Лукашенко']);
  });

  it('a country of two words is a place in both scripts, and the bodies stay organisations', () => {
    const idx = index({
      a: 'The envoy flew from Sri Lanka to New Zealand, and the United Nations and NATO were told.',
      b: 'Посланник прилетел из Шри-Ланки. Шри-Ланка и ООН договорились.',
      c: 'Saudi Arabia and South Africa met in Costa Rica.',
    });
    const kindOf = (name: string) => idx.resolve(name).map((e) => e.kind);
    for (const place of ['Sri Lanka', 'New Zealand', 'Saudi Arabia', 'South Africa', 'Costa Rica'])
      expect(kindOf(place)).toEqual(['place']);
    expect([...idx.resolve('Sri Lanka')[0].stories.keys()].sort()).toEqual(['a', 'b']);
    expect(kindOf('United Nations')).toEqual(['org']);
    expect(kindOf('NATO')).toEqual(['org']);
  });

  it('two places that sound alike stay two: Colombo is not Colombia', () => {
    const idx = index({
      a: 'COLOMBO (AFP) - The government in Colombo said talks with the rebels would resume in Colombo.',
      b: 'BOGOTA - The government of Colombia said Colombia would free the hostages.',
      c: 'Заложников в Колумбии освободят в пятницу.',
    });
    const colombia = idx.resolve('Colombia');
    expect(colombia).toHaveLength(1);
    expect([...colombia[0].stories.keys()].sort()).toEqual(['b', 'c']);
    expect(colombia[0].aliases.some((a) => /colombo/i.test(a))).toBe(false);
    expect([...idx.resolve('Colombo')[0].stories.keys()]).toEqual(['a']);
  });

  it('one person under a three-word name in both scripts: Recep Tayyip Erdogan and Реджеп Тайип Эрдоган', () => {
    const idx = index({
      a: 'Turkish President Recep Tayyip Erdogan told reporters the corridor would stay open.',
      b: 'Президент Турции Реджеп Тайип Эрдоган заявил журналистам, что коридор останется открытым.',
      c: 'Вчера Эрдоган встретился с делегацией.',
    });
    const people = idx.resolve('Erdogan');
    expect(people).toHaveLength(1);
    expect(people[0].name).toBe('Recep Tayyip Erdogan');
    expect([...people[0].stories.keys()].sort()).toEqual(['a', 'b', 'c']);
  });
});
