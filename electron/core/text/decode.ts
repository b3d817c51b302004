import type { Encoding, Problem } from '../types';

/**
 * Bytes → text for scraped dumps. Never throws.
 *
 * Offsets: the returned `text` has any byte-order mark removed, and every offset elsewhere in
 * Dossier is an index into this string (UTF-16 code units). Line endings (CRLF, CR) are kept as
 * they are so offsets map exactly to the decoded text; use `normaliseNewlines` only for display.
 *
 * Detection order: size limit → empty → BOM (UTF-8, UTF-16 LE/BE) → known binary signatures →
 * BOM-less UTF-16 (NULs on alternate bytes) → NUL bytes / control characters (binary) → strict
 * UTF-8 → legacy single-byte (Windows-1252, or Windows-1251 for Cyrillic) when invalid UTF-8 looks
 * like single-byte text → lossy UTF-8 with U+FFFD otherwise.
 */
export type DecodeOutcome =
  | {
      status: 'ok';
      text: string;
      encoding: Encoding;
      /** True when undecodable bytes were replaced with U+FFFD. */
      lossy: boolean;
      /**
       * The exact legacy code page when it is not the one `encoding` names. `Encoding` has no
       * 'windows-1251' yet, so Cyrillic single-byte files report encoding 'windows-1252' (the
       * legacy single-byte family) with charset 'windows-1251'; the text itself is decoded right.
       */
      charset?: 'windows-1251';
    }
  | { status: 'error' | 'skipped'; problem: Problem };

export interface DecodeOptions {
  /** Files larger than this are refused (default 20 MB). */
  maxBytes?: number;
}

export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

/** Bytes inspected for binary signs; a text file shows its nature in its first 64 KB. */
const SNIFF_BYTES = 64 * 1024;

const SIGNATURES: Array<{ name: string; bytes: number[] }> = [
  { name: 'a PNG image', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { name: 'a PDF document', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] },
  { name: 'a ZIP archive (or an Office document)', bytes: [0x50, 0x4b, 0x03, 0x04] },
  { name: 'an empty ZIP archive', bytes: [0x50, 0x4b, 0x05, 0x06] },
  { name: 'a GZIP archive', bytes: [0x1f, 0x8b] },
  { name: 'a JPEG image', bytes: [0xff, 0xd8, 0xff] },
  { name: 'a GIF image', bytes: [0x47, 0x49, 0x46, 0x38] },
  { name: 'a WebP/RIFF file', bytes: [0x52, 0x49, 0x46, 0x46] },
  { name: 'a 7-Zip archive', bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c] },
  { name: 'a RAR archive', bytes: [0x52, 0x61, 0x72, 0x21, 0x1a, 0x07] },
  { name: 'an executable (ELF)', bytes: [0x7f, 0x45, 0x4c, 0x46] },
  { name: 'a SQLite database', bytes: [0x53, 0x51, 0x4c, 0x69, 0x74, 0x65, 0x20, 0x66] },
  { name: 'an old Office document', bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1] },
];

function startsWith(bytes: Uint8Array, sig: number[], at = 0): boolean {
  if (bytes.length < at + sig.length) return false;
  for (let i = 0; i < sig.length; i++) if (bytes[at + i] !== sig[i]) return false;
  return true;
}

