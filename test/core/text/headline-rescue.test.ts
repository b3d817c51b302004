import { describe, expect, it } from 'vitest';
import { segmentDump } from '../../../electron/core/text/segment';
import { expectInvariants } from './helpers';

/**
 * A page's menu, its date strip, its byline and its share bar sit around the headline, and the
 * chrome-run pass can mark the headline with them. The title is then still the headline, found by
 * its words coming back in the lead, not the deck printed under it.
 */
const LEAD = [
  'KESTRELTON -- Dock workers in the port of Kestrelton ended their strike on Thursday after the harbour company',
  'agreed to restore the night shift bonus it had cut in the spring.',
  '\n',
  'Union leaders said the dock workers would return on Friday morning, and the first container ships held',
  'outside the harbour were expected to berth by the weekend.',
  '\n',
  'The harbour company said the agreement would cost it about two million a year but that a longer stoppage',
  'would have cost far more in lost traffic.',
  '\n',
  'Shipping agents welcomed the end of the strike, which had lasted eleven days and left more than forty',
  'vessels waiting at anchor.',
]
  .join(' ')
  .replace(/ \n /g, '\n\n');

const MENU = ['Home', 'Video', 'Travel', 'Sport', 'Tech', 'Health', 'News', 'Business', 'Opinion'].join('\n');

describe('headline inside a chrome run', () => {
  it('a headline marked with the menu around it is the title, not the deck under it', () => {
    const headline = 'Kestrelton dock workers end strike';
    const top = `${MENU}\n\nTHE KESTRELTON COURIER\nYour paper, every morning\n\nWeather\n\n${headline}\n\n`;
    const meta = 'By Ilse Varnholt\nPublished: 08:15 GMT, 12 May 2016\n\nUnion wins back the night bonus after eleven days\n\n';
    const text = `${top}${meta}${LEAD}\n`;
    const stories = segmentDump(text);
    expectInvariants(text, stories);
    expect(stories[0].title).toBe(headline);
  });
});
