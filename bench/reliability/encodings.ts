/**
 * Encoders for the legacy and UTF-16 forms dumps arrive in. Node has no cp1252/cp1251
 * encoder, so the few characters the fuzz text uses are mapped by hand (the text is chosen
 * to stay inside these tables).
 */
const CP1252_EXTRA: Record<string, number> = {
  '€': 0x80,
  '‚': 0x82,
  '„': 0x84,
  '…': 0x85,
  '‘': 0x91,
  '’': 0x92,
  '“': 0x93,
  '”': 0x94,
  '–': 0x96,
  '—': 0x97,
};

export function encodeCp1252(text: string): Uint8Array {
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    const c = text.charCodeAt(i);
    if (CP1252_EXTRA[ch] !== undefined) out[i] = CP1252_EXTRA[ch];
    else if (c < 0x80 || (c >= 0xa0 && c <= 0xff)) out[i] = c;
    else throw new Error(`cp1252 fixture cannot encode ${ch}`);
  }
  return out;
}

/** Windows-1251: А–я are 0xC0–0xFF in order; Ё/ё at 0xA8/0xB8. */
export function encodeCp1251(text: string): Uint8Array {
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) out[i] = c;
    else if (c >= 0x410 && c <= 0x44f) out[i] = c - 0x410 + 0xc0;
    else if (c === 0x401) out[i] = 0xa8;
    else if (c === 0x451) out[i] = 0xb8;
    else if (text[i] === '—') out[i] = 0x97;
    else throw new Error(`cp1251 fixture cannot encode ${text[i]}`);
  }
  return out;
}

export function encodeUtf16(text: string, order: 'le' | 'be', bom: boolean): Uint8Array {
  const out = new Uint8Array((text.length + (bom ? 1 : 0)) * 2);
  let o = 0;
  const put = (c: number) => {
    if (order === 'le') {
      out[o++] = c & 0xff;
      out[o++] = c >> 8;
    } else {
      out[o++] = c >> 8;
      out[o++] = c & 0xff;
    }
  };
  if (bom) put(0xfeff);
  for (let i = 0; i < text.length; i++) put(text.charCodeAt(i));
  return out;
}

export const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
export const withBom = (bytes: Uint8Array): Uint8Array => new Uint8Array([0xef, 0xbb, 0xbf, ...bytes]);
