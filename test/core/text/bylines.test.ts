import { describe, expect, it } from 'vitest';
import { segmentDump } from '../../../electron/core/text/segment';
import { applyFixes } from '../../../electron/core/text/fixes';
import { analyseHtmlDump } from '../../../electron/core/library/html-dump';

const BODY = [
  'The harbour board agreed on Monday to dredge the northern channel before the winter storms, ending a dispute that had run for two years.',
  'Fishing crews had complained that the silted channel forced them to wait for high tide, and the board said the work would take six weeks.',
].join('\n\n');

describe('story bylines', () => {
  it.each([
    ['By Anna Lindqvist', 'Anna Lindqvist'],
    ['By Mara Lind and Jon Hale', 'Mara Lind and Jon Hale'],
    ['By JANE ROE, Nordwire', 'JANE ROE'],
    ['By Per Ek in Tolm', 'Per Ek'],
    ['Story by Ola Berg and Siv Dahl', 'Ola Berg and Siv Dahl'],
  ])('"%s" under the headline gives the byline %s', (line, byline) => {
    const text = `Harbour Board Backs Channel Dredging\n\n${line}\n\n${BODY}\n`;
    const [s] = segmentDump(text);
    expect(s.byline).toBe(byline);
    expect(s.title).toBe('Harbour Board Backs Channel Dredging');
  });

  it("an outlet after the byline's comma is the source, not part of the name", () => {
    const [s] = segmentDump(`Harbour Board Backs Channel Dredging\n\nBy JANE ROE, Nordwire\n\n${BODY}\n`);
    expect(s.source).toBe('Nordwire');
  });

  it('a wire story without a byline line takes its writers from the reporting credit, without places or editors', () => {
    const text =
      `HARBOUR BOARD BACKS CHANNEL DREDGING\n\nTOLM, March 3 (Reuters) - ${BODY}\n\n` +
      '(Reporting by Jane Roe in Tolm and Per Ek; Editing by Tom Poe)\n';
    const [s] = segmentDump(text);
    expect(s.byline).toBe('Jane Roe and Per Ek');
  });

  it('a byline line wins over the reporting credit', () => {
    const text = `Harbour Board Backs Channel Dredging\n\nBy Anna Lindqvist\n\n${BODY}\n\n(Reporting by Jane Roe; Editing by Tom Poe)\n`;
    expect(segmentDump(text)[0].byline).toBe('Anna Lindqvist');
  });

  it('each document of a LexisNexis-style export carries its own BYLINE: field', () => {
    const doc = (n: number, title: string, byline: string) =>
      [
        `                               ${n} of 2 DOCUMENTS`,
        '',
        '                              The Tolm Gazette',
        '',
        '                            March 3, 2024 Sunday',
        '',
        title,
        '',
        `BYLINE: ${byline}`,
        '',
        'LENGTH: 88 words',
        '',
        BODY,
        '',
        'LOAD-DATE: March 5, 2024',
        '',
        '',
      ].join('\n');
    const text =
      doc(1, 'Channel dredging approved', 'Siv Dahl') + doc(2, 'Ferry fares to rise in spring', 'OLA BERG, Transport Correspondent');
    const stories = segmentDump(text);
    expect(stories.map((s) => s.byline)).toEqual(['Siv Dahl', 'OLA BERG, Transport Correspondent']);
  });

  it('a story that names no writer has no byline, and a merge keeps the first byline found', () => {
    const text = `Harbour Board Backs Channel Dredging\n\n${BODY}\n\n\n\nFerry Fares To Rise\n\nBy Ola Berg\n\n${BODY}\n`;
    const stories = segmentDump(text);
    expect(stories.map((s) => s.byline)).toEqual([null, 'Ola Berg']);
    const [merged] = applyFixes(text, stories, [{ type: 'merge', at: stories[0].start }]);
    expect(merged.byline).toBe('Ola Berg');
  });

  it("a saved page's byline comes from its article, else from the page's own author line", () => {
    const paragraphs = [...BODY.split('\n\n'), ...BODY.split('\n\n').map((p) => p.replace('board', 'port authority'))];
    const article = {
      title: 'Channel Dredging Approved',
      contentHtml: paragraphs.map((p) => `<p>${p}</p>`).join(''),
      byline: 'By Siv Dahl',
    };
    const html = `<html><body><h1>Channel Dredging Approved</h1>${article.contentHtml}</body></html>`;
    const out = analyseHtmlDump(html, article);
    expect(out.status === 'ok' && out.stories[0].byline).toBe('Siv Dahl');
    // A byline line in the article itself is the better witness.
    const own = { ...article, contentHtml: `<p>By Ola Berg</p>${article.contentHtml}` };
    const again = analyseHtmlDump(`<html><body>${own.contentHtml}</body></html>`, own);
    expect(again.status === 'ok' && again.stories[0].byline).toBe('Ola Berg');
  });
});
