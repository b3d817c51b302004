import { describe, expect, it } from 'vitest';
import { segmentDump } from '../../../electron/core/text/segment';
import { allClean, expectInvariants } from './helpers';

/**
 * After the article a page lists other stories, each as its headline, its section and time and
 * its first paragraph, set apart by blank lines. The list is teasers, not more of the article.
 */
const ARTICLE = [
  'Harbour Board Approves New Ferry Route to Tolm',
  '',
  'The harbour board of Velmora approved a new ferry route to the island of Tolm on Monday, ending a dispute that had lasted two years.',
  '',
  'Ferry operators said the first crossings would carry passengers and freight from the northern quay, with four sailings a day in summer.',
  '',
  'Islanders had asked for a direct crossing since the old pier closed, and the board said the route would be reviewed after one season.',
  '',
  'The operator expects to hire twenty crew members before the first sailing in May, most of them from the island itself.',
].join('\n');

const unit = (head: string, time: string, blurb: string): string => `${head}\n\n${time}\n\n\n${blurb}\n\n`;
const LIST = [
  'More Local News\n\n',
  unit(
    'Orchard owners raise wages to keep pickers',
    'Local News - May 4, 2021, 10:02 AM',
    'Several farms in the Arden valley have raised wages to keep their crews.',
  ),
  unit(
    'Library reopens after roof repairs',
    'Local News - May 4, 2021, 9:15 AM',
    'The town library opened its doors again on Tuesday after eight months of work.',
  ),
  unit(
    'Cyclists ask for a lane on the coast road',
    'Local News - May 3, 2021, 4:40 PM',
    'A petition with two thousand names was handed to the council on Monday evening.',
  ),
].join('');

describe('teaser lists with times, spaced', () => {
  it('headline, time and first paragraph of other stories after the article are noise', () => {
    const text = `${ARTICLE}\n\n\n${LIST}`;
    const stories = segmentDump(text);
    expectInvariants(text, stories);
    const clean = allClean(text, stories);
    expect(clean).toContain('twenty crew members');
    expect(clean).not.toContain('Library reopens');
    expect(clean).not.toContain('two thousand names');
  });
});
