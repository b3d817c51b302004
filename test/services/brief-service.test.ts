import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServices } from '../../electron/services/create-services';
import { HeadlessBriefExporter } from '../../electron/services/briefs/headless-pdf';
import { noEmit } from '../../electron/core/api/emit';
import { dispatch } from '../../electron/core/api';
import type { BriefExporter } from '../../electron/core/ports/briefs-port';

/** Two invented dumps: one English with £ and é, one Russian. */
const DUMPS: Record<string, string> = {
  'elsmere.txt':
    'Harbour fees rise to £40 a tonne at Port Elsmere\n\n' +
    'ELSMERE, June 12, 2025 (Tidewater Press) – The harbour board raised fees to £40 a tonne on Thursday, the first rise since 2019.\n\n' +
    'Shippers said the café owners on the quay would feel it first.\n\n' +
    'A spokesman for the board declined to comment further.\n',
  'vestnik_ru.txt':
    'Министерство: портовые сборы останутся прежними\n\n' +
    'ЭЛЬСМЕР, 3 июня 2025 (Вестник) – Министерство заявило, что сборы останутся прежними до конца года, несмотря на давление судовладельцев.\n\n' +
    'Решение принято единогласно на заседании коллегии в понедельник.\n',
};

let folder = '';
let services: ReturnType<typeof createServices>;
let revealed: string[] = [];
let saveTo: string | null = null;

function make(exporter?: BriefExporter) {
  return createServices({
    sampleFolder: folder,
    emit: noEmit,
    app: () => ({ chooseFolder: async () => null, openLink: async () => false }),
    briefExporter: exporter,
  });
}

async function highlight(quote: string, tags: string[], note = '') {
  const story = services.workspace.listStories().find((s) => services.workspace.getStory(s.id).text.includes(quote))!;
  const view = services.workspace.getStory(story.id);
  const start = view.story.start + view.text.indexOf(quote);
  return services.annotations.createHighlight({ storyId: story.id, start, end: start + quote.length, exact: quote, tags, note });
}

beforeEach(async () => {
  folder = mkdtempSync(join(tmpdir(), 'dossier-briefsvc-'));
  for (const [name, text] of Object.entries(DUMPS)) writeFileSync(join(folder, name), text);
  revealed = [];
  saveTo = null;
  const exporter = new HeadlessBriefExporter(() => saveTo);
  exporter.reveal = async (p: string) => {
    revealed.push(p);
  };
  services = make(exporter);
  await services.workspace.open(folder);
  await highlight('raised fees to £40 a tonne', ['fees'], 'First rise since 2019.');
  await highlight('the café owners on the quay would feel it first', ['local']);
  await highlight('сборы останутся прежними до конца года', ['fees/ministry']);
});

afterEach(async () => {
  await services.annotations.stop();
  rmSync(folder, { recursive: true, force: true });
});

