import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findChromium, printPdfHeadless } from '../../electron/services/briefs/headless-pdf';
import { resolveBrief } from '../../electron/core/briefs/resolve';
import { renderHtml } from '../../electron/core/briefs/render-html';
import { printSetup } from '../../electron/core/briefs/print-setup';
import { stampBrief, type Brief } from '../../electron/core/briefs/model';
import { buildFromTags } from '../../electron/core/briefs/build-from-tags';
import { DossierError } from '../../electron/core/errors';
import { fixtureSource, HIGHLIGHTS, STORIES } from '../core/briefs/fixture';

let dir = '';
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'dossier-brief-pdf-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const flat = (s: string) => s.replace(/\s+/g, ' ');

async function print(
  brief: Brief,
  src: ReturnType<typeof fixtureSource>,
  name: string,
): Promise<{ text: string; info: string; path: string }> {
  const pdf = await printPdfHeadless(
    renderHtml(resolveBrief(brief, src)),
    printSetup({ paper: brief.paper, title: brief.title, handling: brief.handling }),
  );
  const path = join(dir, `${name}.pdf`);
  writeFileSync(path, pdf);
  return {
    path,
    text: flat(execFileSync('pdftotext', ['-enc', 'UTF-8', path, '-'], { encoding: 'utf8' })),
    info: execFileSync('pdfinfo', [path], { encoding: 'utf8' }),
  };
}

const pages = (info: string) => Number(/Pages:\s+(\d+)/.exec(info)?.[1]);

describe('printing a brief through headless Chromium', () => {
  const src = fixtureSource({
    stories: STORIES,
    highlights: HIGHLIGHTS,
    tags: { fees: '#3fa34d' },
    links: [{ from: 's-late', to: 's-early', label: 'contradicts' }],
  });
  let n = 0;
  const content = buildFromTags(src, {
    title: 'Port fees: where things stand',
    tags: [],
    date: '2025-07-01',
    author: 'Zoë Analyst',
    handling: 'Restricted — Internal',
    summary: 'Fees rose to £40 a tonne in Elsmere; the ministry says its own will not change.',
    appendix: true,
    newId: () => `i${++n}`,
  });
  const brief = stampBrief(content, 'b1', '2025-07-01T09:00:00Z');
  // Printing launches Chromium (seconds each): the A4 brief is printed once, on first use, and read by three tests.
  let a4: ReturnType<typeof print> | null = null;
  const printA4 = () => (a4 ??= print(brief, src, 'a4'));

  it('puts every quote and its citation in the PDF, in order, with non-ASCII text intact', async () => {
    const { text, info } = await printA4();
    expect(info).toMatch(/Page size:\s+59[56](\.\d+)? x 84[12](\.\d+)? pts \(A4\)/);
    // Cover, contents and sections, sources, then one appendix page per cited story: a few pages, not dozens.
    expect(pages(info)).toBeGreaterThanOrEqual(4);
    expect(pages(info)).toBeLessThanOrEqual(8);

    const sequence = [
      'Port fees: where things stand',
      'Zoë Analyst',
      '1 July 2025',
      'Fees rose to £40 a tonne in Elsmere',
      'Contents',
      '“сборы останутся прежними до конца года”',
      '[1] Вестник · “Заявление министерства о портовых сборах” · 3 June 2025 · ru/vestnik.txt',
      '“raised fees to £40 a tonne”',
      '[2] Tidewater Press · “Harbour fees rise to £40 a tonne at Port Elsmere” · 12 June 2025 · wire/elsmere.txt',
      'First rise since 2019.',
      '“the café owners on the quay would feel it first”',
      '“talks would resume next week”',
      '[3] Unknown source · “Quay workers plan a résumé of talks” · undated · misc/quay.txt',
      'contradicts',
      'Sources',
      'Вестник, “Заявление министерства о портовых сборах”, 3 June 2025. ru/vestnik.txt',
      'Appendix: cited stories in full',
      'Министерство заявило, что сборы останутся прежними до конца года.',
      'ELSMERE — The harbour board raised fees to £40 a tonne on Thursday.',
    ];
    let at = -1;
    for (const s of sequence) {
      const i = text.indexOf(flat(s), at + 1);
      expect(i, `“${s}” after position ${at}`).toBeGreaterThan(at);
      at = i;
    }
    // Offsets of every quote are printed with it.
    for (const h of HIGHLIGHTS) {
      const p = src.highlight(h.id)!.position;
      expect(text).toContain(`characters ${p.start}–${p.end}`);
    }
  });

  it('prints the handling label on every page and numbers pages "n of N"', async () => {
    const { path, info } = await printA4();
    const total = pages(info);
    for (let p = 1; p <= total; p++) {
      const page = flat(execFileSync('pdftotext', ['-enc', 'UTF-8', '-f', String(p), '-l', String(p), path, '-'], { encoding: 'utf8' }));
      expect(page, `page ${p}`).toContain('RESTRICTED — INTERNAL');
      expect(page, `page ${p}`).toContain(`${p} of ${total}`);
    }
  });

  it('prints on US Letter when the analyst chooses it', async () => {
    const { info } = await print({ ...brief, paper: 'Letter', appendix: false }, src, 'letter');
    expect(info).toMatch(/Page size:\s+612 x 792 pts \(letter\)/);
  });

  it('renders pages that can be rasterised for a look (pdftoppm)', async () => {
    const { path } = await printA4();
    execFileSync('pdftoppm', ['-r', '60', '-png', '-f', '1', '-l', '2', path, join(dir, 'look')]);
    const pngs = readdirSync(dir).filter((f) => f.startsWith('look') && f.endsWith('.png'));
    expect(pngs).toHaveLength(2);
    // A blank page compresses to almost nothing; a printed one does not.
    for (const f of pngs) expect(statSync(join(dir, f)).size).toBeGreaterThan(5_000);
  });
});

describe('finding Chromium', () => {
  it('uses CHROME_PATH when it names an executable', () => {
    const fake = join(dir, 'my-chrome');
    writeFileSync(fake, '#!/bin/sh\n');
    chmodSync(fake, 0o755);
    expect(findChromium({ CHROME_PATH: fake, PATH: '' })).toBe(fake);
  });

  it('says what is wrong when CHROME_PATH points nowhere, instead of quietly using another browser', () => {
    expect(() => findChromium({ CHROME_PATH: join(dir, 'nope'), PATH: '/usr/bin' })).toThrow(/CHROME_PATH points at/);
  });

  it('searches the PATH for chromium, chromium-browser or google-chrome', () => {
    const bin = join(dir, 'bin');
    execFileSync('mkdir', ['-p', bin]);
    writeFileSync(join(bin, 'google-chrome'), '#!/bin/sh\n');
    chmodSync(join(bin, 'google-chrome'), 0o755);
    expect(findChromium({ PATH: bin })).toBe(join(bin, 'google-chrome'));
  });

  it('explains how to install one when there is none', () => {
    let err: unknown;
    try {
      findChromium({ PATH: join(dir, 'empty') });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(DossierError);
    expect((err as DossierError).code).toBe('no-chromium');
    expect((err as DossierError).message).toMatch(/apt-get install chromium.*CHROME_PATH/s);
    expect(existsSync(join(dir, 'empty'))).toBe(false);
  });
});
