import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/svelte';
import { tick } from 'svelte';
import App from '../../renderer/src/App.svelte';
import { installFakeBridge } from './fake-bridge';

afterEach(() => cleanup());

/** The help's rows as [keys shown, what they do]. */
function helpRows(): [string[], string][] {
  const dialog = screen.getByRole('dialog', { name: 'Keyboard shortcuts' });
  return [...dialog.querySelectorAll('dt')].map((dt) => [
    [...dt.querySelectorAll('kbd')].map((k) => k.textContent ?? ''),
    dt.nextElementSibling?.textContent ?? '',
  ]);
}

describe('keyboard help in the app', () => {
  it('lists Ctrl/Cmd+Y for redo, and pressing it redoes', async () => {
    const { calls } = installFakeBridge({
      'workspace.current': () => null,
      'annotations.redo': () => ({ done: true, message: 'Redo: link', canUndo: 'link', canRedo: null }),
      'annotations.history': () => ({ done: false, message: '', canUndo: null, canRedo: 'link' }),
    });
    render(App);
    await tick();
    await fireEvent.keyDown(window, { key: '?', shiftKey: true });
    const redo = helpRows().find(([, what]) => /^Redo/.test(what));
    expect(redo?.[0]).toContain('Ctrl/Cmd+Y');
    await fireEvent.click(within(screen.getByRole('dialog', { name: 'Keyboard shortcuts' })).getByRole('button', { name: 'Close' }));
    await fireEvent.keyDown(window, { key: 'y', ctrlKey: true });
    await tick();
    expect(calls.filter(([m]) => m === 'annotations.redo')).toHaveLength(1);
    await vi.waitFor(() => expect(screen.getByRole('status').textContent).toBe('Redo: link'));
  });
});
