import { describe, expect, it } from 'vitest';
import { segmentDump } from '../../../electron/core/text/segment';
import { itemTemplate } from '../../../electron/core/text/list-items';
import { expectInvariants } from './helpers';

/**
 * An article that lists items under heads of one template ("“Name” ($20)", "Stage 2: Name")
 * is one story: each head looks like a headline over its paragraph, but a sibling of the same
 * shape a few lines away makes it a list item.
 */
const INTRO = [
  'Board Games Worth Buying This Winter',
  '',
  'The shops of Velmora are full of new board games this winter, and most of them are not worth the box they come in, our reviewers found.',
  '',
  'These are the few that kept the table busy long after the first game was over.',
].join('\n');
const ITEMS = [
  [
    '“Harbour Pilots” ($35)',
    'Players steer cargo ships into a crowded port and the tides change every round, so no two games ever play out the same way.',
  ],
  [
    '“Lantern Keepers” ($20)',
    'A cooperative game about keeping a coast lit through a storm, with a rule book short enough to read aloud in ten minutes.',
  ],
  [
    '“Salt Roads” ($45)',
    'Traders haul salt across a map of mountain passes, and the bandits who wait on the passes are the other players at the table.',
  ],
];

describe('item heads of a list', () => {
  it('keep a list article in one story', () => {
    const text = `${INTRO}\n\n${ITEMS.map(([h, p]) => `${h}\n\n${p}`).join('\n\n')}\n`;
    const stories = segmentDump(text);
    expectInvariants(text, stories);
    expect(stories.map((s) => s.title)).toEqual(['Board Games Worth Buying This Winter']);
  });

  it('share a template a headline of its own does not have', () => {
    expect(itemTemplate('“Harbour Pilots” ($35)')).toBe(itemTemplate('“Salt Roads” ($45)'));
    expect(itemTemplate('Stage 2: The Mountain Pass')).toBe(itemTemplate('Stage 3: The Coast Road'));
    expect(itemTemplate('Stage 2: The Mountain Pass')).not.toBe(itemTemplate('Review: A Winter of Board Games'));
    expect(itemTemplate('Board Games Worth Buying This Winter')).toBe(0);
  });
});
