import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { processDump } from '../../../electron/core/text/index';
import { cleanBody, expectInvariants } from './helpers';

/**
 * Ground truth written by the sample-library author for the demo dumps in resources/sample-library.
 * Titles, mustContain and mustNotContain are hard requirements; metadata (source, date, language,
 * noise kinds, encoding) is checked too.
 */
const ROOT = join(__dirname, '../../..');
const EXPECTED = join(ROOT, 'test/fixtures/sample-expected.json');
const LIBRARY = join(ROOT, 'resources/sample-library');

interface ExpectedStory {
  title: string;
  source?: string | null;
  date?: string | null;
  language?: string;
  mustContain?: string[];
  mustNotContain?: string[];
}
interface ExpectedFile {
  encoding?: string;
  noiseKinds?: string[];
  stories: ExpectedStory[];
}

const expected: Record<string, ExpectedFile> = existsSync(EXPECTED)
  ? (JSON.parse(readFileSync(EXPECTED, 'utf8')) as { files: Record<string, ExpectedFile> }).files
  : {};

describe.skipIf(!existsSync(EXPECTED))('sample library ground truth', () => {
  for (const [file, want] of Object.entries(expected)) {
    const path = join(LIBRARY, file);
    it.skipIf(!existsSync(path))(file, () => {
      const out = processDump(new Uint8Array(readFileSync(path)));
      expect(out.status).toBe('ok');
      if (out.status !== 'ok') return;
      expectInvariants(out.text, out.stories);
      if (want.encoding) expect(out.encoding).toBe(want.encoding);
      expect(out.stories.map((s) => s.title)).toEqual(want.stories.map((s) => s.title));
      want.stories.forEach((ws, i) => {
        const got = out.stories[i];
        const body = cleanBody(out.text, got);
        for (const p of ws.mustContain ?? []) expect(body, `${ws.title}: must contain ${p}`).toContain(p);
        for (const p of ws.mustNotContain ?? []) expect(body, `${ws.title}: must not contain ${p}`).not.toContain(p);
        if (ws.source !== undefined) expect(got.source, `${ws.title}: source`).toBe(ws.source);
        if (ws.date !== undefined) expect(got.date, `${ws.title}: date`).toBe(ws.date);
        if (ws.language !== undefined) expect(got.language, `${ws.title}: language`).toBe(ws.language);
      });
      const kinds = new Set(out.stories.flatMap((s) => s.noise.map((n) => n.kind)));
      for (const k of want.noiseKinds ?? []) expect([...kinds], `noise kind ${k}`).toContain(k);
    });
  }
});
