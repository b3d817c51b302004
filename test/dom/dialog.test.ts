import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/svelte';
import { tick } from 'svelte';
import LinkPicker from '../../renderer/src/components/LinkPicker.svelte';
import ShortcutHelp from '../../renderer/src/components/ShortcutHelp.svelte';
import { shortcutTable, type ShortcutActions } from '../../renderer/src/lib/keyboard/shortcuts';

afterEach(() => cleanup());

const noActions = new Proxy({} as ShortcutActions, { get: () => () => undefined });

describe('dialogs', () => {
  it('are modal and named, take focus, keep Tab inside, and close on Esc and on the scrim', async () => {
    const opener = document.createElement('button');
    document.body.append(opener);
    opener.focus();
    let closed = 0;
    const { unmount } = render(ShortcutHelp, { shortcuts: shortcutTable(noActions), onclose: () => void closed++ });
    await tick();
    const dialog = screen.getByRole('dialog', { name: 'Keyboard shortcuts' });
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    const close = screen.getByRole('button', { name: 'Close' });
    expect(document.activeElement).toBe(close);
    await fireEvent.keyDown(close, { key: 'Tab' });
    expect(document.activeElement).toBe(close);
    await fireEvent.keyDown(close, { key: 'Escape' });
    expect(closed).toBe(1);
    await fireEvent.click(dialog);
    expect(closed).toBe(1);
    await fireEvent.click(dialog.parentElement!);
    expect(closed).toBe(2);
    unmount();
    expect(document.activeElement).toBe(opener);
    opener.remove();
  });

  it('leave focus where the content put it (the link picker’s search field)', async () => {
    render(LinkPicker, { stories: [], excludeId: null, onpick: () => undefined, onclose: () => undefined });
    await tick();
    expect(document.activeElement).toBe(screen.getByRole('searchbox', { name: 'Find a story' }));
  });
});
