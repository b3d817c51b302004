import { describe, expect, it } from 'vitest';
import { FullTextIndex } from '../../../electron/core/search/full-text-index';
import { parseQuery } from '../../../electron/core/search/query-parser';
import { runSearch } from '../../../electron/core/search/search-engine';
import { docsEngine, type Doc } from './docs-engine';

const DOCS: Doc[] = [
  { id: 'ru-putin', title: 'Переговоры в Кремле', body: 'Путин провёл встречу с министрами.' },
  { id: 'ru-putina', title: 'Визит', body: 'Заявление Путина прозвучало в среду.' },
  { id: 'ru-putinu', title: 'Письмо', body: 'Письмо направили Путину накануне.' },
  { id: 'en-putin', title: 'Kremlin talks', body: 'President Vladimir Putin met ministers on Monday.' },
  { id: 'ru-lavrov', title: 'Дипломатия', body: 'Министр Сергей Лавров прибыл в Пекин.' },
  { id: 'ru-lavrova', title: 'Слова министра', body: 'Слова Лаврова процитировали агентства.' },
  { id: 'ru-moskve', title: 'Саммит', body: 'Встреча прошла в Москве во вторник.' },
  { id: 'ru-moskvy', title: 'Погода', body: 'Жители Москвы ждут снега.' },
  { id: 'en-moscow', title: 'Summit', body: 'MOSCOW (Reuters) – Leaders met in Moscow on Tuesday.' },
  { id: 'en-sanctioned', title: 'Banks', body: 'Two banks were sanctioned by the treasury.' },
  { id: 'en-senator', title: 'Hearing', body: 'A senator asked about the budget.' },
  { id: 'en-nato', title: 'Alliance', body: 'NATO allies met in Brussels.' },
  { id: 'en-lavrovs', title: 'Aides', body: 'Lavrovs aides briefed reporters.' },
  { id: 'hidden-only', title: 'Photo gallery', body: 'Pictures from the week.', hidden: 'Tweet by @user: Zelensky thanks allies' },
  { id: 'clean-zel', title: 'Kyiv visit', body: 'Zelensky thanked allies in Kyiv.' },
];

const search = (q: string, docs?: Doc[]) => {
  const { index, ctx } = docsEngine(docs ?? DOCS);
  return runSearch(index, ctx, parseQuery(q), 50, false);
};
const ids = (q: string) =>
  search(q)
    .results.map((r) => r.storyId)
    .sort();

