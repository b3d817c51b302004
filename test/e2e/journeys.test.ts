import { describe, expect, it } from 'vitest';
import { useApp } from './harness/use-app';
import { dropFiles, selectInReader } from './harness/dom-actions';

/**
 * The analyst's main journeys, in order, on one app: each step builds on the last, the way
 * a working session does. Each ends with a screenshot under test-results/.
 */
describe('journeys: the three-pane reader an analyst lives in', () => {
  const app = useApp({ width: 1440, height: 900 });
  const title = () => app().page.locator('.reader h1.title').textContent();
  const inspector = () => app().page.getByRole('complementary', { name: 'Inspector' });
  const storyTitled = (t: string) =>
    app()
      .services.workspace.listStories()
      .find((s) => s.title.includes(t))!;

  it('searches with the query syntax and narrows by a facet', async () => {
    const { page, services } = app();
    const total = services.workspace.listStories().length;
    await page.getByRole('searchbox', { name: 'Search stories' }).fill('Lindqvist');
    await expect.poll(() => page.getByText(/of \d+ stories match/).innerText()).toMatch(new RegExp(`of ${total} stories match`));
    const matched = await page.locator('[data-story-id]').count();
    expect(matched).toBeGreaterThan(0);
    expect(matched).toBeLessThan(total);
    // Each result says why it matched.
    await expect.poll(() => page.locator('[data-story-id] mark.snip').count()).toBeGreaterThan(0);
    const facet = page.getByRole('region', { name: 'Library' }).locator('button.facet').first();
    await facet.click();
    await expect.poll(() => page.getByRole('searchbox', { name: 'Search stories' }).inputValue()).toMatch(/Lindqvist \w+:/);
    await expect.poll(() => page.locator('[data-story-id]').count()).toBeLessThanOrEqual(matched);
    await app().screenshot('journey-1-search-facet');
    await page.getByRole('searchbox', { name: 'Search stories' }).fill('');
  });

  it('highlights a passage with a tag and a note', async () => {
    const { page } = app();
    const story = storyTitled('Tanker Runs Aground');
    await page.locator(`[data-story-id="${story.id}"]`).click();
    await expect.poll(title).toBe(story.title);
    await selectInReader(page, 'spilling an estimated 1,400 tonnes');
    const pop = page.getByRole('dialog', { name: 'Annotate selection' });
    await pop.getByRole('button', { name: 'Tag' }).click();
    const tags = pop.getByLabel('Tags for the highlight, comma-separated');
    await tags.fill('topic/spill');
    await tags.press('Enter');
    await expect.poll(() => page.locator('.reader mark.hl').count()).toBeGreaterThan(0);
    await expect.poll(() => page.locator('.reader mark.hl').first().textContent()).toContain('1,400');
    const h = inspector().locator('[data-highlight-id]');
    await expect.poll(() => h.count()).toBe(1);
    await h.locator('button.quote').click();
    await h.getByRole('textbox', { name: 'Note on this highlight' }).fill('First casualty figure; check against port authority.');
    await h.getByRole('textbox', { name: 'Note on this highlight' }).blur();
    await expect
      .poll(() => app().services.annotations.highlightsForStory(story.id)[0]?.note)
      .toBe('First casualty figure; check against port authority.');
    expect(app().services.annotations.highlightsForStory(story.id)[0].tags).toEqual(['topic/spill']);
    await app().screenshot('journey-2-highlight');
  });

  it('links two stories, with the backlink visible from the other end', async () => {
    const { page } = app();
    const other = storyTitled('Veltria and Dravonia');
    await page.keyboard.press('l');
    const picker = page.getByRole('dialog', { name: 'Link to another story' });
    await picker.getByRole('searchbox', { name: 'Find a story' }).fill('Veltria and Dravonia');
    await picker.getByRole('searchbox', { name: 'Find a story' }).press('Enter');
    await expect.poll(() => inspector().getByText(other.title).count()).toBeGreaterThan(0);
    await page.locator(`[data-story-id="${other.id}"]`).click();
    await expect.poll(title).toBe(other.title);
    await expect.poll(() => inspector().getByText('← Same event').count()).toBe(1);
    await app().screenshot('journey-3-backlink');
  });

  it('accepts a related suggestion with its reason', async () => {
    const { page } = app();
    const story = storyTitled('Tanker Runs Aground');
    await page.locator(`[data-story-id="${story.id}"]`).click();
    await expect.poll(title).toBe(story.title);
    // Suggestions are computed again as discovery settles, so they may reorder meanwhile: take
    // one once discovery is ready, and click that one by its id, not whatever is first by then.
    await app().services.discovery.whenReady();
    const first = inspector().locator('[data-related-id]').first();
    await expect.poll(() => first.count(), { timeout: 20_000 }).toBe(1);
    const otherId = await first.getAttribute('data-related-id');
    const suggestion = inspector().locator(`[data-related-id="${otherId}"]`);
    const reason = await suggestion.locator('.reason').textContent();
    expect(reason?.length).toBeGreaterThan(8);
    await suggestion.getByRole('button', { name: /^Link as/ }).click();
    await expect
      .poll(
        () =>
          app()
            .services.annotations.linksForStory(story.id)
            .links.some((l) => l.to === otherId),
        { timeout: 10_000 },
      )
      .toBe(true);
    await app().screenshot('journey-4-related');
  });

  it('undoes and redoes the last edit', async () => {
    const { page } = app();
    const story = storyTitled('Tanker Runs Aground');
    const before = app().services.annotations.linksForStory(story.id).links.length;
    await page.locator('.reader h1.title').click();
    await page.keyboard.press('Control+z');
    await expect.poll(() => app().services.annotations.linksForStory(story.id).links.length).toBe(before - 1);
    await expect.poll(() => page.getByRole('status').innerText()).toMatch(/Undo/);
    await page.keyboard.press('Control+Shift+z');
    await expect.poll(() => app().services.annotations.linksForStory(story.id).links.length).toBe(before);
  });

  it('keeps everything after a restart', async () => {
    const story = storyTitled('Tanker Runs Aground');
    await app().restart();
    const { page } = app();
    await page.locator(`[data-story-id="${story.id}"]`).click();
    await expect.poll(() => page.locator('.reader mark.hl').count()).toBeGreaterThan(0);
    await expect.poll(() => inspector().locator('[data-highlight-id]').count()).toBe(1);
    await expect.poll(() => inspector().getByText('Same event →').count()).toBeGreaterThan(0);
    await app().screenshot('journey-5-after-restart');
  });

  it('adds a dropped file to the workspace and opens it', async () => {
    const { page } = app();
    const before = app().services.workspace.listStories().length;
    await dropFiles(page, [
      {
        name: 'dropped-brief.txt',
        text:
          'Harbour Pilots Strike in Korsa\n\n' +
          'KORSA, Dec 3 (Nordwire) – Harbour pilots in Korsa walked out on Wednesday over night-shift pay, port officials said.\n',
      },
      { name: 'photo.png', text: '\u0089PNG\r\n\u001a\n' },
    ]);
    await expect.poll(() => app().services.workspace.listStories().length).toBe(before + 1);
    await expect.poll(title, { timeout: 10_000 }).toBe('Harbour Pilots Strike in Korsa');
    await expect.poll(() => page.getByRole('alert').filter({ hasText: 'not imported' }).count()).toBe(1);
    await app().screenshot('journey-6-drop');
  });
});

