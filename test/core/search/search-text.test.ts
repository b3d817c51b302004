import { describe, expect, it } from 'vitest';
import { searchTexts } from '../../../electron/core/search/search-text';

describe('what search reads of a story', () => {
  it('keeps a wire dateline in the clean text and puts captions and posts in the hidden tier', () => {
    const text =
      'Deal signed\n\nBEIJING (Reuters) – China and Russia signed a deal.\n\nPhoto: Xi greets Putin\n\nTweet: @kremlin Путин в Пекине\n';
    const at = (s: string) => text.indexOf(s);
    const story = {
      start: 0,
      end: text.length,
      noise: [
        { kind: 'agency-tag' as const, start: at('BEIJING'), end: at('China and') },
        { kind: 'caption' as const, start: at('Photo'), end: at('Putin\n') + 5 },
        { kind: 'social-post' as const, start: at('Tweet'), end: text.length - 1 },
      ],
    };
    const { clean, hidden } = searchTexts(text, story);
    expect(clean).toContain('BEIJING (Reuters) – China');
    expect(clean).not.toContain('Photo: Xi');
    expect(hidden).toBe('Photo: Xi greets Putin\nTweet: @kremlin Путин в Пекине');
  });
});
