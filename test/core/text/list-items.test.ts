import { describe, expect, it } from 'vitest';
import { segmentDump } from '../../../electron/core/text/segment';
import { itemTemplate } from '../../../electron/core/text/list-items';
import { expectInvariants, HARBOUR, ORCHARD } from './helpers';

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

  it('keep a list article in one story when a rule took a sibling head for a caption', () => {
    // "(Hills/Coast)" reads as a photo credit "(Agency/Name)", so the second head is noise.
    const text = [
      'A Cycling Tour Around the Harbour',
      '',
      'The tour of Velmora runs over two days this year, and the riders we asked had strong views on which of the stages would decide it.',
      '',
      'The Stages',
      'Stage 1: Brenner Quay to Castell Point (Flat)',
      'Riders leave the quay at nine and follow the shore road north, where a crosswind off the bay has split the field in each of the last three years.',
      'Stage 2: Castell Point to Marlow (Hills/Coast)',
      'The second day climbs the ridge above Marlow twice before the long descent to the harbour, and the climbers expect to gain minutes there.',
      '',
    ].join('\n');
    const stories = segmentDump(text);
    expectInvariants(text, stories);
    expect(stories.map((s) => s.title)).toEqual(['A Cycling Tour Around the Harbour']);
  });

  it('take a panel of "Name - Role" lines for a list, not for story heads', () => {
    const head = 'Growers of the Arden valley expect their biggest apple harvest in a decade';
    const text = [
      'Ferry Route Approved for Tolm',
      '',
      HARBOUR,
      '',
      'The board heard from three speakers before the vote.',
      '',
      'Ann Example - Harbour Master, Port of Velmora',
      '',
      'Bo Sample - Chair, Tolm Island Council, North Isles',
      '',
      'Cy Person - Director, Brenner Marine Consulting, Marlow',
      '',
      head,
      '',
      ORCHARD,
      '',
    ].join('\n');
    const stories = segmentDump(text);
    expectInvariants(text, stories);
    expect(stories.map((s) => s.title)).toEqual(['Ferry Route Approved for Tolm', head]);
    // The panel stays in the first story: the second starts at its own headline.
    expect(text.slice(stories[1].start).startsWith(head)).toBe(true);
  });

  it('share a template a headline of its own does not have', () => {
    expect(itemTemplate('“Harbour Pilots” ($35)')).toBe(itemTemplate('“Salt Roads” ($45)'));
    expect(itemTemplate('Stage 2: The Mountain Pass')).toBe(itemTemplate('Stage 3: The Coast Road'));
    expect(itemTemplate('Stage 2: The Mountain Pass')).not.toBe(itemTemplate('Review: A Winter of Board Games'));
    expect(itemTemplate('Ann Example - Chair, Tolm Island Council')).toBe(itemTemplate('Bo Sample - Director, Velmora Ferries'));
    expect(itemTemplate('Ann Example - Chair, Tolm Island Council')).not.toBe(0);
    expect(itemTemplate('Board Games Worth Buying This Winter')).toBe(0);
  });
});
