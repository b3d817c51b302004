import { describe, expect, it } from 'vitest';
import { parseQuery, QuerySyntaxError } from '../../../electron/core/search/query-parser';

describe('parseQuery', () => {
  it('splits words, phrases, exclusions and filters, combined freely', () => {
    const q = parseQuery(
      'Lavrov "Wang Yi" -sanctions -"joint statement" tag:region/korea entity:"Wang Yi" source:Reuters ' +
        'after:2024-01-01 before:2024-06 file:2024 has:highlight lang:RU -source:TASS',
    );
    expect(q.words).toEqual(['lavrov']);
    expect(q.phrases).toEqual([['wang', 'yi']]);
    expect(q.excludeWords).toEqual(['sanctions']);
    expect(q.excludePhrases).toEqual([['joint', 'statement']]);
    expect(q.filters).toEqual([
      { key: 'tag', value: 'region/korea', negate: false },
      { key: 'entity', value: 'Wang Yi', negate: false },
      { key: 'source', value: 'Reuters', negate: false },
      { key: 'after', value: '2024-01-01', negate: false },
      { key: 'before', value: '2024-06-01', negate: false },
      { key: 'file', value: '2024', negate: false },
      { key: 'has', value: 'highlight', negate: false },
      { key: 'lang', value: 'ru', negate: false },
      { key: 'source', value: 'TASS', negate: true },
    ]);
  });

  it('folds Cyrillic and accented words like the index does', () => {
    expect(parseQuery('Ёлкин Café').words).toEqual(['елкин', 'cafe']);
  });

  it.each([
    ['entity:"Wang', 'Unclosed quote after "Wang'],
    ['"Wang Yi', 'Unclosed quote after "Wang'],
    ['colour:red', 'Unknown filter "colour:"'],
    ['after:yesterday', '"after:yesterday" is not a date'],
    ['before:2024-02-30', 'not a real date'],
    ['has:notes', 'has:highlight'],
    ['lang:russian', 'not a language code'],
    ['source:', '"source:" needs a value'],
    ['- lavrov', 'must be followed by'],
    ['""', 'empty "" phrase'],
  ])('rejects %s with a message that says what to fix', (input, message) => {
    expect(() => parseQuery(input)).toThrow(QuerySyntaxError);
    expect(() => parseQuery(input)).toThrow(message);
  });

  it('treats an empty query as "everything"', () => {
    const q = parseQuery('   ');
    expect(q.words).toEqual([]);
    expect(q.filters).toEqual([]);
  });
});
