import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LINE_RULES, matchLineRule, type LineRule } from '../../../electron/core/text/noise-rules';
import { splitLines } from '../../../electron/core/text/lines';
import { prng } from './helpers';

/**
 * Some prechecks are part of what a rule means (they are case-sensitive where the pattern is
 * not), so the reference keeps them exactly as the table had them before the speed work; the
 * prechecks added for speed only must never change an answer.
 */
const DEFINING_PRES: Record<string, (t: string) => boolean> = {
  'tweet-link': (t) => t.includes('t.co/') || t.includes('twitter.com/') || t.includes('x.com/'),
  'tweet-attribution': (t) => t.includes('(@'),
  'hashtag-run': (t) => t.includes('#'),
  'caption-licensing': (t) => t.endsWith('tab') || t.endsWith('Rights'),
  'caption-credit': (t) => t.endsWith(')') || t.endsWith(').'),
  'caption-via': (t) => t.includes('REUTERS') || t.includes('Getty') || t.includes('Photo'),
  'chrome-copyright': (t) => t.includes('©') || t.includes('(c)') || /opyright|ights reserved/.test(t),
  'chrome-opens-tab': (t) => t.endsWith('tab'),
  'ad-choices': (t) => t.includes('choices') || t.includes('adchoices'),
  'video-teaser': (t) => /[0-9]$/.test(t),
};

/** The rule table read the slow, obvious way: every rule on every line, in order. */
function bruteForce(t: string): LineRule | null {
  for (const r of LINE_RULES) {
    if (t.length > r.maxLen) continue;
    const pre = DEFINING_PRES[r.id];
    if (pre && !pre(t)) continue;
    if (r.re ? r.re.test(t) : r.test!(t)) return r;
  }
  return null;
}

/** One line per rule that it must catch (and that no earlier rule takes). */
const SAMPLES: Array<[string, string]> = [
  ['tweet-link', 'Port closed today pic.twitter.com/abc123'],
  ['tweet-attribution', '— Ann Example (@annex) May 16, 2024'],
  ['tweet-day', 'Day: 812'],
  ['hashtag-run', 'Solidarity #dockers #strike #velmora'],
  ['engagement-counts', '54 replies  470 reposts  2.4K likes'],
  ['engagement-counts', '867K followers'],
  ['like-us-on', 'Like The Velmora Courier on Facebook'],
  ['lone-dash', '—'],
  ['caption-carousel', 'Item 2 of 7 Dock workers rally outside the port'],
  ['caption-licensing', 'Dock workers rally outside the port. Purchase Licensing Rights, opens new tab'],
  ['caption-file', 'FILE - The harbour at dawn'],
  ['caption-credit', 'Dock workers rally outside the port (Reuters)'],
  ['caption-via', 'Dock workers rally outside the port via REUTERS'],
  ['caption-credit-tail', 'Dock workers rally outside the port. Image: Harbour Photo Desk'],
  ['caption-credit-tail', 'Dock workers rally outside the port. Credit: Harbour Photo Desk'],
  ['chrome-logo', 'Skip to main content'],
  ['chrome-comments', '12 comments'],
  ['chrome-ai', 'Ask AI'],
  ['chrome-app', 'Download the app'],
  ['chrome-alt', 'Orange background'],
  ['chrome-standards', 'Our Standards: The Trust Principles.'],
  ['chrome-copyright', '© 2024 Example Media'],
  ['chrome-copyright', 'Example Media. All rights reserved.'],
  ['chrome-opens-tab', 'Browse an unrivalled portfolio, opens new tab'],
  ['chrome-time-ago', 'time2 hours ago'],
  ['chrome-signin', 'Accept all cookies'],
  ['share-list', 'Share: Telegram · X · Email'],
  ['share-network', 'WhatsApp'],
  ['chrome-subscribe-ru', 'Подписывайтесь на наш канал'],
  ['share', 'Sign up here.'],
  ['chrome-nav', 'Home | Politics | Opinion'],
  ['credit', '(Reporting by Ann Example; Editing by Bo Sample)'],
  ['credit-contributed', 'Ann Example in Tolm contributed to this report.'],
  ['credit-with', 'With files from the Velmora Press'],
  ['credit-with', 'With Harbour Wire Services'],
  ['byline', 'By Ann Example and Bo Sample'],
  ['bio', 'Ann Example is a veteran journalist with over 30 years of experience.'],
  ['bio', 'As Moscow bureau chief, Ann runs coverage of the region.'],
  ['ad-choices', 'Learn more about your ad choices. Visit podcastchoices.com/adchoices'],
  ['ad-label', 'ADVERTISEMENT'],
  ['ad-label', 'Continue reading the main story'],
  ['ad-podcast', 'Listen to the Harbour Hour podcast on any app'],
  ['video-teaser', 'Breaking down the latest in the harbour strike 02:44'],
  ['read-more', 'Read more: Harbour strike enters second week'],
  ['read-more', 'Also read – Ferry fares rise across the harbour'],
  ['read-more', 'See also - Port board backs channel dredging'],
  ['agency-line', '— AFP'],
  ['agency-line', 'With agencies'],
  ['agency-line', 'ТАСС'],
  ['source-time', 'Russia Today16 hours ago'],
  ['updated-on', 'Updated on: May 16, 2024 / 7:51 AM EDT / CBS/AP'],
  ['updated-on', 'Опубликовано: 16 мая 2024'],
  ['updated-on', 'Last updated: 17.4.2025, 12:26'],
  ['updated-on', 'PUBLISHED: 05:30 GMT, 25 April 2025'],
];

