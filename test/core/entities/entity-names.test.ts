import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../../electron/core/entities/extract';
import { EntityIndex } from '../../../electron/core/entities/entity-index';
import type { StoryEntity } from '../../../electron/core/entities/types';

const index = (stories: Record<string, string>) =>
  new EntityIndex(new Map(Object.entries(stories).map(([id, text]) => [id, extractEntities(text)] as [string, StoryEntity[]])), {
    merges: [],
    splits: [],
  });

describe('entity display names', () => {
  it('names an entity by the spelling most stories wrote, not the longest one merged into it', () => {
    const idx = index({
      s1: 'Talks were held in Tehran, and officials in Iran said the deal was close.',
      s2: 'The navy of Iran seized a tanker near the strait on a calm morning.',
      s3: 'Sanctions on banks were lifted, officials in Irani media said.',
    });
    const iran = idx.resolve('Iran')[0];
    expect(iran.aliases).toEqual(expect.arrayContaining(['Iran', 'Irani']));
    expect(iran.name).toBe('Iran');
  });

  it('still prefers the fullest name to a shorter form written more often', () => {
    const idx = index({
      s1: 'President Xi Jinping spoke on Monday.',
      s2: 'Talks went well, Xi said on Tuesday.',
      s3: 'Officials said Xi would travel soon.',
    });
    expect(idx.resolve('Xi')[0].name).toBe('Xi Jinping');
  });

  it('counts spellings that differ only in case as one, and shows the one not in capitals', () => {
    const idx = index({
      s1: 'HARLOW (Wire) - The council of Harlow met on a wet evening.',
      s2: 'HARLOW (Wire) - Schools near Harlow opened late after the storm.',
      s3: 'HARLOW (Wire) - Roads out of the town were closed for the night.',
      s4: 'Farmers in Harlowe said the storm had passed by the morning.',
      s5: 'Farmers in Harlowe said the rain had stopped by noon.',
    });
    // Three stories wrote HARLOW in a dateline, two Harlow, two Harlowe: Harlow, in five.
    expect(idx.resolve('Harlow')[0].name).toBe('Harlow');
  });
});