function formatSize(n: number): string {
  if (n >= 1024 * 1024) return `${(n / (1024 * 1024)).toFixed(1)} MB`;
  if (n >= 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${n} bytes`;
}

const problem = (status: 'error' | 'skipped', code: string, message: string): DecodeOutcome => ({ status, problem: { code, message } });

const binary = (what: string): DecodeOutcome =>
  problem('error', 'binary', `This file is not text (it looks like ${what}). Dossier reads plain-text news dumps.`);

/** Share of C0 control characters (other than tab, LF, VT, FF, CR, ESC) in a decoded sample. */
function controlRatio(s: string): number {
  const n = Math.min(s.length, SNIFF_BYTES);
  if (n === 0) return 0;
  let bad = 0;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c < 32 && c !== 9 && c !== 10 && c !== 11 && c !== 12 && c !== 13 && c !== 27) bad++;
  }
  return bad / n;
}

/** Whether the text has anything but whitespace. Scans only until the first visible character. */
function isBlankText(s: string): boolean {
  return !/[^\s\u200b\u2060\ufeff]/.test(s);
}

/**
 * Guess BOM-less UTF-16: text in UTF-16 has a NUL in almost every other byte for Latin script.
 * Returns the byte order or null.
 */
function sniffUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, SNIFF_BYTES) & ~1;
  if (n < 4) return null;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  if (oddZero / pairs > 0.4 && evenZero / pairs < 0.05) return 'utf-16le';
  if (evenZero / pairs > 0.4 && oddZero / pairs < 0.05) return 'utf-16be';
  return null;
}

/**
 * Walk the bytes as UTF-8: how many well-formed multi-byte sequences vs. bytes that cannot be
 * UTF-8, and how the high bytes are distributed (for the Windows-1251 guess).
 */
function utf8Stats(bytes: Uint8Array): { valid: number; invalid: number; cyrLetters: number; high: number } {
  let valid = 0;
  let invalid = 0;
  let high = 0;
  let cyrLetters = 0;
  const n = bytes.length;
  let i = 0;
  while (i < n) {
    const b = bytes[i];
    if (b < 0x80) {
      i++;
      continue;
    }
    high++;
    if (b >= 0xc0) cyrLetters++; // in cp1251, C0–FF are exactly А–я
    let need = 0;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) need = 2;
    else if (b >= 0xf0 && b <= 0xf4) need = 3;
    let ok = need > 0 && i + need < n + 0;
    for (let k = 1; ok && k <= need; k++) {
      if (i + k >= n || (bytes[i + k] & 0xc0) !== 0x80) ok = false;
    }
    if (ok) {
      valid++;
      i += need + 1;
    } else {
      invalid++;
      i++;
    }
  }
  return { valid, invalid, cyrLetters, high };
}

/** Does single-byte text read as Russian in cp1251 rather than accented Latin in cp1252? */
function looksLikeCp1251(bytes: Uint8Array, stats: { cyrLetters: number; high: number }): boolean {
  if (stats.high < 8 || stats.cyrLetters / stats.high < 0.7) return false;
  // Russian words are runs of high bytes; French/German words have one accented letter among ASCII.
  let runs = 0;
  let longRuns = 0;
  let run = 0;
  const n = Math.min(bytes.length, SNIFF_BYTES * 4);
  for (let i = 0; i <= n; i++) {
    const b = i < n ? bytes[i] : 0x20;
    if (b >= 0xc0) run++;
    else {
      if (run > 0) {
        runs++;
        if (run >= 3) longRuns++;
      }
      run = 0;
    }
  }
  return runs > 0 && longRuns / runs > 0.5;
}

/**
 * Windows-1252 bytes 0x80–0x9F. Node's TextDecoder('windows-1252') decodes them as Latin-1 C1
 * controls (it takes a Latin-1 fast path), which would turn € and curly quotes into invisible
 * characters, so they are mapped here. The five undefined bytes stay as their C1 code points (as in WHATWG).
 */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

function decodeCp1252(bytes: Uint8Array): string {
  const latin1 = new TextDecoder('latin1').decode(bytes);
  return /[\u0080-\u009f]/.test(latin1) ? latin1.replace(/[\u0080-\u009f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80]) : latin1;
}

function decodeWith(label: string, bytes: Uint8Array): { text: string; lossy: boolean } {
  try {
    return { text: new TextDecoder(label, { fatal: true, ignoreBOM: true }).decode(bytes), lossy: false };
  } catch {
    return { text: new TextDecoder(label, { fatal: false, ignoreBOM: true }).decode(bytes), lossy: true };
  }
}

function finish(text: string, encoding: Encoding, lossy: boolean, charset?: 'windows-1251'): DecodeOutcome {
  if (isBlankText(text)) return problem('skipped', 'empty', 'This file is empty or contains only whitespace.');
  if (controlRatio(text) > 0.1) return binary('binary data (many control characters)');
  if (lossy) {
    // Mostly replacement characters means this was never text.
    const sample = text.length > SNIFF_BYTES ? text.slice(0, SNIFF_BYTES) : text;
    let bad = 0;
    for (let i = 0; i < sample.length; i++) if (sample.charCodeAt(i) === 0xfffd) bad++;
    if (bad / sample.length > 0.3) return binary('binary data (mostly undecodable bytes)');
  }
  return charset ? { status: 'ok', text, encoding, lossy, charset } : { status: 'ok', text, encoding, lossy };
}

/** Decode a dump's bytes. See the module comment for the rules; never throws. */
export function decodeBytes(bytes: Uint8Array, opts: DecodeOptions = {}): DecodeOutcome {
  try {
    const max = opts.maxBytes ?? DEFAULT_MAX_BYTES;
    if (bytes.length > max) {
      return problem('error', 'too-large', `This file is ${formatSize(bytes.length)}, over the ${formatSize(max)} limit for one dump.`);
    }
    if (bytes.length === 0) return problem('skipped', 'empty', 'This file is empty.');

    if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
      const { text, lossy } = decodeWith('utf-8', bytes.subarray(3));
      return finish(text, 'utf-8-bom', lossy);
    }
    if (startsWith(bytes, [0xff, 0xfe, 0, 0])) {
      return problem('error', 'unsupported-encoding', 'This file is UTF-32 encoded, which Dossier does not read. Save it as UTF-8.');
    }
    if (startsWith(bytes, [0xff, 0xfe])) {
      const body = bytes.subarray(2);
      const { text, lossy } = decodeWith('utf-16le', body);
      return finish(text, 'utf-16le', lossy || body.length % 2 === 1);
    }
    if (startsWith(bytes, [0xfe, 0xff])) {
      const body = bytes.subarray(2);
      const { text, lossy } = decodeWith('utf-16be', body);
      return finish(text, 'utf-16be', lossy || body.length % 2 === 1);
    }

    for (const sig of SIGNATURES) if (startsWith(bytes, sig.bytes)) return binary(sig.name);

    const utf16 = sniffUtf16(bytes);
    if (utf16) {
      const { text, lossy } = decodeWith(utf16, bytes);
      return finish(text, utf16, lossy || bytes.length % 2 === 1);
    }

    const sniff = bytes.subarray(0, SNIFF_BYTES);
    let nul = 0;
    let ctrl = 0;
    for (let i = 0; i < sniff.length; i++) {
      const b = sniff[i];
      if (b === 0) nul++;
      else if (b < 32 && b !== 9 && b !== 10 && b !== 11 && b !== 12 && b !== 13 && b !== 27) ctrl++;
    }
    // Like git: a NUL near the start means binary. Further in, allow a stray one or two.
    const nulEarly = bytes.subarray(0, 8000).indexOf(0) !== -1;
    if (nulEarly || nul / sniff.length > 0.001) return binary('binary data (it contains NUL bytes)');
    if (ctrl / sniff.length > 0.1) return binary('binary data (many control characters)');

    try {
      const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
      return finish(text, 'utf-8', false);
    } catch {
      // not valid UTF-8: decide below
    }
    const stats = utf8Stats(bytes);
    if (stats.invalid > stats.valid) {
      // Single-byte legacy text: almost no valid UTF-8 sequences, many stray high bytes.
      if (looksLikeCp1251(bytes, stats)) {
        const text = new TextDecoder('windows-1251').decode(bytes);
        return finish(text, 'windows-1252', false, 'windows-1251');
      }
      return finish(decodeCp1252(bytes), 'windows-1252', false);
    }
    const text = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true }).decode(bytes);
    return finish(text, 'utf-8', true);
  } catch (err) {
    return problem('error', 'internal', `Could not decode this file: ${err instanceof Error ? err.message : String(err)}`);
  }
}

/** CRLF and lone CR → LF, for display only: offsets always refer to the text as decoded. */
export function normaliseNewlines(text: string): string {
  return text.indexOf('\r') === -1 ? text : text.replace(/\r\n?/g, '\n');
}
