import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/svelte';
import { tick } from 'svelte';
import App from '../../renderer/src/App.svelte';
import { installFakeBridge } from './fake-bridge';

globalThis.ResizeObserver ??= class {
  observe() {}
  unobserve() {}
  disconnect() {}
};

beforeEach(() => localStorage.clear());
afterEach(() => cleanup());

describe('switching the centre pane', () => {
  it('1, 2 and 3 show the reader, the entity view and the timeline; the help lists them; the choice is remembered', async () => {
    const { calls } = installFakeBridge({
      'workspace.current': () => null,
      'entities.list': () => [
        { id: 'p-1', kind: 'person', name: 'Anna Lindqvist', aliases: ['Anna Lindqvist', 'Lindqvist'], stories: 7, mentions: 9 },
      ],
      'annotations.history': () => ({ done: false, message: '', canUndo: null, canRedo: null }),
    });
    render(App);
    await tick();
    expect(screen.getByRole('tab', { name: /Reader/ }).getAttribute('aria-selected')).toBe('true');
    await fireEvent.keyDown(window, { key: '2' });
    expect(screen.getByRole('region', { name: 'Entities' })).toBeTruthy();
    await vi.waitFor(() => screen.getByText('Anna Lindqvist'));
    expect(calls.some(([m]) => m === 'entities.list')).toBe(true);
    await fireEvent.keyDown(window, { key: '3' });
    expect(screen.getByRole('region', { name: 'Timeline' })).toBeTruthy();
    expect(screen.queryByRole('region', { name: 'Entities' })).toBeNull();
    expect(JSON.parse(localStorage.getItem('dossier.layout.v1') ?? '{}').centre).toBe('timeline');
    await fireEvent.keyDown(window, { key: '?', shiftKey: true });
    const help = screen.getByRole('dialog', { name: 'Keyboard shortcuts' });
    const rows = [...help.querySelectorAll('dt')].map((dt) => `${dt.textContent} ${dt.nextElementSibling?.textContent}`);
    expect(rows).toEqual(expect.arrayContaining(['1 Reader view', '2 Entity view: people, places, organisations', '3 Timeline view']));
    await fireEvent.keyDown(window, { key: 'Escape' });
    await fireEvent.keyDown(window, { key: '1' });
    expect(screen.getByRole('tab', { name: /Reader/ }).getAttribute('aria-selected')).toBe('true');
  });
});