describe('journeys: from reading to a brief', () => {
  const app = useApp({ width: 1440, height: 900 });

  it('adds a selected quote to the brief with b and shows it in the Brief tab with its provenance', async () => {
    const { page, services } = app();
    const story = services.workspace.listStories().find((s) => s.title.includes('Veltria and Dravonia'))!;
    await page.locator(`[data-story-id="${story.id}"]`).click();
    await expect.poll(() => page.locator('.reader h1.title').textContent()).toBe(story.title);
    const phrase = await page.evaluate(() => {
      const p = [...document.querySelectorAll<HTMLElement>('.reader .body p.para')].find(
        (x) => (x.textContent ?? '').length > 120 && !x.querySelector('.inline-noise, a'),
      )!;
      return (p.textContent ?? '').slice(0, 60);
    });
    await selectInReader(page, phrase);
    await page.keyboard.press('b');
    await expect.poll(() => services.annotations.highlightsForStory(story.id).length).toBe(1);
    await expect.poll(async () => (await services.briefs.list()).length).toBe(1);
    await page.getByRole('tab', { name: /Brief/ }).click();
    const pane = page.getByRole('region', { name: 'Brief composer' });
    await expect.poll(() => pane.getByText(phrase.trim().slice(0, 30)).count()).toBeGreaterThan(0);
    await app().screenshot('journey-7-brief');
  });

  it('corrects the segmentation: noise shown as text, then undone', async () => {
    const { page, services } = app();
    const story = services.workspace.listStories().find((s) => s.title.includes('Tanker Runs Aground'))!;
    await page.locator(`[data-story-id="${story.id}"]`).click();
    const bar = page
      .locator('.reader .noise')
      .first()
      .getByRole('button', { name: /hidden line/ });
    await bar.click();
    const hiddenLines = await page.locator('.reader .noise').first().locator('.lines p').count();
    expect(hiddenLines).toBeGreaterThan(0);
    const parasBefore = await page.locator('.reader .body p.para').count();
    await page.getByRole('button', { name: 'Not noise' }).click();
    await expect.poll(() => page.locator('.reader .body p.para').count()).toBeGreaterThan(parasBefore);
    expect(services.annotations.listFixes(story.path)).toHaveLength(1);
    await page.locator('.reader h1.title').click();
    await page.keyboard.press('Control+z');
    await expect.poll(() => services.annotations.listFixes(story.path)).toHaveLength(0);
    await expect.poll(() => page.locator('.reader .body p.para').count()).toBe(parasBefore);
  });
});
