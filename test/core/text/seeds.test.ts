import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { processDump } from '../../../electron/core/text/index';
import type { SegmentedStory } from '../../../electron/core/types';
import { cleanBody, expectInvariants, noiseText } from './helpers';

/** The real scraped dumps the team shares; not committed, so this suite runs only where they exist. */
const SEEDS = '/work/shared/corpus/seeds';

function load(prefix: string): { text: string; stories: SegmentedStory[] } {
  const file = readdirSync(SEEDS).find((f) => f.startsWith(prefix));
  if (!file) throw new Error(`seed ${prefix} missing`);
  const out = processDump(new Uint8Array(readFileSync(join(SEEDS, file))));
  if (out.status !== 'ok') throw new Error(out.problem.message);
  expectInvariants(out.text, out.stories);
  return { text: out.text, stories: out.stories };
}

const count = (hay: string, needle: string): number => hay.split(needle).length - 1;

describe.skipIf(!existsSync(SEEDS))('seed dumps', () => {
  it('000: two TT stories, each headline and caption shown once', () => {
    const { text, stories } = load('000_');
    expect(stories.map((s) => s.title)).toEqual([
      'Kremlin Says After Xi-Blinken Talks It’s Confident in China-Russia Ties',
      "North Korea Blames South's Military for Drone Intrusion",
    ]);
    for (const s of stories) {
      const body = cleanBody(text, s);
      expect(count(body, s.title)).toBe(1);
      expect(s.language).toBe('en');
      expect(s.noise.filter((n) => n.kind === 'caption')).toHaveLength(1);
      expect(s.noise.map((n) => n.kind)).toEqual(expect.arrayContaining(['repeated-headline', 'repeated-caption', 'agency-tag']));
    }
    expect(cleanBody(text, stories[0])).not.toContain('US Secretary of State Antony Blinken meets');
    expect(cleanBody(text, stories[0])).toContain('strategic partnership relationship');
    expect(cleanBody(text, stories[1])).not.toContain('FILE - North Korean balloons');
    // Source: a caption's bare credit "(Reuters)" beats the "TT" tag; "(AP Photo/..., File)" is a photo credit only.
    expect(stories.map((s) => s.source)).toEqual(['Reuters', 'TT']);
    expect(stories[0].date).toBe('2023-06-19');
    expect(stories[1].date).toBe('2024-10-04');
  });

  it('001: tweets are social-post noise; a Reuters story and a CBS/AP story', () => {
    const { text, stories } = load('001_');
    expect(stories).toHaveLength(2);
    const [reuters, cbs] = stories;
    expect(reuters.source).toBe('Reuters');
    expect(reuters.date).toBe('2024-05-16');
    expect(reuters.title.startsWith('Chinese President Xi Jinping and Russian President Vladimir Putin')).toBe(true);
    expect(reuters.title.length).toBeLessThanOrEqual(95);
    expect(cbs.title).toBe('Putin and Xi Jinping');
    expect(cbs.source).toBe('CBS/AP');
    expect(cbs.date).toBe('2024-05-16');
    const rb = cleanBody(text, reuters);
    for (const p of [
      't.co/',
      '@mikenov',
      'Day: May 16',
      'Note two paper clips',
      '#NewsAndTimes',
      'Sign up here',
      'Reporting by',
      'Our Standards',
      'veteran journalist',
      'As Moscow bureau chief',
      'Joe Biden and Donald Trump agree',
      'ad choices',
      'Item 1 of 7',
      '[1/7]',
    ]) {
      expect(rb, p).not.toContain(p);
    }
    // The dateline prefix is metadata (agency-tag noise); the sentence after it is body.
    expect(rb).not.toContain('BEIJING/MOSCOW, May 16 (Reuters)');
    expect(noiseText(text, reuters, 'agency-tag')).toContain('BEIJING/MOSCOW, May 16 (Reuters) –');
    expect(rb).toContain('Chinese President Xi Jinping and Russian President Vladimir Putin condemned');
    expect(rb).toContain('particularly Moscow, for its invasion of Ukraine.');
    const kinds = reuters.noise.map((n) => n.kind);
    expect(kinds).toEqual(expect.arrayContaining(['social-post', 'share', 'reporter-bio', 'ad', 'caption', 'repeated-caption']));
    expect(noiseText(text, reuters, 'social-post')).toContain('Note two paper clips');
    const cb = cleanBody(text, cbs);
    expect(cb).toContain('Talk of peace in Ukraine, but no proposals');
    expect(cb).not.toContain('02:44');
    expect(cb).not.toContain('Updated on');
    expect(cb).toContain('ground-based radar and satellites');
  });

  it('002: one Russia Today story; chrome and related teasers stay out of the body', () => {
    const { text, stories } = load('002_');
    expect(stories).toHaveLength(1);
    const [s] = stories;
    expect(s.title).toBe('Russian and Chinese top diplomats hold talks');
    expect(s.source).toBe('Russia Today');
    expect(s.date).toBeNull();
    const body = cleanBody(text, s);
    expect(count(body, s.title)).toBe(1);
    expect(body).toContain('turbulent and changing world');
    for (const p of [
      'logo',
      'Orange background',
      'Try Our AI',
      'No comments yet',
      'Related Articles',
      'BrahMos',
      'long-range missiles',
      'Woman busted',
      'time2 hours ago',
      'DOWNLOAD THE APP',
      'app-storeplay-store',
      '16 hours ago',
    ]) {
      expect(body, p).not.toContain(p);
    }
    expect(noiseText(text, s, 'related-teaser')).toContain('Operation Sindoor');
  });

  it('003: two TT stories', () => {
    const { text, stories } = load('003_');
    expect(stories.map((s) => s.title)).toEqual([
      'Russian Diplomat Flies to Beijing as Putin Faces Challenge to His Power',
      'Taiwan Reports Chinese Balloon, First Time in Six Months',
    ]);
    for (const s of stories) {
      expect(count(cleanBody(text, s), s.title)).toBe(1);
      expect(s.noise.filter((n) => n.kind === 'caption')).toHaveLength(1);
      expect(cleanBody(text, s)).not.toContain('(Reuters)');
    }
    expect(stories.map((s) => s.date)).toEqual(['2023-06-25', '2024-11-24']);
  });

  it('004: one story without headline, title from the first sentence, trailing Agencies', () => {
    const { text, stories } = load('004_');
    expect(stories).toHaveLength(1);
    const [s] = stories;
    expect(s.title.startsWith('Chinese Foreign Minister Wang Yi hailed')).toBe(true);
    expect(s.title.length).toBeLessThanOrEqual(95);
    // Cut at a word boundary, with an ellipsis the text does not have.
    expect(s.title.endsWith('…')).toBe(true);
    expect(text.startsWith(s.title.slice(0, -1))).toBe(true);
    expect(['Agencies', null]).toContain(s.source);
    expect(cleanBody(text, s).trimEnd().endsWith('military campaign.')).toBe(true);
  });
});
