import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runCli } from './run-cli';

/**
 * End to end over the shipped sample library (copied to a temp folder): annotate a few
 * passages with tags, `brief create`, then `export-brief` in every format, and read the PDF
 * back with poppler.
 */
const root = fileURLToPath(new URL('../..', import.meta.url));
let folder = '';
let out = '';

const dossier = runCli;

async function json(args: string[]) {
  const r = await dossier([...args, '--json']);
  expect(r.code, r.stderr).toBe(0);
  return JSON.parse(r.stdout);
}

interface Story {
  id: string;
  title: string;
  date: string | null;
  source: string | null;
  path: string;
  text: string;
}

/** Passages to quote: Cyrillic, £ in a windows-1252 file, é, and a CRLF file. */
const QUOTES = [
  { exact: 'обвинения Вельтрии в подавлении навигационных сигналов', tags: ['korsa', 'dravonia'] },
  { exact: 'Underwriters in London are bracing for claims of at least £48m', tags: ['korsa', 'economy'] },
  { exact: 'René Dufresne wipes down eight empty tables', tags: ['korsa/local'] },
  { exact: 'set up a direct hotline between their coastguards', tags: ['korsa'] },
  { exact: 'Lawmakers voted 88 to 71 against the motion', tags: ['politics'] },
];

let stories: Story[] = [];
let briefId = '';
const picked: { exact: string; story: Story }[] = [];

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'dossier-cli-brief-'));
  out = mkdtempSync(join(tmpdir(), 'dossier-cli-brief-out-'));
  cpSync(join(root, 'resources/sample-library'), folder, { recursive: true });
  const ingest = (await json(['ingest', folder])) as {
    files: { path: string; encoding: string; stories: Omit<Story, 'text' | 'path'>[] & { start: number; end: number }[] }[];
  };
  for (const f of ingest.files) {
    if (!f.encoding) continue;
    const bytes = readFileSync(join(folder, f.path));
    const text = new TextDecoder(f.encoding.replace('-bom', '')).decode(bytes);
    for (const s of f.stories as unknown as (Story & { start: number; end: number })[])
      stories.push({ ...s, path: f.path, text: text.slice(s.start, s.end) });
  }
});
afterAll(() => {
  rmSync(folder, { recursive: true, force: true });
  rmSync(out, { recursive: true, force: true });
});

describe('dossier brief create / export-brief', () => {
  it('annotates, builds a brief from tags and prints its id', async () => {
    for (const q of QUOTES) {
      const story = stories.find((s) => s.text.includes(q.exact));
      expect(story, q.exact).toBeDefined();
      await json(['annotate', folder, '--story', story!.id, '--exact', q.exact, ...q.tags.flatMap((t) => ['--tag', t])]);
      if (q.tags.some((t) => t === 'korsa' || t.startsWith('korsa/'))) picked.push({ exact: q.exact, story: story! });
    }
    const r = await json([
      'brief',
      'create',
      folder,
      '--title',
      'Korsa: the week in review',
      '--tag',
      'korsa',
      '--author',
      'Desk Ø',
      '--appendix',
    ]);
    expect(r.briefId).toMatch(/^brief-/);
    expect(r.quotes).toBe(4);
    briefId = r.briefId;
  }, 180_000);

  it('exports a PDF with every quote and citation, in published-date order, text intact', async () => {
    const file = join(out, 'brief.pdf');
    const r = await json(['export-brief', folder, briefId, '--format', 'pdf', '--out', file]);
    expect(r.path).toBe(file);
    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
    const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
    expect(pages).toBeGreaterThanOrEqual(3);
    expect(pages).toBeLessThanOrEqual(25);
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(text).toContain('Korsa: the week in review');
    expect(text).toContain('Desk Ø');

    const byDate = [...picked].sort((a, b) => (a.story.date ?? '9999').localeCompare(b.story.date ?? '9999'));
    // Up to the appendix heading (its last mention; the first is in the contents).
    const body = text.slice(0, text.lastIndexOf('Appendix: cited stories in full'));
    let at = -1;
    for (const q of byDate) {
      const i = body.indexOf(`“${q.exact}`, at + 1);
      expect(i, `quote “${q.exact}” in date order`).toBeGreaterThan(at);
      const cite = body.slice(i, i + 600);
      expect(cite).toContain(q.story.source ?? 'Unknown source');
      // pdftotext drops a hyphen at a line end, so compare without spaces and hyphens.
      expect(cite.replace(/[\s-]/g, '')).toContain(q.story.path.replace(/[\s-]/g, ''));
      at = i;
    }
    expect(body).not.toContain('Lawmakers voted 88 to 71');
  }, 180_000);

  it('exports HTML, Markdown and JSON without a browser', async () => {
    const env = { CHROME_PATH: '/nonexistent/chrome' };
    for (const format of ['html', 'md', 'json']) {
      const file = join(out, `brief.${format}`);
      const r = await dossier(['export-brief', folder, briefId, '--format', format, '--out', file, '--json'], env);
      expect(r.code, r.stderr).toBe(0);
      const content = readFileSync(file, 'utf8');
      for (const q of picked) expect(content, `${format}: ${q.exact}`).toContain(q.exact);
    }
    const html = readFileSync(join(out, 'brief.html'), 'utf8');
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).not.toMatch(/<script|<link|src=/i);
    const doc = JSON.parse(readFileSync(join(out, 'brief.json'), 'utf8'));
    expect(doc.brief.sources.length).toBe(new Set(picked.map((p) => p.story.id)).size);
  }, 180_000);

  it('explains failures: unknown brief, unknown format, no Chromium', async () => {
    const missing = await dossier(['export-brief', folder, 'brief-nope', '--format', 'md', '--out', join(out, 'x.md'), '--json']);
    expect(missing.code).toBe(1);
    expect(JSON.parse(missing.stdout).error.code).toBe('brief-not-found');

    const format = await dossier(['export-brief', folder, briefId, '--format', 'docx', '--out', join(out, 'x.docx')]);
    expect(format.code).toBe(2);
    expect(format.stderr).toContain('--format must be one of pdf, html, md, json');

    const nochrome = await dossier(['export-brief', folder, briefId, '--format', 'pdf', '--out', join(out, 'x.pdf'), '--json'], {
      CHROME_PATH: '/nonexistent/chrome',
    });
    expect(nochrome.code).toBe(1);
    expect(JSON.parse(nochrome.stdout).error.code).toBe('no-chromium');
    expect(nochrome.stderr).toContain('CHROME_PATH');
  }, 180_000);
});