describe('cross-script and inflection-aware search', () => {
  it('Putin finds Путин, Путина and Путину, and Путин finds Putin', () => {
    expect(ids('Putin')).toEqual(['en-putin', 'ru-putin', 'ru-putina', 'ru-putinu']);
    expect(ids('Путин')).toEqual(['en-putin', 'ru-putin', 'ru-putina', 'ru-putinu']);
    expect(ids('Путину')).toEqual(['en-putin', 'ru-putin', 'ru-putina', 'ru-putinu']);
  });

  it('lavrov finds Лавров and Лаврова', () => {
    expect(ids('lavrov')).toEqual(expect.arrayContaining(['ru-lavrov', 'ru-lavrova']));
  });

  it('Москва finds Moscow, Москве and Москвы through the exonym table and the stemmer', () => {
    expect(ids('Москва')).toEqual(['en-moscow', 'ru-moskve', 'ru-moskvy']);
    expect(ids('moscow')).toEqual(['en-moscow', 'ru-moskve', 'ru-moskvy']);
  });

  it('capitals CLDR has no time zone for still meet their Russian names: Beijing, Kyiv/Kiev, Washington', () => {
    const docs: Doc[] = [
      { id: 'en-beijing', title: 'Talks', body: 'Officials in Beijing welcomed the visit.' },
      { id: 'ru-pekin', title: 'Переговоры', body: 'Переговоры прошли в Пекине в среду.' },
      { id: 'en-kyiv', title: 'Visit', body: 'The delegation arrived in Kyiv.' },
      { id: 'en-kiev', title: 'Archive', body: 'A 2014 report from Kiev.' },
      { id: 'ru-kiev', title: 'Визит', body: 'Делегация прибыла в Киев.' },
      { id: 'en-wash', title: 'Sanctions', body: 'Washington imposed new measures.' },
      { id: 'ru-wash', title: 'Санкции', body: 'В Вашингтоне заявили о новых мерах.' },
    ];
    const found = (q: string) =>
      search(q, docs)
        .results.map((r) => r.storyId)
        .sort();
    expect(found('Beijing')).toEqual(['en-beijing', 'ru-pekin']);
    expect(found('Пекин')).toEqual(['en-beijing', 'ru-pekin']);
    for (const q of ['Kyiv', 'Kiev', 'Киев']) expect(found(q)).toEqual(['en-kiev', 'en-kyiv', 'ru-kiev']);
    expect(found('Washington')).toEqual(['en-wash', 'ru-wash']);
    expect(found('Вашингтон')).toEqual(['en-wash', 'ru-wash']);
  });

  it('multi-word names and abbreviations meet across scripts, and only as names', () => {
    const docs: Doc[] = [
      { id: 'us-dots', title: 'Treasury', body: 'The U.S. Treasury said on Tuesday it would act.' },
      { id: 'us-full', title: 'Aid', body: 'The United States will send aid.' },
      { id: 'us-caps', title: 'Troops', body: 'US officials and USA Today reported it.' },
      { id: 'ru-ssha', title: 'Санкции', body: 'В США заявили о санкциях.' },
      { id: 'ru-full', title: 'Договор', body: 'Власти Соединенных Штатов согласились.' },
      { id: 'pronoun', title: 'Interview', body: 'He told us on Monday that it was over.' },
      { id: 'un', title: 'Council', body: 'The United Nations Security Council met.' },
      { id: 'oon', title: 'Генсек', body: 'Генсек ООН выступил в среду.' },
      { id: 'eu', title: 'Summit', body: 'EU leaders met in Brussels.' },
      { id: 'es', title: 'Саммит', body: 'Лидеры ЕС договорились. Евросоюз согласовал план.' },
      { id: 'nato', title: 'Alliance', body: 'NATO allies met.' },
      { id: 'nato-ru', title: 'Альянс', body: 'Страны НАТО встретились.' },
      { id: 'senator', title: 'Hearing', body: 'A senator asked about the budget.' },
    ];
    const found = (q: string) =>
      search(q, docs)
        .results.map((r) => r.storyId)
        .sort();
    const us = ['ru-full', 'ru-ssha', 'us-caps', 'us-dots', 'us-full'];
    for (const q of ['США', 'U.S.', 'USA', 'United States', '"United States"', 'Соединенные Штаты']) expect(found(q)).toEqual(us);
    // Typed in capitals, "US" is the country only; typed "us", it is the word too. США never means "told us".
    expect(found('US')).toEqual(us);
    expect(found('us')).toEqual([...us, 'pronoun'].sort());
    for (const q of ['ООН', 'UN', '"United Nations"']) expect(found(q)).toEqual(['oon', 'un']);
    for (const q of ['ЕС', 'EU', 'Евросоюз']) expect(found(q)).toEqual(['es', 'eu']);
    for (const q of ['НАТО', 'NATO']) expect(found(q)).toEqual(['nato', 'nato-ru']);
    expect(found('senator')).toEqual(['senator']);
    const r = search('США', docs).results.find((x) => x.storyId === 'us-caps')!;
    expect(r.snippet.marks.map((m) => r.snippet.text.slice(m.start, m.end))).toEqual(['US', 'USA']);
  });

  it('sanctions finds sanctioned (English stemming), beyond what typo tolerance reaches', () => {
    expect(ids('sanctions')).toEqual(['en-sanctioned']);
    expect(ids('sanctioning')).toEqual(['en-sanctioned']);
  });

  it('the exact operator asks for the word as written', () => {
    expect(ids('="Lavrov"')).toEqual([]);
    expect(ids('="Лаврова"')).toEqual(['ru-lavrova']);
    expect(ids('="sanctioned"')).toEqual(['en-sanctioned']);
    expect(ids('="sanctions"')).toEqual([]);
    expect(ids('="Vladimir Putin"')).toEqual(['en-putin']);
  });

  it('never counts a substring: NATO is not in senator', () => {
    expect(ids('NATO')).toEqual(['en-nato']);
  });

  it('matches multi-word names word by word, inflection-aware, and as a phrase', () => {
    const docs: Doc[] = [
      { id: 'may', title: 'Брексит', body: 'Встреча с Терезой Мэй прошла в Лондоне.' },
      { id: 'other', title: 'Тереза', body: 'Тереза приехала. Мэй не было.' },
    ];
    expect(
      search('Тереза Мэй', docs)
        .results.map((r) => r.storyId)
        .sort(),
    ).toEqual(['may', 'other']);
    expect(search('"Тереза Мэй"', docs).results.map((r) => r.storyId)).toEqual(['may']);
  });

  it('a snippet marks the form that matched', () => {
    const r = search('Путин').results.find((x) => x.storyId === 'ru-putina')!;
    const marked = r.snippet.marks.map((m) => r.snippet.text.slice(m.start, m.end));
    expect(marked).toEqual(['Путина']);
    const cross = search('Putin').results.find((x) => x.storyId === 'ru-putinu')!;
    expect(cross.snippet.marks.map((m) => cross.snippet.text.slice(m.start, m.end))).toEqual(['Путину']);
  });

  it('marks Russian forms with ё and й in a snippet as written', () => {
    const docs: Doc[] = [{ id: 'r', title: 'Визит', body: 'Лавров провёл переговоры с Зеленским и Китаем.' }];
    const r = search('провел зеленский', docs).results[0];
    expect(r.snippet.marks.map((m) => r.snippet.text.slice(m.start, m.end))).toEqual(['провёл', 'Зеленским']);
  });

  it('finds text in a dateline', () => {
    expect(ids('MOSCOW Reuters')).toEqual(['en-moscow']);
  });

  it('hidden-line hits come after clean-text hits and say so', () => {
    const r = search('zelensky allies');
    expect(r.results.map((x) => x.storyId)).toEqual(['clean-zel', 'hidden-only']);
    expect(r.results.map((x) => x.tier)).toEqual([undefined, 'hidden']);
    const marked = r.results[1].snippet.marks.map((m) => r.results[1].snippet.text.slice(m.start, m.end));
    expect(marked).toEqual(['Zelensky', 'allies']);
    expect(search('zelensky allies', DOCS).total).toBe(2);
  });

  it('keeps word forms and hidden lines through the index snapshot', () => {
    const { index, ctx } = docsEngine(DOCS);
    const reopened = FullTextIndex.deserialize(index.serialize())!;
    const r = runSearch(reopened, ctx, parseQuery('Путин'), 50, false);
    expect(r.results.map((x) => x.storyId).sort()).toEqual(['en-putin', 'ru-putin', 'ru-putina', 'ru-putinu']);
    const hidden = runSearch(reopened, ctx, parseQuery('zelensky allies'), 50, false);
    expect(hidden.results.map((x) => [x.storyId, x.tier])).toEqual([
      ['clean-zel', undefined],
      ['hidden-only', 'hidden'],
    ]);
    reopened.remove('hidden-only');
    expect(runSearch(reopened, ctx, parseQuery('zelensky'), 50, false).results.map((x) => x.storyId)).toEqual(['clean-zel']);
  });
});

describe('folding Russian', () => {
  it('folds every Cyrillic letter as the full Unicode decomposition would', async () => {
    const { foldToken } = await import('../../../electron/core/search/fold');
    const slow = (w: string) =>
      w
        .toLowerCase()
        .normalize('NFKD')
        .replace(/\p{M}+/gu, '');
    for (let c = 0x400; c <= 0x4ff; c++) {
      const w = `a${String.fromCharCode(c)}Б`;
      expect(foldToken(w)).toBe(slow(w));
    }
  });
});
