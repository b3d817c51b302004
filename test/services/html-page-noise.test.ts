import { describe, expect, it } from 'vitest';
import { analyseHtmlBytes } from '../../electron/services/workspace/html-article';

const PARAS = [
  'The harbour council voted on Tuesday to rebuild the northern breakwater before the winter storms arrive, ending a long debate.',
  'Engineers told the meeting that the old stone wall had moved several centimetres since the spring and could be breached.',
  'The mayor said the cost would be met from the reserve fund, and that no new harbour fees would be charged this year.',
  'Work is expected to begin in October and to last about fourteen weeks, while the eastern quay stays open to small boats.',
];
const CAPTION = 'Fishing boats wait at the eastern quay of Korsa harbour, in this file photo taken in March.';

/** A page whose photo caption is a full sentence inside the article, in a div named for it, as many sites print one. */
const page = `<!doctype html><html><head><meta charset="utf-8"><title>Breakwater to be rebuilt</title></head><body>
<div id="story"><h1>Breakwater to be rebuilt</h1>
<div class="image"><img src="boats.jpg" alt="boats"><div class="imageCaption">${CAPTION}</div></div>
${PARAS.map((p) => `<p>${p}</p>`).join('\n')}
<figure><img src="quay.jpg"><figcaption>The eastern quay at dawn.</figcaption></figure>
</div></body></html>`;

describe('furniture of saved pages inside the article', () => {
  it('are kept in the document text but marked as captions, not read as the article', () => {
    const out = analyseHtmlBytes(new TextEncoder().encode(page));
    if (out.status !== 'ok') throw new Error('page not read');
    const [story] = out.stories;
    const marked = (needle: string) => {
      const at = out.text.indexOf(needle);
      expect(at).toBeGreaterThanOrEqual(0);
      return story.noise.some((n) => n.kind === 'caption' && n.start <= at && n.end >= at + needle.length);
    };
    expect(marked(CAPTION)).toBe(true);
    expect(marked('The eastern quay at dawn.')).toBe(true);
    for (const p of PARAS) expect(marked(p)).toBe(false);
  });

  it('a page that prints its story twice reads it once: the second copy is marked as repeated', () => {
    const twice = `<!doctype html><html><head><title>Breakwater to be rebuilt</title></head><body><div id="story">
<h1>Breakwater to be rebuilt</h1>${PARAS.map((p) => `<p>${p}</p>`).join('')}${PARAS.map((p) => `<p>${p}</p>`).join('')}
<p>Short line.</p><p>Short line.</p></div></body></html>`;
    const out = analyseHtmlBytes(new TextEncoder().encode(twice));
    if (out.status !== 'ok') throw new Error('page not read');
    const [story] = out.stories;
    const repeated = (from: number) => story.noise.some((n) => n.kind === 'repeated-text' && n.start <= from && n.end > from);
    for (const p of PARAS) {
      const first = out.text.indexOf(p);
      const second = out.text.indexOf(p, first + p.length);
      expect(second).toBeGreaterThan(first);
      expect(repeated(first)).toBe(false);
      expect(repeated(second)).toBe(true);
    }
    // A short line said twice ("Advertisement", "Short line.") is the classifier's business, not a second copy.
    expect(repeated(out.text.lastIndexOf('Short line.'))).toBe(false);
  });

  it('links to other stories between paragraphs are related articles, even worded as sentences; links inside sentences are not', () => {
    const linked = `<!doctype html><html><head><title>Breakwater to be rebuilt</title></head><body><div id="story">
<h1>Breakwater to be rebuilt</h1>
<p>${PARAS[0]} <a href="/council">The council</a> will meet again in May.</p>
<p><a href="/a">Ferry operators said on Monday that the winter timetable would change from next week.</a></p>
<p><a href="/b">The fish market reopened on Friday after the autumn repairs to its roof were finished.</a></p>
${PARAS.slice(1)
  .map((p) => `<p>${p}</p>`)
  .join('')}
</div></body></html>`;
    const out = analyseHtmlBytes(new TextEncoder().encode(linked));
    if (out.status !== 'ok') throw new Error('page not read');
    const [story] = out.stories;
    const kindAt = (needle: string) =>
      story.noise.find((n) => n.start <= out.text.indexOf(needle) && n.end > out.text.indexOf(needle))?.kind;
    expect(kindAt('Ferry operators said')).toBe('related-teaser');
    expect(kindAt('The fish market reopened')).toBe('related-teaser');
    expect(kindAt(PARAS[0])).toBeUndefined();
    expect(kindAt('will meet again in May')).toBeUndefined();
  });
});
