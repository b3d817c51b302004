import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/svelte';
import EntityDetailPanel from '../../renderer/src/panes/entities/EntityDetailPanel.svelte';
import type { EntityDetail } from '../../electron/core/ports/discovery-port';

afterEach(() => cleanup());

// jsdom has no layout, so no ResizeObserver (the mentions chart's bind:clientWidth needs one).
globalThis.ResizeObserver ??= class {
  observe() {}
  unobserve() {}
  disconnect() {}
};

const story = (n: number, title: string) => ({ storyId: `s${n}`, title, path: `d${n}.txt`, date: `2025-03-0${n}`, count: 1 });
const detail: EntityDetail = {
  id: 'p-putin',
  kind: 'person',
  name: 'Vladimir Putin',
  aliases: ['Vladimir Putin', 'Путина', 'Путин'],
  stories: 12,
  mentions: 14,
  storyList: [story(1, 'Kremlin talks'), story(2, 'Слова президента'), story(3, 'Визит в Пекин')],
  cooccurring: [],
  forms: [
    { form: 'Vladimir Putin', stories: 10, storyIds: ['s1'] },
    { form: 'Путина', stories: 2, storyIds: ['s2', 's3'] },
  ],
  firstSeen: '2025-03-01',
  lastSeen: '2025-03-03',
};

describe('the entity view lists the forms seen and in which stories', () => {
  it('shows each form with its story count and opens one of its stories', async () => {
    const opened: string[] = [];
    render(EntityDetailPanel, {
      detail,
      filtering: false,
      onfilter: () => undefined,
      onentity: () => undefined,
      onstory: (id: string) => opened.push(id),
    });
    const list = screen.getByRole('list', { name: 'Forms seen' });
    const rows = within(list).getAllByRole('listitem');
    expect(rows.map((r) => r.getAttribute('data-form'))).toEqual(['Vladimir Putin', 'Путина']);
    expect(within(rows[0]).getByText('in 10 stories')).toBeTruthy();
    expect(within(rows[0]).getByText('and 9 more')).toBeTruthy();
    expect(
      within(rows[1])
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['Слова президента', 'Визит в Пекин']);
    await fireEvent.click(within(rows[1]).getByRole('button', { name: 'Визит в Пекин' }));
    expect(opened).toEqual(['s3']);
  });
});
