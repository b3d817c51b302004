import { int, pick } from '../../test/support/prng';
import { encodeCp1251, encodeCp1252, encodeUtf16, utf8, withBom } from './encodings';

/**
 * The inputs the fuzz scenarios push through Dossier. All text is invented here. `expect`
 * says what a user should see: 'ok' (readable, and `marker` must be in the decoded text,
 * proving the encoding was read right), 'bad' (refused with a reason) or 'any' (random
 * bytes: either is fine, a crash or a silent nothing is not).
 */
export interface FuzzCase {
  name: string;
  bytes: Uint8Array;
  expect: 'ok' | 'bad' | 'any';
  marker?: string;
  /** Markup planted in the text: it must come out of the HTML renderer escaped. */
  markup?: boolean;
}

const LATIN = [
  'Harbour board raises fees at Port Velmar',
  '',
  'VELMAR, March 3 (Tidewire) — The harbour board raised berth fees on Thursday, and the café owners on the quay said they would feel it first.',
  '',
  '“We were not consulted,” said Orla Bexley, who runs a stall near the ferry ramp. The board said the fees fund a new breakwater costing €4 million.',
  '',
  '',
  'Ferry union calls a one-day stoppage',
  '',
  'VELMAR, March 4 (Tidewire) — Ferry crews will stop work for a day next week over rosters, the union said… Talks resume on Monday.',
  '',
].join('\n');

const CYRILLIC = [
  'Министерство объявило о новых сборах',
  '',
  'ВЕЛМАР, 3 марта — Министерство транспорта заявило, что портовые сборы вырастут с апреля. Решение принято единогласно.',
  '',
  'Представитель профсоюза сказал, что работники порта готовят ответ.',
  '',
].join('\n');

/** Payloads an attacker could plant in a scraped page; all must print as text. */
const MARKUP = [
  '<script>alert("x")</script>',
  '<img src=x onerror=alert(1)>',
  '"><svg onload=alert(1)>',
  "'><iframe src=javascript:alert(1)></iframe>",
  '</style><script src=//evil.invalid/x.js></script>',
  '<a href="javascript:alert(1)">click</a>',
  '<!--',
  ']]><![CDATA[<b>',
];

function markupDump(rnd: () => number): string {
  const title = `${pick(rnd, MARKUP)} Minister ${pick(rnd, ['resigns', 'returns', 'responds'])}`;
  const body = Array.from(
    { length: int(rnd, 2, 5) },
    () => `Officials said ${pick(rnd, MARKUP)} on Friday, according to the wire ${pick(rnd, MARKUP)}.`,
  ).join('\n\n');
  return `${title}\n\nVELMAR, May 2 (Tidewire) — ${body}\n\n\n${pick(rnd, MARKUP)}\n\nSecond story about ${pick(rnd, MARKUP)} and the harbour.\n`;
}

function randomBytes(rnd: () => number, n: number): Uint8Array {
  const b = new Uint8Array(n);
  for (let i = 0; i < n; i++) b[i] = Math.floor(rnd() * 256);
  return b;
}

/** Valid text with damage a scraper or a bad copy leaves: flipped bytes, NULs, cut sequences. */
function mutate(rnd: () => number, src: Uint8Array): Uint8Array {
  const b = new Uint8Array(src);
  const edits = int(rnd, 1, 12);
  for (let i = 0; i < edits; i++) {
    const at = Math.floor(rnd() * b.length);
    const kind = int(rnd, 0, 3);
    if (kind === 0) b[at] ^= 1 << int(rnd, 0, 7);
    else if (kind === 1) b[at] = 0;
    else if (kind === 2) b[at] = 0x80 + int(rnd, 0, 0x7f);
    else b[at] = pick(rnd, [0x3c, 0x3e, 0x22, 0x26, 0x0d]);
  }
  const cut = rnd() < 0.3 ? int(rnd, 1, b.length) : b.length;
  return b.slice(0, cut);
}

