import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../../electron/core/entities/extract';

const names = (text: string) => extractEntities(text).map((e) => e.name);

describe('where a name starts and ends: headlines, dates, compound adjectives', () => {
  it('cuts a headline name to the form the body names ("Wins" is not part of it), offsets exact', () => {
    const text =
      'Golfer Anna Lindqvist Wins Fourth Title At Are\n\nOn a windy day the golfer Anna Lindqvist took the title by three shots.';
    const ents = extractEntities(text);
    const anna = ents.find((e) => e.name === 'Anna Lindqvist')!;
    expect(anna.count).toBe(2);
    expect(anna.offsets.map(([s, e]) => text.slice(s, e))).toEqual(['Anna Lindqvist', 'Anna Lindqvist']);
    expect(names(text).some((n) => n.includes('Wins'))).toBe(false);
  });

  it('cuts a headline run to a surname the body gives a person, who then joins that person', () => {
    const text = 'BOARD DENIES HOLMBERG SPECULATION\n\nThe club said on the day that Erik Holmberg had not been approached by anyone.';
    const ents = extractEntities(text);
    expect(ents.map((e) => e.name)).toEqual(['Erik Holmberg']);
    expect(ents[0].offsets.map(([s, e]) => text.slice(s, e))).toEqual(['HOLMBERG', 'Erik Holmberg']);
  });

  it('takes no word of a headline in capitals for an acronym, but keeps acronyms in other headlines', () => {
    const shouted = 'BOARD DENIES TRANSFER TALK\n\nThe club said on the day that nobody had been approached.';
    // A run of such words may still be kept as a weak name (the library drops it unless repeated).
    expect(extractEntities(shouted).filter((e) => e.kind === 'org' || e.strong)).toEqual([]);
    const mixed = 'NATO Leaders Meet in Riga Today\n\nThe talks of NATO ministers ran late into the night.';
    expect(extractEntities(mixed).find((e) => e.name === 'NATO')?.kind).toBe('org');
  });

  it('keeps a headline name whole when the body spells it in full or not at all', () => {
    const paper =
      'Harlan Valley Gazette Reports Record Harvest Figures\n\nFarmers told the Harlan Valley Gazette that the harvest was the best in years.';
    expect(names(paper)).toContain('Harlan Valley Gazette');
    // Nothing in the body says where the name ends: the run is left as it was.
    const alone = names('Golfer Markus Tervo Leads at Tampere\n\nThe leader had a round of three under par on the first day.');
    expect(alone.some((n) => n.startsWith('Markus Tervo'))).toBe(true);
  });

  it('drops a weekday or month after a two-word name, but keeps "Super Tuesday"', () => {
    const text = 'The champion, Anna Lindqvist Sunday, said she would rest. Voters turned out on Super Tuesday in Ohio.';
    const got = names(text);
    expect(got).toContain('Anna Lindqvist');
    expect(got.some((n) => n.includes('Sunday'))).toBe(false);
    expect(got).toContain('Super Tuesday');
  });

  it('leaves a compound adjective out of the name it describes, and what comes before it', () => {
    const text = 'Top-seeded Anna Lindqvist beat the holder. Shares of New York-based Harlan Tankers rose on the news.';
    const got = names(text);
    expect(got).toContain('Anna Lindqvist');
    expect(got).toContain('Harlan Tankers');
    expect(got.some((n) => /seeded|based|New York-/.test(n))).toBe(false);
  });

  it('takes a thing written in capitals ("TV", "DVD", "CEO") for no name, but keeps the name it heads', () => {
    const text = 'The film came out on DVD and the CEO said TV rights were sold to Harlan TV in March.';
    const got = extractEntities(text).map((e) => [e.kind, e.name]);
    expect(got).toEqual([['org', 'Harlan TV']]);
  });
});
