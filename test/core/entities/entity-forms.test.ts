import { describe, expect, it } from 'vitest';
import { extractStoryEntities } from '../../../electron/core/entities/extract';
import { EntityIndex } from '../../../electron/core/entities/entity-index';
import { entityForms } from '../../../electron/core/entities/entity-forms';

const STORIES: Record<string, string> = {
  en1: 'Russian President Vladimir Putin met Chinese leader Xi Jinping in Beijing on Tuesday.',
  en2: 'Putin said the talks with Xi Jinping were useful.',
  ru1: 'Президент России Владимир Путин провёл переговоры в Пекине.',
  ru2: 'Слова Путина процитировали агентства.',
  ru3: 'Письмо направили Путину накануне, сообщил Кремль.',
};

describe('the forms an entity was seen in, and in which stories', () => {
  const per = new Map(Object.entries(STORIES).map(([id, t]) => [id, extractStoryEntities(t)]));
  const index = new EntityIndex(per, { merges: [], splits: [] });
  const putin = index.resolve('Putin')[0];

  it('lists every script and case form with the stories that wrote it', () => {
    const forms = entityForms(putin, putin.stories.keys(), (sid) => per.get(sid) ?? []);
    const byForm = new Map(forms.map((f) => [f.form, f.storyIds.sort()]));
    expect(byForm.get('Путина')).toEqual(['ru2']);
    expect(byForm.get('Путину')).toEqual(['ru3']);
    expect([...byForm.keys()].some((f) => /Putin/.test(f))).toBe(true);
    expect([...byForm.keys()].some((f) => /Путин$/.test(f))).toBe(true);
    // Every story of the entity is under at least one form.
    expect(new Set(forms.flatMap((f) => f.storyIds))).toEqual(new Set(putin.stories.keys()));
    // Most-used first.
    expect(forms.map((f) => f.stories)).toEqual([...forms.map((f) => f.stories)].sort((a, b) => b - a));
  });

  it('counts every story but lists only the first few per form', () => {
    const many = new Map(Array.from({ length: 30 }, (_, i) => [`s${i}`, extractStoryEntities('Слова Путина процитировали агентства.')]));
    const idx = new EntityIndex(many, { merges: [], splits: [] });
    const e = idx.resolve('Путин')[0];
    const [f] = entityForms(e, e.stories.keys(), (sid) => many.get(sid) ?? [], 5);
    expect(f).toEqual({ form: 'Путина', stories: 30, storyIds: ['s0', 's1', 's2', 's3', 's4'] });
  });
});
