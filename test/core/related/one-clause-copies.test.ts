import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findDuplicates } from '../../../electron/core/related/duplicates';
import { signature } from '../../../electron/core/related/minhash';
import { terms } from '../../../electron/core/search/tokenize';
import { FIXTURES } from '../../support/label-score';

const stories = readdirSync(FIXTURES)
  .filter((f) => f.endsWith('.txt') && !f.startsWith('04_'))
  .map((f) => ({ name: f, text: readFileSync(join(FIXTURES, f), 'utf8') }));
/** Briefs and reposts often carry only the headline and the lead: 40-70 words, where one clause is a large share. */
const leads = stories.map((s) => ({
  name: s.name,
  text: s.text
    .split(/\n\s*\n/)
    .slice(0, 2)
    .join('\n\n'),
}));

const item = (id: string, text: string) => ({
  id,
  signature: signature(text),
  exactHash: `${id}:${text.length}`,
  terms: () => terms(text),
  words: terms(text).length,
});

/** The copy a wire desk or a reposting site makes: the same story with one clause added, dropped or reworded. */
function oneClauseVariants(text: string): string[] {
  const sentences = text.split(/(?<=[.!?])\s+/);
  const mid = Math.floor(sentences.length / 2);
  const edit = (f: (s: string) => string) => sentences.map((s, i) => (i === mid ? f(s) : s)).join(' ');
  return [
    edit((s) => s.replace(/[.!?]$/, ', according to officials who spoke on condition of anonymity.')),
    edit(
      (s) =>
        s
          .split(' ')
          .slice(0, Math.max(3, Math.ceil(s.split(' ').length / 2)))
          .join(' ') + '.',
    ),
    edit((s) => `A spokesman declined to comment further on what was agreed. ${s}`),
  ];
}

describe('near-duplicates that differ by one clause', () => {
  it.each([
    ['whole stories', stories],
    ['headline and lead only', leads],
  ])('finds every one-clause copy (%s), and joins no two different stories', async (_, set) => {
    const items = set.flatMap((s, i) => [item(`s${i}`, s.text), ...oneClauseVariants(s.text).map((v, k) => item(`s${i}v${k}`, v))]);
    const clusters = await findDuplicates(items);
    const groupOf = new Map(clusters.flatMap((c) => c.storyIds.map((id) => [id, c.id] as const)));
    const missed = items.filter((it) => it.id.includes('v') && groupOf.get(it.id) !== groupOf.get(it.id.split('v')[0]));
    expect(missed.map((m) => m.id)).toEqual([]);
    for (const c of clusters) expect(new Set(c.storyIds.map((id) => id.split('v')[0])).size).toBe(1);
  });

  it('does not take two stories that share a quoted passage for copies', async () => {
    const [a, b] = stories;
    const quote = a.text
      .split(/(?<=[.!?])\s+/)
      .slice(1, 3)
      .join(' ');
    const clusters = await findDuplicates([item('a', a.text), item('b', `${b.text}\n\n${quote}`)]);
    expect(clusters).toEqual([]);
  });

  it('never joins stories that have no words at all', async () => {
    const clusters = await findDuplicates([item('a', '.'), item('b', '—'), item('c', '12 ... ??')]);
    expect(clusters.flatMap((c) => c.storyIds).filter((id) => id !== 'c')).toEqual([]);
  });
});
