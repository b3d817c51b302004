import { describe, expect, it } from 'vitest';
import { BriefsState } from '../../renderer/src/lib/state/briefs.svelte';
import { installFakeBridge } from './fake-bridge';
import type { Brief } from '@core/briefs/model';
import type { Highlight } from '@core/annotations/model';
import type { StorySummary } from '@core/api/views';

const BRIEF: Brief = {
  id: 'b1',
  version: 1,
  createdAt: '',
  updatedAt: '',
  title: 'Port fees',
  author: '',
  date: '2025-07-01',
  handling: '',
  summary: '',
  paper: 'A4',
  appendix: false,
  sections: [{ id: 's1', heading: 'Elsmere', items: [{ kind: 'highlight', id: 'i1', highlightId: 'h1' }] }],
};
const STORY: StorySummary = {
  id: 'st1',
  docId: 'd1',
  path: 'a.txt',
  index: 0,
  title: 'Harbour fees rise',
  date: '2025-06-12',
  source: 'Tidewater Press',
  byline: null,
  language: 'en',
  words: 100,
};
const HIGHLIGHT: Highlight = {
  id: 'h1',
  storyId: 'st1',
  docPath: 'a.txt',
  selectors: { quote: { exact: 'fees rose', prefix: '', suffix: '' }, position: { start: 5, end: 14 } },
  color: 'green',
  note: '',
  tags: [],
  createdAt: '',
  updatedAt: '',
  anchor: { status: 'ok', start: 5, end: 14, checkedAt: '' },
};

function setup() {
  return installFakeBridge({
    'briefs.list': () => [{ id: 'b1', title: 'Port fees', date: '2025-07-01', author: '', sections: 1, items: 1, updatedAt: '' }],
    'briefs.get': () => BRIEF,
    'highlights.list': () => [HIGHLIGHT],
    'stories.list': () => [STORY],
  });
}

describe('brief state at library scale', () => {
  it('uses the library’s stories instead of fetching every story again', async () => {
    const { calls } = setup();
    const briefs = new BriefsState(() => [STORY]);
    await briefs.load();
    expect(calls.map(([m]) => m)).not.toContain('stories.list');
    expect(briefs.stories.get('st1')?.title).toBe('Harbour fees rise');
    expect(briefs.highlights.get('h1')?.storyId).toBe('st1');
  });

  it('while the composer is hidden, skips every-highlight fetches and catches up when shown', async () => {
    const { calls } = setup();
    const briefs = new BriefsState(() => [STORY]);
    briefs.setShowing(false);
    await briefs.load();
    expect(briefs.itemCount).toBe(1);
    expect(calls.map(([m]) => m)).not.toContain('highlights.list');
    briefs.setShowing(true);
    await new Promise((r) => setTimeout(r, 0));
    expect(calls.filter(([m]) => m === 'highlights.list')).toHaveLength(1);
    expect(briefs.highlights.get('h1')?.selectors.quote.exact).toBe('fees rose');
  });
});
