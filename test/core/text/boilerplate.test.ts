import { describe, expect, it } from 'vitest';
import { BoilerplateIndex } from '../../../electron/core/library/boilerplate-index';
import { documentLineKeys, markBoilerplate } from '../../../electron/core/text/boilerplate';
import { segmentDump } from '../../../electron/core/text/segment';
import type { SegmentedStory } from '../../../electron/core/types';
import { article, FOOTER, MENU, PROMPT, SIGN_OFF, sitePage } from '../../support/site-dumps';

/** Count every page, then mark each: the folder-level pass as the library and the bench run it. */
function markFolder(pages: string[]): SegmentedStory[][] {
  const index = new BoilerplateIndex();
  pages.forEach((t, i) => index.set(`p${i}.txt`, `h${i}`, documentLineKeys(t)));
  return pages.map((t) => markBoilerplate(t, segmentDump(t), index.count));
}

const marked = (text: string, stories: SegmentedStory[]) =>
  stories.flatMap((s) => s.noise.filter((n) => n.kind === 'boilerplate').map((n) => text.slice(n.start, n.end)));

/** Article text as the reader shows it: the story minus every noise span. */
function cleanText(text: string, stories: SegmentedStory[]): string {
  let out = '';
  for (const s of stories) {
    let pos = s.start;
    for (const n of s.noise) {
      out += text.slice(pos, Math.max(pos, n.start));
      pos = Math.max(pos, n.end);
    }
    out += text.slice(pos, s.end);
  }
  return out;
}

describe('site template learned from the folder', () => {
  it('marks a prompt every page of the site prints inside its article, and a sign-off once enough pages carry it', () => {
    const pages = Array.from({ length: 12 }, (_, i) => sitePage(i));
    const out = markFolder(pages);
    for (let i = 0; i < pages.length; i++) {
      expect(marked(pages[i], out[i])).toEqual([PROMPT, SIGN_OFF]);
      const clean = cleanText(pages[i], out[i]);
      for (const p of article(i).body) expect(clean).toContain(p);
    }
  });

  it('keeps the sentence-like sign-off while only a few pages carry it, and marks nothing in a folder of two', () => {
    const four = Array.from({ length: 4 }, (_, i) => sitePage(i));
    expect(markFolder(four).map((s, i) => marked(four[i], s))).toEqual(four.map(() => [PROMPT]));
    const two = four.slice(0, 2);
    expect(markFolder(two).map((s, i) => marked(two[i], s))).toEqual([[], []]);
  });

  it('leaves a syndicated article saved in five dumps clean, headline and paragraphs, while the site prompt around it is marked', () => {
    const shared = article(500);
    const pages = Array.from({ length: 14 }, (_, i) => (i % 3 === 0 && i < 15 ? sitePage(i, shared) : sitePage(i)));
    expect(pages.filter((p) => p.includes(shared.headline))).toHaveLength(5);
    const out = markFolder(pages);
    const template = new Set([...MENU, ...FOOTER, PROMPT, SIGN_OFF]);
    for (let i = 0; i < pages.length; i++) {
      const marks = marked(pages[i], out[i]);
      expect(marks).toEqual(expect.arrayContaining([PROMPT, SIGN_OFF]));
      // Whatever else is marked is the site's menu or footer, never a line of an article.
      for (const m of marks) for (const line of m.split('\n')) if (line.trim()) expect(template).toContain(line.trim());
      const clean = cleanText(pages[i], out[i]);
      if (pages[i].includes(shared.headline)) {
        expect(clean).toContain(shared.headline);
        for (const p of shared.body) expect(clean).toContain(p);
      }
    }
  });

  it('keeps a syndicated article clean when it is the whole dump, without any site around it', () => {
    const shared = article(7);
    const bare = [shared.headline, '', ...shared.body.flatMap((p) => [p, ''])].join('\n');
    const pages = [...Array.from({ length: 5 }, () => bare), ...Array.from({ length: 6 }, (_, i) => sitePage(i))];
    const index = new BoilerplateIndex();
    // Five different saves of one article (each with its own first line, so the bytes differ).
    pages.forEach((t, i) => index.set(`p${i}.txt`, `h${i}`, documentLineKeys(i < 5 ? `Saved copy ${i}\n\n${t}` : t)));
    for (let i = 0; i < 5; i++) {
      const t = `Saved copy ${i}\n\n${pages[i]}`;
      expect(marked(t, markBoilerplate(t, segmentDump(t), index.count))).toEqual([]);
    }
  });

  it('keeps a headline that several dumps print over stories of their own: a repeated headline is not template', () => {
    const headline = 'Storm closes the coast road';
    const pages = Array.from({ length: 4 }, (_, i) => sitePage(i, { headline, body: article(i).body }));
    const out = markFolder(pages);
    for (let i = 0; i < pages.length; i++) {
      expect(out[i][0].title).toBe(headline);
      expect(marked(pages[i], out[i])).not.toContain(headline);
      expect(marked(pages[i], out[i])).toContain(PROMPT);
    }
  });

  it('counts dumps with the same bytes once', () => {
    const index = new BoilerplateIndex();
    const page = sitePage(0);
    for (let i = 0; i < 5; i++) index.set(`copy${i}.txt`, 'same-hash', documentLineKeys(page));
    expect(marked(page, markBoilerplate(page, segmentDump(page), index.count))).toEqual([]);
  });

  it('reports the keys whose level changed as dumps come and go, and the marks follow', () => {
    const index = new BoilerplateIndex();
    const pages = Array.from({ length: 3 }, (_, i) => sitePage(i));
    expect(index.set('a.txt', 'ha', documentLineKeys(pages[0])).length).toBe(0);
    index.set('b.txt', 'hb', documentLineKeys(pages[1]));
    const crossed = index.set('c.txt', 'hc', documentLineKeys(pages[2]));
    expect(crossed.length).toBeGreaterThan(0);
    expect(index.holders(crossed)).toEqual(['a.txt', 'b.txt', 'c.txt']);
    const first = markBoilerplate(pages[0], segmentDump(pages[0]), index.count);
    expect(marked(pages[0], first)).toEqual([PROMPT]);
    expect(index.remove('c.txt').length).toBe(crossed.length);
    // Taken back: the marks go, the offsets and the rest of the noise stay.
    const again = markBoilerplate(pages[0], first, index.count);
    expect(marked(pages[0], again)).toEqual([]);
    expect(again.map((s) => [s.start, s.end, s.title])).toEqual(first.map((s) => [s.start, s.end, s.title]));
    expect(again[0].words).toBe(segmentDump(pages[0])[0].words);
  });

  it('never marks what the analyst kept as not noise', () => {
    const pages = Array.from({ length: 3 }, (_, i) => sitePage(i));
    const index = new BoilerplateIndex();
    pages.forEach((t, i) => index.set(`p${i}.txt`, `h${i}`, documentLineKeys(t)));
    const at = pages[0].indexOf(PROMPT);
    expect(marked(pages[0], markBoilerplate(pages[0], segmentDump(pages[0]), index.count, [[at, at + 5]]))).toEqual([]);
  });
});