export function encodingCases(): FuzzCase[] {
  return [
    { name: 'utf-8', bytes: utf8(LATIN), expect: 'ok', marker: 'café' },
    { name: 'utf-8 with BOM', bytes: withBom(utf8(LATIN)), expect: 'ok', marker: 'café' },
    { name: 'utf-8 cyrillic', bytes: utf8(CYRILLIC), expect: 'ok', marker: 'Министерство' },
    { name: 'utf-16le with BOM', bytes: encodeUtf16(LATIN, 'le', true), expect: 'ok', marker: 'café' },
    { name: 'utf-16be with BOM', bytes: encodeUtf16(LATIN, 'be', true), expect: 'ok', marker: 'café' },
    { name: 'utf-16le without BOM', bytes: encodeUtf16(LATIN, 'le', false), expect: 'ok', marker: 'café' },
    { name: 'utf-16le cyrillic with BOM', bytes: encodeUtf16(CYRILLIC, 'le', true), expect: 'ok', marker: 'Министерство' },
    { name: 'cp1252', bytes: encodeCp1252(LATIN), expect: 'ok', marker: 'café' },
    { name: 'cp1251', bytes: encodeCp1251(CYRILLIC), expect: 'ok', marker: 'Министерство' },
    { name: 'crlf line endings', bytes: utf8(LATIN.replace(/\n/g, '\r\n')), expect: 'ok', marker: 'café' },
    // One stray byte in otherwise good UTF-8: still readable, the rest intact.
    {
      name: 'utf-8 with one invalid byte',
      bytes: new Uint8Array([...utf8(LATIN.slice(0, 200)), 0xff, ...utf8(LATIN.slice(200))]),
      expect: 'ok',
      marker: 'Ferry union',
    },
    { name: 'truncated mid-sequence', bytes: utf8(`${LATIN}é`).slice(0, -1), expect: 'ok', marker: 'café' },
  ];
}

export function sizeCases(): FuzzCase[] {
  const huge = new Uint8Array(20 * 1024 * 1024 + 1).fill(0x61);
  const longLine = utf8(`Long line ${'word '.repeat(400_000)}\n`);
  return [
    { name: 'empty (0 bytes)', bytes: new Uint8Array(0), expect: 'bad' },
    { name: 'one byte', bytes: utf8('a'), expect: 'any' },
    { name: 'only a newline', bytes: utf8('\n'), expect: 'bad' },
    { name: 'only a BOM', bytes: new Uint8Array([0xef, 0xbb, 0xbf]), expect: 'bad' },
    { name: 'only whitespace', bytes: utf8(' \t\n\r\n   \n'), expect: 'bad' },
    { name: 'PNG signature', bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), expect: 'bad' },
    { name: '2 MB single line', bytes: longLine, expect: 'ok', marker: 'Long line' },
    { name: '20 MB + 1 byte', bytes: huge, expect: 'bad' },
  ];
}

export function markupCases(rnd: () => number, n: number): FuzzCase[] {
  return Array.from({ length: n }, (_, i) => ({
    name: `markup #${i}`,
    bytes: utf8(markupDump(rnd)),
    expect: 'ok' as const,
    markup: true,
    marker: 'Minister',
  }));
}

export function randomCases(rnd: () => number, n: number): FuzzCase[] {
  const bases = [utf8(LATIN), utf8(CYRILLIC), encodeUtf16(LATIN, 'le', true), encodeCp1252(LATIN), utf8(markupDump(rnd))];
  const out: FuzzCase[] = [];
  for (let i = 0; i < n; i++) {
    if (i % 2 === 0)
      out.push({
        name: `random bytes #${i} (${i % 7 === 0 ? 'large' : 'small'})`,
        bytes: randomBytes(rnd, i % 7 === 0 ? int(rnd, 10_000, 200_000) : int(rnd, 0, 4096)),
        expect: 'any',
      });
    else out.push({ name: `mutated text #${i}`, bytes: mutate(rnd, pick(rnd, bases)), expect: 'any' });
  }
  return out;
}

/** File names analysts' scrapers really produce, and some they should not. */
export const ODD_NAMES = [
  'with spaces in name.txt',
  'Сводка новостей 3 марта.txt',
  'quote\'s and "doubles".txt',
  '-leading-dash.txt',
  '--help.txt',
  'emoji 📰 wire.txt',
  'UPPER CASE.TXT',
  'semi;colon&amp.txt',
  '<script>alert(1)<script>.txt',
  'sub dir/nested ünïcödé.md',
];