describe('BriefService', () => {
  it('builds a brief from tagged highlights and keeps it in the workspace database across restarts', async () => {
    const brief = await services.briefs.createFromTags({ title: 'Fees', tags: ['fees'] });
    const quotes = brief.sections.flatMap((s) => s.items.filter((i) => i.kind === 'highlight'));
    expect(quotes).toHaveLength(2);
    expect(services.briefs.list().map((b) => b.id)).toEqual([brief.id]);

    await services.annotations.stop();
    services = make();
    await services.workspace.open(folder);
    expect(services.briefs.get(brief.id).title).toBe('Fees');
    const md = services.briefs.render(brief.id, 'md');
    expect(md).toContain('> raised fees to £40 a tonne');
    expect(md).toContain('> сборы останутся прежними до конца года');
    expect(md).not.toContain('café owners');
  });

  it('refuses to create an empty brief and says why', async () => {
    const r = await dispatch(services, 'briefs.createFromTags', { title: 'Nothing', tags: ['no-such-tag'] });
    expect(r).toMatchObject({ ok: false, error: { code: 'no-highlights' } });
    expect(services.briefs.list()).toEqual([]);
  });

  it('edits, duplicates and deletes; delete can be undone', async () => {
    const brief = await services.briefs.createFromTags({ title: 'Fees', tags: [] });
    const { id: _i, version: _v, createdAt: _c, updatedAt: _u, ...content } = brief;
    const edited = await services.briefs.update(brief.id, {
      ...content,
      summary: 'Up, and staying up.',
      sections: [...content.sections, { id: 'x', heading: 'Outlook', items: [{ kind: 'text', id: 't', text: 'Watch the ministry.' }] }],
    });
    expect(edited.sections.at(-1)?.heading).toBe('Outlook');
    expect(services.briefs.render(brief.id, 'html')).toContain('Watch the ministry.');

    const copy = await services.briefs.duplicate(brief.id);
    expect(copy.id).not.toBe(brief.id);
    expect(copy.title).toBe('Fees (copy)');
    expect(copy.sections).toEqual(edited.sections);

    await services.briefs.delete(brief.id);
    expect(services.briefs.list().map((b) => b.id)).toEqual([copy.id]);
    await services.annotations.undo();
    expect(services.briefs.get(brief.id).summary).toBe('Up, and staying up.');
  });

  it('validates what the renderer sends and stores nothing invalid', async () => {
    const brief = await services.briefs.createFromTags({ title: 'Fees', tags: [] });
    const { id: _i, version: _v, createdAt: _c, updatedAt: _u, ...content } = brief;
    const ok = await dispatch(services, 'briefs.update', { id: brief.id, content: { ...content, handling: 'Restricted' } });
    expect(ok).toMatchObject({ ok: true, value: { handling: 'Restricted' } });
    const bad = await dispatch(services, 'briefs.update', {
      id: brief.id,
      content: { ...content, sections: [{ id: 's', heading: 'h', items: [{ kind: 'script', id: 'x' }] }] },
    });
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid-args' } });
    const badDate = await dispatch(services, 'briefs.update', { id: brief.id, content: { ...content, date: 'tomorrow' } });
    expect(badDate).toMatchObject({ ok: false, error: { code: 'invalid-args', message: expect.stringContaining('YYYY-MM-DD') } });
    const blank = await dispatch(services, 'briefs.create', { content: { title: '   ' } });
    expect(blank).toMatchObject({ ok: false, error: { code: 'invalid-args', message: expect.stringContaining('title') } });
    expect(services.briefs.get(brief.id).sections).toEqual(brief.sections);
    expect(services.briefs.get(brief.id).handling).toBe('Restricted');
  });

  it('lists the briefs it can read even when one stored record is damaged', async () => {
    const good = await services.briefs.create({ title: 'Good one' });
    await services.annotations.createBrief({ id: 'damaged', title: 42, sections: 'nope' });
    expect(services.briefs.list().map((b) => b.id)).toEqual([good.id]);
    expect(await dispatch(services, 'briefs.get', { id: 'damaged' })).toMatchObject({ ok: false, error: { code: 'brief-unreadable' } });
  });

  it('exports where the user chose, opens the file, and does nothing when they cancel', async () => {
    const brief = await services.briefs.createFromTags({ title: 'Fees', tags: [] });
    expect(await services.briefs.export(brief.id, 'md')).toBeNull();
    expect(revealed).toEqual([]);

    saveTo = join(folder, 'out.md');
    expect(await services.briefs.export(brief.id, 'md')).toEqual({ path: saveTo });
    expect(readFileSync(saveTo, 'utf8')).toContain('# Fees');
    expect(revealed).toEqual([saveTo]);
  });

  it('reports an unwritable destination and leaves no partial file behind', async () => {
    const brief = await services.briefs.createFromTags({ title: 'Fees', tags: [] });
    const out = join(folder, 'missing-dir', 'brief.html');
    await expect(services.briefs.exportTo(brief.id, 'html', out)).rejects.toMatchObject({ code: 'export-failed' });
    mkdirSync(join(folder, 'missing-dir'));
    expect(readdirSync(join(folder, 'missing-dir'))).toEqual([]);
    await services.briefs.exportTo(brief.id, 'json', join(folder, 'b.json'));
    expect(JSON.parse(readFileSync(join(folder, 'b.json'), 'utf8')).brief.title).toBe('Fees');
    expect(readdirSync(folder).filter((n) => n.includes('b.json.') && n.endsWith('.tmp'))).toEqual([]);
  });
});
