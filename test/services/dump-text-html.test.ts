import { afterEach, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Catalog } from '../../electron/core/library/catalog';
import { catalogEntry } from '../../electron/core/library/ingest-file';
import { DumpTexts } from '../../electron/services/workspace/dump-text';
import { readAndAnalyse } from '../../electron/services/workspace/read-dump';

const para = (n: number) =>
  `Paragraph ${n} of the report says the old lighthouse on the point will be restored by volunteers over the next two summers.`;
const PAGE = `<html><head><title>Lighthouse To Be Restored</title></head><body><div>Menu: Home News</div>
<article>${[1, 2, 3, 4, 5].map((n) => `<p>${para(n)}</p>`).join('')}</article></body></html>`;

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('the text of an HTML dump read again for the reader', () => {
  it('is the same derived document text ingest made, so offsets still index it after the cache lost it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dossier-html-text-'));
    dirs.push(dir);
    writeFileSync(join(dir, 'light.html'), PAGE);
    const outcome = await readAndAnalyse(join(dir, 'light.html'), 'light.html', []);
    if (outcome.kind !== 'read' || outcome.text === null) throw new Error('the page was not read');
    const catalog = new Catalog();
    catalog.set(catalogEntry('doc-light', outcome.dump));
    // Nothing remembered: the reader reads and derives the text on demand.
    const texts = new DumpTexts(dir, catalog);
    expect(texts.read('light.html')).toBe(outcome.text);
    expect(outcome.text.startsWith(`Lighthouse To Be Restored\n\n${para(1)}`)).toBe(true);
  });
});
