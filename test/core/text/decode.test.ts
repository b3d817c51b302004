import { describe, expect, it } from 'vitest';
import { decodeBytes, normaliseNewlines } from '../../../electron/core/text/decode';

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
const bytes = (...parts: Array<number[] | Uint8Array>): Uint8Array => {
  const out: number[] = [];
  for (const p of parts) out.push(...p);
  return new Uint8Array(out);
};
function utf16(s: string, le: boolean, bom = true): Uint8Array {
  const out: number[] = bom ? (le ? [0xff, 0xfe] : [0xfe, 0xff]) : [];
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (le) out.push(c & 0xff, c >> 8);
    else out.push(c >> 8, c & 0xff);
  }
  return new Uint8Array(out);
}
/** Windows-1252 bytes for the few non-ASCII characters used in these tests. */
function cp1252(s: string): Uint8Array {
  const map: Record<string, number> = { '£': 0xa3, é: 0xe9, '€': 0x80, '’': 0x92, '“': 0x93, '”': 0x94, ü: 0xfc };
  return new Uint8Array([...s].map((ch) => (ch.charCodeAt(0) < 128 ? ch.charCodeAt(0) : map[ch])));
}

const TEXT = 'Café prices rose to £3 — “Привет”, said the owner.\r\nSecond line\n';

interface Case {
  name: string;
  input: Uint8Array;
  status: 'ok' | 'error' | 'skipped';
  encoding?: string;
  text?: string;
  lossy?: boolean;
  code?: string;
  message?: RegExp;
}

const big = new Uint8Array(2048).fill(0x61);

const CASES: Case[] = [
  { name: 'UTF-8 without BOM', input: utf8(TEXT), status: 'ok', encoding: 'utf-8', text: TEXT, lossy: false },
  {
    name: 'UTF-8 with BOM (BOM removed from text)',
    input: bytes([0xef, 0xbb, 0xbf], utf8(TEXT)),
    status: 'ok',
    encoding: 'utf-8-bom',
    text: TEXT,
    lossy: false,
  },
  { name: 'UTF-16 LE with BOM', input: utf16(TEXT, true), status: 'ok', encoding: 'utf-16le', text: TEXT, lossy: false },
  { name: 'UTF-16 BE with BOM', input: utf16(TEXT, false), status: 'ok', encoding: 'utf-16be', text: TEXT, lossy: false },
  {
    name: 'UTF-16 LE without BOM (sniffed)',
    input: utf16('Plain English text in UTF-16.\n', true, false),
    status: 'ok',
    encoding: 'utf-16le',
    text: 'Plain English text in UTF-16.\n',
  },
  {
    name: 'UTF-16 BE without BOM (sniffed)',
    input: utf16('Plain English text in UTF-16.\n', false, false),
    status: 'ok',
    encoding: 'utf-16be',
    text: 'Plain English text in UTF-16.\n',
  },
  {
    name: 'UTF-16 LE odd length is lossy',
    input: bytes(utf16('Hello there', true), [0x41]),
    status: 'ok',
    encoding: 'utf-16le',
    lossy: true,
  },
  {
    name: 'Windows-1252: £ é € and smart quotes',
    input: cp1252('The café charged £5 (€6) for “tea” - it’s dear.\n'),
    status: 'ok',
    encoding: 'windows-1252',
    text: 'The café charged £5 (€6) for “tea” - it’s dear.\n',
    lossy: false,
  },
  {
    name: 'Windows-1251 Cyrillic decodes as Cyrillic',
    input: new Uint8Array(
      [...new TextEncoder().encode('Moscow: ')].concat([
        0xcf, 0xf0, 0xe8, 0xe2, 0xe5, 0xf2, 0x20, 0xec, 0xe8, 0xf0, 0x20, 0xe4, 0xf0, 0xf3, 0xe7, 0xfc, 0xff, 0x2e,
      ]),
    ),
    status: 'ok',
    encoding: 'windows-1252',
    text: 'Moscow: Привет мир друзья.',
  },
  {
    name: 'invalid UTF-8 in mostly valid UTF-8 → lossy, U+FFFD',
    input: bytes(utf8('Привет, мир! Ещё немного текста. '), [0xff], utf8(' конец')),
    status: 'ok',
    encoding: 'utf-8',
    lossy: true,
  },
  {
    name: 'truncated multibyte at the end → lossy',
    input: bytes(utf8('Тест тест тест'), [0xd0]),
    status: 'ok',
    encoding: 'utf-8',
    lossy: true,
  },
  { name: 'NUL bytes → binary', input: bytes(utf8('abc'), [0, 0, 0, 1, 2], utf8('def')), status: 'error', code: 'binary', message: /NUL/ },
  {
    name: 'PNG header → binary',
    input: bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], utf8('IHDR')),
    status: 'error',
    code: 'binary',
    message: /PNG/,
  },
  { name: 'PDF header → binary', input: utf8('%PDF-1.7\n%âãÏÓ\n1 0 obj'), status: 'error', code: 'binary', message: /PDF/ },
  { name: 'ZIP header → binary', input: bytes([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]), status: 'error', code: 'binary', message: /ZIP/ },
  {
    name: 'control characters → binary',
    input: new Uint8Array(Array.from({ length: 200 }, (_, i) => (i % 3 === 0 ? 0x01 : 0x41))),
    status: 'error',
    code: 'binary',
  },
  { name: 'empty → skipped', input: new Uint8Array(0), status: 'skipped', code: 'empty' },
  { name: 'whitespace only → skipped', input: utf8(' \n\r\n\t  \u00a0\n'), status: 'skipped', code: 'empty' },
  { name: 'BOM only → skipped', input: new Uint8Array([0xef, 0xbb, 0xbf]), status: 'skipped', code: 'empty' },
  { name: 'UTF-16 whitespace only → skipped', input: utf16('  \n\n', true), status: 'skipped', code: 'empty' },
  { name: 'UTF-32 → unsupported', input: new Uint8Array([0xff, 0xfe, 0, 0, 0x41, 0, 0, 0]), status: 'error', code: 'unsupported-encoding' },
];

