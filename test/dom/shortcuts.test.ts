import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/svelte';
import ShortcutHelp from '../../renderer/src/components/ShortcutHelp.svelte';
import { runShortcut, shortcutTable, type ShortcutActions } from '../../renderer/src/lib/keyboard/shortcuts';

afterEach(() => cleanup());

/** A table whose actions only record what they were asked to do. */
function recordingTable() {
  const ran: string[] = [];
  const rec =
    (name: string) =>
    (...args: unknown[]) =>
      void ran.push([name, ...args.filter((a) => !(a instanceof Event))].join(' '));
  const actions = new Proxy({} as ShortcutActions, { get: (_, name) => rec(String(name)) });
  return { table: shortcutTable(actions), ran };
}

/** The key event a person makes for a combination as the help prints it ("Shift+Ctrl/Cmd+Z"). */
function eventFor(shown: string, target: EventTarget = document.body): KeyboardEvent {
  const parts = shown.split('+');
  const key = parts.pop()!;
  const shiftKey = parts.includes('Shift') || key === '?';
  const name = key === 'Esc' ? 'Escape' : /^[A-Za-z]$/.test(key) ? (shiftKey ? key.toUpperCase() : key.toLowerCase()) : key;
  const e = new KeyboardEvent('keydown', { key: name, shiftKey, ctrlKey: parts.includes('Ctrl/Cmd'), bubbles: true, cancelable: true });
  Object.defineProperty(e, 'target', { value: target });
  return e;
}

function helpRows(): { keys: string[]; label: string }[] {
  const dialog = screen.getByRole('dialog', { name: 'Keyboard shortcuts' });
  return [...dialog.querySelectorAll('dt')].map((dt) => ({
    keys: [...dt.querySelectorAll('kbd')].map((k) => k.textContent ?? ''),
    label: dt.nextElementSibling?.textContent ?? '',
  }));
}

describe('one shortcut table for the keys and the help', () => {
  it('the help lists every shortcut of the table, and each listed key runs exactly its shortcut', () => {
    const { table, ran } = recordingTable();
    render(ShortcutHelp, { shortcuts: table, onclose: () => undefined });
    const rows = helpRows();
    expect(rows.map((r) => r.label)).toEqual(table.map((s) => s.label));
    for (const [i, row] of rows.entries()) {
      expect(row.keys.length).toBe(table[i].keys.length);
      for (const shown of row.keys) {
        ran.length = 0;
        const handled = runShortcut(table, eventFor(shown));
        // The application menu's accelerators are listed for the help and run by main.
        expect({ shown, handled, ran: ran.length }).toEqual({ shown, handled: !!table[i].run, ran: table[i].run ? 1 : 0 });
      }
    }
    expect(new Set(table.map((s) => s.label)).size).toBe(table.length);
  });

  it('redo answers Ctrl/Cmd+Y as well as Shift+Ctrl/Cmd+Z; undo only Ctrl/Cmd+Z', () => {
    const { table, ran } = recordingTable();
    for (const shown of ['Ctrl/Cmd+Y', 'Shift+Ctrl/Cmd+Z', 'Ctrl/Cmd+Z']) runShortcut(table, eventFor(shown));
    expect(ran).toEqual(['redo', 'redo', 'undo']);
  });

  it('leaves keys typed into a field alone, except Esc, and keeps the field’s own Esc handling', () => {
    const { table, ran } = recordingTable();
    const input = document.createElement('input');
    for (const shown of ['j', '?', 'Ctrl/Cmd+Z']) expect(runShortcut(table, eventFor(shown, input))).toBe(false);
    const esc = eventFor('Esc', input);
    expect(runShortcut(table, esc)).toBe(true);
    expect(esc.defaultPrevented).toBe(false);
    expect(ran).toEqual(['escape']);
  });

  it('does not take a letter held with Alt or a modifier it does not name', () => {
    const { table, ran } = recordingTable();
    const alt = new KeyboardEvent('keydown', { key: 'j', altKey: true });
    const ctrl = new KeyboardEvent('keydown', { key: 'j', ctrlKey: true });
    expect([runShortcut(table, alt), runShortcut(table, ctrl)]).toEqual([false, false]);
    expect(ran).toEqual([]);
  });
});
