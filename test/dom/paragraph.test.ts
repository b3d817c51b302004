import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render } from '@testing-library/svelte';
import Paragraph from '../../renderer/src/panes/reader/Paragraph.svelte';

afterEach(() => cleanup());

// Selections map back to file offsets by counting characters in a line, so a line must
// render its text exactly: no extra spaces around links or muted noise.
describe('a reader line', () => {
  it('renders its text verbatim around links and partial noise', () => {
    const text = 'KORSA, Nov 3 (Nordwire) – Port notice at https://example.org/notice, said officials.';
    const { container } = render(Paragraph, {
      para: { start: 100, end: 100 + text.length, text },
      noise: [{ kind: 'agency-tag', start: 100, end: 100 + 'KORSA, Nov 3 (Nordwire) – '.length }],
    });
    const p = container.querySelector('p')!;
    expect(p.textContent).toBe(text);
    expect(p.querySelector('.inline-noise')?.textContent).toBe('KORSA, Nov 3 (Nordwire) – ');
    expect(p.querySelector('a')?.textContent).toBe('https://example.org/notice');
    expect(p.dataset.start).toBe('100');
  });
});
