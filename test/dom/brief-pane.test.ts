import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/svelte';
import { flushSync, tick } from 'svelte';
import BriefPane from '../../renderer/src/panes/brief/BriefPane.svelte';
import { BriefsState } from '../../renderer/src/lib/state/briefs.svelte';
import { installFakeBridge } from './fake-bridge';
import type { Brief } from '@core/briefs/model';
import type { Highlight } from '@core/annotations/model';
import type { StorySummary } from '@core/api/views';

const BRIEF: Brief = {
  id: 'b1',
  version: 1,
  createdAt: '2025-07-01T09:00:00Z',
  updatedAt: '2025-07-01T09:00:00Z',
  title: 'Port fees',
  author: 'Zoë',
  date: '2025-07-01',
  handling: 'Internal',
  summary: 'Fees are up.',
  paper: 'A4',
  appendix: false,
  sections: [
    {
      id: 's1',
      heading: 'Elsmere',
      items: [
        { kind: 'highlight', id: 'i1', highlightId: 'h1' },
        { kind: 'text', id: 'i2', text: 'Watch the quay.' },
      ],
    },
    { id: 's2', heading: 'Ministry', items: [{ kind: 'highlight', id: 'i3', highlightId: 'h2' }] },
  ],
};
const HIGHLIGHTS: Highlight[] = [
  {
    id: 'h1',
    storyId: 'st1',
    docPath: 'a.txt',
    selectors: { quote: { exact: 'fees rose to £40 <script>alert(1)</script>', prefix: '', suffix: '' }, position: { start: 5, end: 40 } },
    color: 'green',
    note: 'Big jump.',
    tags: ['fees'],
    createdAt: '',
    updatedAt: '',
    anchor: { status: 'ok', start: 5, end: 40, checkedAt: '' },
  },
  {
    id: 'h2',
    storyId: 'st2',
    docPath: 'b.txt',
    selectors: { quote: { exact: 'сборы останутся прежними', prefix: '', suffix: '' }, position: { start: 1, end: 9 } },
    color: 'blue',
    note: '',
    tags: [],
    createdAt: '',
    updatedAt: '',
    anchor: { status: 'ok', start: 1, end: 9, checkedAt: '' },
  },
];
const STORIES: StorySummary[] = [
  {
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
  },
  {
    id: 'st2',
    docId: 'd2',
    path: 'b.txt',
    index: 0,
    title: 'Заявление министерства',
    date: '2025-06-03',
    source: 'Вестник',
    byline: null,
    language: 'ru',
    words: 80,
  },
];

function setup() {
  let stored = structuredClone(BRIEF);
  const bridge = installFakeBridge({
    'briefs.list': () => [
      { id: 'b1', title: stored.title, date: stored.date, author: stored.author, sections: 2, items: 3, updatedAt: stored.updatedAt },
    ],
    'briefs.get': () => stored,
    'highlights.list': () => HIGHLIGHTS,
    'stories.list': () => STORIES,
    'briefs.update': (a) => (stored = { ...stored, ...a.content }),
    'briefs.export': () => ({ path: '/home/zoe/Port-fees.pdf' }),
  });
  return bridge;
}

afterEach(() => cleanup());

describe('brief pane', () => {
  it('shows each quote with its colour, provenance, tags and note, as text', async () => {
    setup();
    const briefs = new BriefsState();
    const { container } = render(BriefPane, { briefs });
    await briefs.load();
    flushSync();
    const quotes = [...container.querySelectorAll('blockquote')];
    expect(quotes.map((q) => q.textContent)).toEqual(['fees rose to £40 <script>alert(1)</script>', 'сборы останутся прежними']);
    expect(container.querySelector('script')).toBeNull();
    expect(quotes[0].style.getPropertyValue('--hl')).toBe('#6cc98a');
    expect(screen.getByText(/Tidewater Press · Harbour fees rise · 2025-06-12/)).toBeTruthy();
    expect(screen.getByText('Big jump.')).toBeTruthy();
    expect((screen.getByLabelText('Analyst text') as HTMLTextAreaElement).value).toBe('Watch the quay.');
  });

  it('moves an item with Alt+↓ into the next section and saves the new order', async () => {
    const { calls } = setup();
    const briefs = new BriefsState();
    const { container } = render(BriefPane, { briefs });
    await briefs.load();
    flushSync();
    const items = container.querySelectorAll('li.item');
    await fireEvent.keyDown(items[1], { key: 'ArrowDown', altKey: true });
    await tick();
    const update = calls.find(([m]) => m === 'briefs.update')![1] as { content: typeof BRIEF };
    expect(update.content.sections.map((s) => s.items.map((i) => i.id))).toEqual([['i1'], ['i2', 'i3']]);
    flushSync();
    expect(container.querySelectorAll('section.sec')[1].querySelectorAll('li.item')).toHaveLength(2);
  });

  it('exports the brief and says where the file went', async () => {
    const { calls } = setup();
    const briefs = new BriefsState();
    render(BriefPane, { briefs });
    await briefs.load();
    flushSync();
    await fireEvent.click(screen.getByRole('button', { name: 'PDF' }));
    await tick();
    await tick();
    expect(calls.find(([m]) => m === 'briefs.export')?.[1]).toEqual({ id: 'b1', format: 'pdf' });
    expect(screen.getByRole('status').textContent).toContain('/home/zoe/Port-fees.pdf');
  });
});