/** Case and punctuation variants that probe the first-character index and the prechecks. */
function variants(t: string): string[] {
  return [t, t.toLowerCase(), t.toUpperCase(), `(${t})`, `${t}.`, `“${t}”`, ` ${t}`.trim(), `x ${t}`, `${t} ago`, `#${t}`];
}

describe('line rules', () => {
  it.each(SAMPLES)('%s catches "%s"', (id, line) => {
    expect(matchLineRule(line)?.id).toBe(id);
  });

  it('a sentence that names someone after "picture:" is no caption', () => {
    expect(matchLineRule('Two faces stand out in the picture: Ann Example and her brother')).toBeNull();
  });

  it('a hard-wrapped sentence that goes on with "date" or "posted" in lower case is no timestamp', () => {
    expect(matchLineRule('date for the withdrawal of about 160,000 foreign troops, including')).toBeNull();
    expect(matchLineRule('posted on 12 sites by the end of 2025, the harbour board said')).toBeNull();
  });

  it('the first-character index and prechecks never change which rule matches (samples and variants)', () => {
    for (const [, line] of SAMPLES) for (const v of variants(line)) expect([v, matchLineRule(v)?.id]).toEqual([v, bruteForce(v)?.id]);
  });

  it('…nor on every line of the text fixtures, nor on random lines built from rule fragments', () => {
    const dir = join(__dirname, '../../fixtures/text');
    const lines: string[] = [];
    for (const f of readdirSync(dir).filter((n) => n.endsWith('.txt'))) {
      const text = readFileSync(join(dir, f), 'utf8');
      const table = splitLines(text);
      for (let i = 0; i < table.count; i++) if (!table.blank(i)) lines.push(table.t(i));
    }
    const fragments = [...SAMPLES.map(([, l]) => l), ...lines.slice(0, 60)].flatMap((l) => l.split(' '));
    const rnd = prng(42);
    for (let k = 0; k < 3000; k++) {
      const words = 1 + Math.floor(rnd() * 8);
      const parts: string[] = [];
      for (let w = 0; w < words; w++) parts.push(fragments[Math.floor(rnd() * fragments.length)]);
      lines.push(parts.join(rnd() < 0.2 ? ' | ' : ' '));
    }
    for (const l of lines) for (const v of variants(l)) expect([v, matchLineRule(v)?.id]).toEqual([v, bruteForce(v)?.id]);
  });
});
