import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/svelte';
import StorylineSection from '../../renderer/src/panes/inspector/StorylineSection.svelte';
import type { StorylineView } from '../../electron/core/ports/discovery-port';

afterEach(() => cleanup());

const member = (n: number, reason: string) => ({
  storyId: `s${n}`,
  title: `Story ${n}`,
  path: `d${n}.txt`,
  date: `2025-03-0${n}`,
  source: n % 2 ? 'Reuters' : 'TASS',
  reason,
  via: n > 1 ? `s${n - 1}` : null,
  score: n > 1 ? 0.4 : null,
});
const line: StorylineView = {
  id: 'sl-s1',
  label: 'Sergei Lavrov, Wang Yi · corridors',
  first: '2025-03-01',
  last: '2025-03-06',
  sources: ['Reuters', 'TASS'],
  stories: ['s1', 's2', 's3', 's4', 's5', 's6'],
  members: [1, 2, 3, 4, 5, 6].map((n) => member(n, n === 1 ? 'first report' : `shares Sergei Lavrov; 1 day apart`)),
};

describe('the inspector storyline section', () => {
  it("shows the open story's storyline with its neighbours in time, and opens one or takes the story out", async () => {
    const opened: string[] = [];
    let out = 0;
    render(StorylineSection, { storyline: line, storyId: 's4', onopen: (id: string) => opened.push(id), onmoveout: () => void out++ });
    expect(screen.getByText('Sergei Lavrov, Wang Yi · corridors')).toBeTruthy();
    expect(screen.getByText(/6 stories from 2 outlets/)).toBeTruthy();
    const titles = screen.getAllByRole('button', { name: /^Story \d$/ }).map((b) => b.textContent);
    expect(titles).toEqual(['Story 2', 'Story 3', 'Story 5', 'Story 6']);
    expect(screen.getByText('this story')).toBeTruthy();
    await fireEvent.click(screen.getByRole('button', { name: 'Story 5' }));
    expect(opened).toEqual(['s5']);
    await fireEvent.click(screen.getByRole('button', { name: 'Take out of storyline' }));
    expect(out).toBe(1);
  });

  it('says so when the story is in no storyline', () => {
    render(StorylineSection, { storyline: null, storyId: 's4', onopen: () => undefined, onmoveout: () => undefined });
    expect(screen.getByText(/not part of a storyline/)).toBeTruthy();
  });
});
