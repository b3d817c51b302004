import { describe, expect, it } from 'vitest';
import type { StorylineSummary } from '../../electron/core/ports/discovery-port';
import { useApp } from './harness/use-app';

/**
 * Storylines in the renderer: the library grouped by them, a story moved into another storyline
 * from the inspector (and the move undone), and the timeline's lanes. Screenshots under test-results/.
 */
describe('storylines: the library groups by them, the inspector moves a story, the timeline runs them as lanes', () => {
  const app = useApp({ width: 1440, height: 900 });
  const library = () => app().page.getByRole('region', { name: 'Library' });
  const inspector = () => app().page.getByRole('complementary', { name: 'Inspector' });
  const headers = () => library().locator('.group .gl').allInnerTexts();
  let lines: StorylineSummary[] = [];

  it('groups the library by storyline: the largest storyline first, labelled with its dates', async () => {
    const { services } = app();
    await expect.poll(async () => (lines = await services.discovery.listStorylines(50)).length, { timeout: 30_000 }).toBeGreaterThan(1);
    await library().getByRole('combobox', { name: 'Group stories by' }).selectOption('storyline');
    await expect.poll(async () => (await headers())[0] ?? '', { timeout: 20_000 }).toContain(lines[0].label.toUpperCase().slice(0, 20));
    const first = library().locator('.group').first();
    expect(await first.locator('.n').innerText()).toBe(String(lines[0].stories.length));
    if (lines[0].first) expect(await first.locator('.gd').innerText()).toContain(lines[0].first.slice(0, 4));
    // Stories of a storyline are listed oldest first under its header.
    const rows = library().locator('[data-story-id]');
    const n = Math.min(3, lines[0].stories.length);
    const ids = await rows.evaluateAll((els, k) => els.slice(0, k).map((e) => e.getAttribute('data-story-id')), n);
    expect(ids).toEqual(lines[0].stories.slice(0, n));
    await app().screenshot('storylines-1-library-grouped');
  });

  it('moves a story into the largest storyline from the inspector; the group grows, and Ctrl/Cmd+Z puts it back', async () => {
    const { page, services } = app();
    const [into, from] = lines;
    const storyId = from.stories[0];
    await page.getByRole('searchbox', { name: 'Search stories' }).fill('');
    await library().locator(`[data-story-id="${storyId}"]`).scrollIntoViewIfNeeded();
    await library().locator(`[data-story-id="${storyId}"]`).click();
    const label = () => inspector().locator('p.label').innerText();
    await expect.poll(label, { timeout: 20_000 }).toBe(from.label);
    await inspector().getByRole('button', { name: 'Move to another storyline…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Move to a storyline' });
    await expect.poll(() => dialog.locator('[data-storyline-id]').count()).toBeGreaterThan(0);
    // The story's own storyline is not offered; the search box narrows the list by label.
    expect(await dialog.locator(`[data-storyline-id="${from.id}"]`).count()).toBe(0);
    await dialog.getByRole('searchbox', { name: 'Find a storyline' }).fill(into.label.split(/[\s,·]+/)[0]);
    await expect.poll(() => dialog.locator(`[data-storyline-id="${into.id}"]`).count()).toBe(1);
    await app().screenshot('storylines-2-picker');
    await dialog.locator(`[data-storyline-id="${into.id}"] button`).click();
    await expect.poll(() => dialog.count()).toBe(0);
    await expect.poll(async () => (await services.discovery.storylineForStory(storyId))?.id).toBe(into.id);
    const after = (await services.discovery.storylineForStory(storyId))!;
    await expect.poll(label).toBe(after.label);
    await expect.poll(() => inspector().locator(`[data-storyline-member="${storyId}"]`).count()).toBe(1);
    await expect.poll(() => page.getByText(/Moved to .* Ctrl\/Cmd\+Z to undo/).count()).toBe(1);
    // The library's group for that storyline now lists the story too.
    await library().locator('.group').first().scrollIntoViewIfNeeded();
    await expect.poll(() => library().locator('.group').first().locator('.n').innerText()).toBe(String(into.stories.length + 1));
    await app().screenshot('storylines-3-moved');

    await page.locator('.reader h1.title').click();
    await page.keyboard.press('ControlOrMeta+z');
    await expect.poll(async () => (await services.discovery.storylineForStory(storyId))?.id).toBe(from.id);
    await expect.poll(label).toBe(from.label);
    await expect.poll(() => library().locator('.group').first().locator('.n').innerText()).toBe(String(into.stories.length));
  });

  it('runs storylines as the timeline lanes, and outlets at a click', async () => {
    const { page, services } = app();
    await page.getByRole('tab', { name: /Timeline/ }).click();
    const timeline = page.getByRole('region', { name: 'Timeline' });
    const laneNames = () => timeline.locator('.labels .label .name').allInnerTexts();
    await expect.poll(laneNames, { timeout: 20_000 }).toContain(lines[0].label);
    expect((await laneNames()).length).toBeLessThanOrEqual(9);
    expect(await page.getByRole('slider', { name: 'Timeline range, lanes by storyline' }).count()).toBe(1);
    await app().screenshot('storylines-4-timeline-lanes');
    await timeline.getByRole('button', { name: 'Outlets' }).click();
    const outlet = services.workspace.listStories().find((s) => s.source)!.source!;
    await expect.poll(laneNames).toContain(outlet);
    await timeline.getByRole('button', { name: 'Storylines' }).click();
    await expect.poll(laneNames).toContain(lines[0].label);
    expect(app().consoleErrors.filter((e) => !/Failed to load resource/.test(e))).toEqual([]);
  });
});
