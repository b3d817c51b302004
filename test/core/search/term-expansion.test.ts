import { describe, expect, it } from 'vitest';
import { TermExpansions } from '../../../electron/core/search/term-expansion';
import { TermTable } from '../../../electron/core/search/term-table';
import { FormIndex } from '../../../electron/core/search/form-index';

function expansions(df: Record<string, number>) {
  const table = new TermTable();
  const forms = new FormIndex((t) => table.get(t));
  for (const t of Object.keys(df)) forms.add(table.intern(t), t);
  const counts = (tid: number) => df[table.terms[tid]] ?? 0;
  return { table, df, exp: new TermExpansions(table, counts, forms) };
}

describe('query-word expansion', () => {
  it('matches the word itself, longer words it starts, and near spellings, weighted in that order', () => {
    const { exp } = expansions({ sanction: 3, sanctions: 5, sanctioned: 1, lavrov: 4 });
    expect([...exp.expand({ term: 'sanction', prefix: true, fuzzy: false })]).toEqual([
      ['sanction', 1],
      ['sanctioned', 0.6],
      ['sanctions', 0.6],
    ]);
    expect([...exp.expand({ term: 'lavorv', prefix: false, fuzzy: true })]).toEqual([['lavrov', 0.4]]);
    // Typos are only looked for when the word itself is not in the index.
    expect([...exp.expand({ term: 'lavrov', prefix: false, fuzzy: true })]).toEqual([['lavrov', 1]]);
  });

  it('never offers a term no live story holds', () => {
    const { exp } = expansions({ gas: 0, gasoline: 2, gazprom: 0 });
    expect([...exp.expand({ term: 'gas', prefix: true, fuzzy: true })]).toEqual([['gasoline', 0.6]]);
  });

  it('sees terms added after a lookup once told, and forgets remembered answers when stories change', () => {
    const { table, df, exp } = expansions({ oil: 1 });
    expect([...exp.expand({ term: 'oil', prefix: true, fuzzy: false })]).toEqual([['oil', 1]]);
    table.intern('oilfield');
    df.oilfield = 1;
    exp.termsAdded();
    exp.clear();
    expect([...exp.expand({ term: 'oil', prefix: true, fuzzy: false })]).toEqual([
      ['oil', 1],
      ['oilfield', 0.6],
    ]);
  });
});
