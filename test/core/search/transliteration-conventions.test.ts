import { describe, expect, it } from 'vitest';
import { parseQuery } from '../../../electron/core/search/query-parser';
import { runSearch } from '../../../electron/core/search/search-engine';
import { docsEngine, type Doc } from './docs-engine';

/** Our own short excerpts: names whose Russian spelling follows a convention, not the letters. */
const DOCS: Doc[] = [
  { id: 'en-scholz', title: 'Trade trip', body: 'Chancellor Olaf Scholz flew to Beijing for talks.' },
  { id: 'ru-scholz', title: 'Визит', body: 'В Пекине Шольца встретили с почестями.' },
  { id: 'en-kishida', title: 'Summit', body: 'Prime Minister Fumio Kishida will host the summit.' },
  { id: 'ru-kishida', title: 'Саммит', body: 'Кисиду поддержали в парламенте.' },
  { id: 'en-guterres', title: 'Ceasefire call', body: 'Antonio Guterres called for a ceasefire.' },
  { id: 'ru-guterres', title: 'Обращение', body: 'Гутерришу передали обращение жителей.' },
  { id: 'en-german', title: 'Cars', body: 'A German carmaker cut its forecast.' },
  { id: 'ru-germany', title: 'Пошлины', body: 'Германия не поддержала пошлины.' },
  { id: 'en-japanese', title: 'Markets', body: 'Japanese stocks rose on Friday.' },
  { id: 'en-japan', title: 'Rates', body: 'Japan kept rates on hold.' },
  { id: 'en-who-pronoun', title: 'Clinic', body: 'A doctor who treated patients spoke to reporters.' },
  { id: 'en-who-body', title: 'Outbreak', body: 'The WHO said the outbreak was contained.' },
  { id: 'ru-who-body', title: 'Вспышка', body: 'ВОЗ заявила, что вспышку удалось локализовать.' },
  { id: 'en-who-both', title: 'Briefing', body: 'Officials who met the WHO team said the U.S. would help us.' },
];

const ids = (q: string) => {
  const { index, ctx } = docsEngine(DOCS);
  return runSearch(index, ctx, parseQuery(q), 50, false)
    .results.map((r) => r.storyId)
    .sort();
};

describe('names across scripts under transliteration conventions', () => {
  it('a German z is a Russian ц: Scholz finds Шольца and Шольц finds Scholz', () => {
    expect(ids('Scholz')).toEqual(['en-scholz', 'ru-scholz']);
    expect(ids('Шольц')).toEqual(['en-scholz', 'ru-scholz']);
  });

  it('a Japanese "shi" is "си": Kishida finds Кисиду and Кисида finds Kishida', () => {
    expect(ids('Kishida')).toEqual(['en-kishida', 'ru-kishida']);
    expect(ids('Кисида')).toEqual(['en-kishida', 'ru-kishida']);
  });

  it('a Portuguese final s is "ш": Guterres finds Гутерришу and Гутерриш finds Guterres', () => {
    expect(ids('Guterres')).toEqual(['en-guterres', 'ru-guterres']);
    expect(ids('Гутерриш')).toEqual(['en-guterres', 'ru-guterres']);
  });

  it('a country is not its adjective, in either script', () => {
    expect(ids('Германия')).toEqual(['ru-germany']);
    expect(ids('Japan')).toEqual(['en-japan']);
  });

  it('WHO typed in capitals is the body in both scripts, not the word "who"', () => {
    expect(ids('WHO')).toEqual(['en-who-body', 'en-who-both', 'ru-who-body']);
    expect(ids('ВОЗ')).toEqual(['en-who-body', 'en-who-both', 'ru-who-body']);
  });

  it('the snippet marks the abbreviation as written in capitals, not the word it spells', () => {
    const marked = (q: string, id: string) => {
      const { index, ctx } = docsEngine(DOCS);
      const hit = runSearch(index, ctx, parseQuery(q), 50, false).results.find((r) => r.storyId === id)!;
      return hit.snippet.marks.map((m) => hit.snippet.text.slice(m.start, m.end));
    };
    expect(marked('WHO', 'en-who-both')).toEqual(['WHO']);
    expect(marked('ВОЗ', 'ru-who-body')).toEqual(['ВОЗ']);
    expect(marked('USA', 'en-who-both')).toEqual(['U.S.']);
  });
});