describe('decodeBytes', () => {
  for (const c of CASES) {
    it(c.name, () => {
      const out = decodeBytes(c.input);
      expect(out.status).toBe(c.status);
      if (out.status === 'ok') {
        if (c.encoding) expect(out.encoding).toBe(c.encoding);
        if (c.text !== undefined) expect(out.text).toBe(c.text);
        if (c.lossy !== undefined) expect(out.lossy).toBe(c.lossy);
        if (c.lossy) expect(out.text).toContain('\ufffd');
        expect(out.text.charCodeAt(0)).not.toBe(0xfeff);
      } else {
        if (c.code) expect(out.problem.code).toBe(c.code);
        if (c.message) expect(out.problem.message).toMatch(c.message);
        expect(out.problem.message.length).toBeGreaterThan(10);
      }
    });
  }

  it('too large → error with size and limit in the message', () => {
    const out = decodeBytes(big, { maxBytes: 1024 });
    expect(out.status).toBe('error');
    if (out.status !== 'ok') {
      expect(out.problem.code).toBe('too-large');
      expect(out.problem.message).toContain('2.0 KB');
      expect(out.problem.message).toContain('1.0 KB');
    }
    const mb = decodeBytes(new Uint8Array(21 * 1024 * 1024).fill(0x61));
    expect(mb.status === 'error' && mb.problem.message).toMatch(/21\.0 MB.*20\.0 MB/);
  });

  it('keeps CRLF and CR exactly; normaliseNewlines is display-only', () => {
    const out = decodeBytes(utf8('a\r\nb\rc\n'));
    expect(out.status === 'ok' && out.text).toBe('a\r\nb\rc\n');
    expect(normaliseNewlines('a\r\nb\rc\n')).toBe('a\nb\nc\n');
  });

  it('a BOM file and a BOM-less file give identical text (offsets after the BOM)', () => {
    const a = decodeBytes(utf8(TEXT));
    const b = decodeBytes(bytes([0xef, 0xbb, 0xbf], utf8(TEXT)));
    expect(a.status === 'ok' && b.status === 'ok' && a.text === b.text).toBe(true);
  });
});
