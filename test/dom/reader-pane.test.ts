import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/svelte';
import { flushSync } from 'svelte';
import ReaderPane from '../../renderer/src/panes/reader/ReaderPane.svelte';
import { ReaderState } from '../../renderer/src/lib/state/reader.svelte';
import type { StoryView } from '@core/api';
import { installFakeBridge } from './fake-bridge';

const FILE = [
  'Harbour Closed After Storm',
  'A crane lies toppled at the harbour of Korsa. (Nordwire)',
  'TT',
  'The harbour of Korsa stayed closed on Friday after a storm.',
  'Officials quoted a sign reading <script>alert(1)</script> near the gate.',
  'See https://example.org/storm for the port notice.',
].join('\n');

function viewOf(text: string): StoryView {
  const at = (s: string) => text.indexOf(s);
  return {
    story: {
      id: 's1',
      docId: 'd1',
      path: 'storm.txt',
      index: 0,
      title: 'Harbour Closed After Storm',
      start: 0,
      end: text.length,
      date: '2025-11-03',
      source: 'Nordwire',
      byline: null,
      language: 'en',
      words: 30,
      noise: [
        { kind: 'caption', start: at('A crane'), end: at('TT') - 1 },
        { kind: 'agency-tag', start: at('TT'), end: at('TT') + 2 },
      ],
    },
    text,
    noise: [
      { kind: 'caption', start: at('A crane'), end: at('TT') - 1 },
      { kind: 'agency-tag', start: at('TT'), end: at('TT') + 2 },
    ],
    encoding: 'utf-8',
    lossy: false,
  };
}

afterEach(() => cleanup());

describe('reader pane', () => {
  it('shows the clean story with noise collapsed into one bar that expands in place', async () => {
    installFakeBridge({ 'stories.get': () => viewOf(FILE) });
    const reader = new ReaderState();
    render(ReaderPane, { reader });
    await reader.open('s1');
    flushSync();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Harbour Closed After Storm');
    expect(screen.queryByText(/A crane lies toppled/)).toBeNull();
    const bar = screen.getByRole('button', { name: /2 hidden lines \(caption, agency tag\)/ });
    expect(bar.getAttribute('aria-expanded')).toBe('false');
    await fireEvent.click(bar);
    expect(screen.getByText(/A crane lies toppled/)).toBeTruthy();
    expect(bar.getAttribute('aria-expanded')).toBe('true');
  });

  it("names lines learned as the site's template in their bar", async () => {
    const text = `${FILE}\nGet the Courier morning briefing`;
    const view = viewOf(text);
    const template = { kind: 'boilerplate' as const, start: text.indexOf('Get the Courier'), end: text.length };
    view.noise = [...view.noise, template];
    view.story.noise = view.noise;
    installFakeBridge({ 'stories.get': () => view });
    const reader = new ReaderState();
    render(ReaderPane, { reader });
    await reader.open('s1');
    flushSync();
    expect(screen.queryByText(/morning briefing/)).toBeNull();
    const bar = screen.getByRole('button', { name: /1 hidden line \(site template\)/ });
    await fireEvent.click(bar);
    expect(screen.getByText(/Get the Courier morning briefing/)).toBeTruthy();
  });

  it('renders markup from the article as text and links as confirm-first buttons', async () => {
    const { calls } = installFakeBridge({ 'stories.get': () => viewOf(FILE), 'app.openLink': () => false });
    const reader = new ReaderState();
    const { container } = render(ReaderPane, { reader });
    await reader.open('s1');
    flushSync();
    expect(container.querySelector('script')).toBeNull();
    expect(screen.getByText(/<script>alert\(1\)<\/script>/)).toBeTruthy();
    const link = screen.getByRole('link', { name: 'https://example.org/storm' });
    await fireEvent.click(link);
    expect(calls).toContainEqual(['app.openLink', { url: 'https://example.org/storm' }]);
  });

  it('shows a human message when the story cannot be opened', async () => {
    installFakeBridge({});
    const reader = new ReaderState();
    render(ReaderPane, { reader });
    await reader.open('gone');
    flushSync();
    expect(screen.getByRole('alert').textContent).toMatch(/not faked/);
  });
});
