import { describe, expect, it } from 'vitest';
import { analyseText } from '../../../electron/core/text/analyse';
import { startScore } from '../../../electron/core/text/story-starts';
import { HARBOUR, ORCHARD } from './helpers';

/**
 * A headline-like line with a byline, or a name over a desk byline, right under it is more likely
 * the head of a new story than a subhead: an article prints its byline under its headline, never
 * under a subhead. The same candidate scores higher with the byline than without it.
 */
const HEAD = 'Harbour board hears from the valley growers';

function scoreWith(under: string[]): number {
  const lines = ['Ferry Route Approved for Tolm', '', HARBOUR, '', HEAD, '', ...under, ORCHARD, ''];
  const text = lines.join('\n');
  const a = analyseText(text);
  const h = text.split('\n').indexOf(HEAD);
  return startScore(a, h, 0);
}

describe('a byline under a headline-like line', () => {
  it.each([[['By Ann Example', '']], [['Ann Example', 'Staff Writer', '']], [['Updated on: May 16, 2024 / 7:51 AM EDT', '']]])(
    'raises its story-start score (%j)',
    (under) => {
      expect(scoreWith(under)).toBeGreaterThan(scoreWith([]) + 0.5);
    },
  );

  it('a prose line under it does not', () => {
    expect(scoreWith(['The board met in the town hall on Tuesday evening, and many growers came.', ''])).toBeLessThan(scoreWith([]) + 0.5);
  });
});
