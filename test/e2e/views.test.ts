import { describe, expect, it } from 'vitest';
import { useApp } from './harness/use-app';
import { itemsOfList } from './harness/dom-actions';

/**
 * The entity view and the timeline in the centre pane: each narrows the library the way the
 * analyst would by typing a filter, and each journey ends with a screenshot under test-results/.
 */
describe('views: entities and the timeline narrow the library', () => {
  const app = useApp({ width: 1440, height: 900 });
  const searchbox = () => app().page.getByRole('searchbox', { name: 'Search stories' });
  // The library draws only the rows near its view: its stories are gathered by scrolling through it.
  const listed = async () => (await itemsOfList(app().page, 'Stories', '[data-story-id]', 'data-story-id')).length;
  const inRange = (from: string, to: string) =>
    app()
      .services.workspace.listStories()
      .filter((s) => s.date && s.date.slice(0, 10) >= from && s.date.slice(0, 10) <= to).length;

  it('opens the entity view with 2, and clicking an entity filters the library to the stories naming it', async () => {
    const { page } = app();
    await page.locator('.reader h1.title').click();
    await page.keyboard.press('2');
    const view = page.getByRole('region', { name: 'Entities' });
    await expect.poll(() => view.locator('[data-entity-id]').count(), { timeout: 20_000 }).toBeGreaterThan(5);
    const ents = await app().services.discovery.listEntities();
    const lindqvist = ents.find((e) => e.name === 'Anna Lindqvist')!;
    await view.getByRole('button', { name: /^People/ }).click();
    await view.getByRole('searchbox', { name: 'Find an entity' }).fill('lindq');
    await expect.poll(() => view.locator('[data-entity-id]').count()).toBe(1);
    await view.locator(`[data-entity-id="${lindqvist.id}"]`).click();
    await expect.poll(() => searchbox().inputValue()).toBe('entity:"Anna Lindqvist"');
    await expect.poll(listed).toBe(lindqvist.stories);
    const detail = page.getByRole('article', { name: 'Entity Anna Lindqvist' });
    await expect.poll(() => detail.getByText('Lindqvist', { exact: true }).count()).toBe(1);
    await expect.poll(() => detail.getByRole('img', { name: /Mentions of Anna Lindqvist/ }).count()).toBe(1);
    expect(await detail.locator('rect.bar').count()).toBeGreaterThan(0);
    expect(await detail.locator('.co-chip').count()).toBeGreaterThan(0);
    await view.getByRole('searchbox', { name: 'Find an entity' }).fill('');
    // The list is keyboard reachable: ↓ opens the next entity, Enter filters the library by it.
    await view.getByRole('listbox', { name: 'Entities list' }).focus();
    await page.keyboard.press('ArrowDown');
    const next = await view.locator('[data-entity-id][aria-selected="true"] .name').textContent();
    expect(next).not.toBe('Anna Lindqvist');
    await page.keyboard.press('Enter');
    await expect.poll(() => searchbox().inputValue()).toBe(`entity:"${next}"`);
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Enter');
    await expect.poll(() => searchbox().inputValue()).toBe('entity:"Anna Lindqvist"');
    await app().screenshot('views-1-entity');
  });

  it('opens a co-mentioned entity from the detail, and a story from it in the reader', async () => {
    const { page } = app();
    const view = page.getByRole('region', { name: 'Entities' });
    const chip = view.locator('.co-chip').first();
    const name = (await chip.locator('.nm').textContent())!.trim();
    await chip.click();
    await expect.poll(() => searchbox().inputValue()).toContain(`entity:`);
    await expect
      .poll(() =>
        page
          .getByRole('article', { name: new RegExp(`^Entity `) })
          .locator('h3')
          .textContent(),
      )
      .toBe(name);
    const story = view.locator('[data-entity-story]').first();
    const id = await story.getAttribute('data-entity-story');
    await story.click();
    await expect.poll(() => page.getByRole('tab', { name: /Reader/ }).getAttribute('aria-selected')).toBe('true');
    const title = app()
      .services.workspace.listStories()
      .find((s) => s.id === id)!.title;
    await expect.poll(() => page.locator('.reader h1.title').textContent()).toBe(title);
    await searchbox().fill('');
  });

  it('selects a range on the timeline with the keyboard: the library lists the stories of those weeks, Esc clears', async () => {
    const { page } = app();
    await page.getByRole('tab', { name: /Timeline/ }).click();
    const slider = page.getByRole('slider', { name: /Timeline range/ });
    await expect.poll(() => slider.count()).toBe(1);
    await slider.focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Shift+ArrowRight');
    await page.keyboard.press('Shift+ArrowRight');
    await expect.poll(() => slider.getAttribute('aria-valuetext')).toMatch(/ to .*: \d+ stor/);
    await page.keyboard.press('Enter');
    await expect.poll(() => searchbox().inputValue()).toMatch(/^after:\d{4}-\d{2}-\d{2} before:\d{4}-\d{2}-\d{2}$/);
    const q = await searchbox().inputValue();
    const [, from, before] = /after:(\S+) before:(\S+)/.exec(q)!;
    const to = new Date(Date.parse(`${before}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
    const expected = inRange(from, to);
    expect(expected).toBeGreaterThan(0);
    await expect.poll(listed).toBe(expected);
    await expect
      .poll(async () => (await itemsOfList(page, 'Stories in the range', '[data-timeline-story]', 'data-timeline-story')).length)
      .toBe(expected);
    await app().screenshot('views-2-timeline-keyboard');
    await slider.focus();
    await page.keyboard.press('Escape');
    await expect.poll(() => searchbox().inputValue()).toBe('');
    await expect.poll(listed).toBeGreaterThan(expected);
  });

  it('brushes a range with the mouse, keeping the other terms of the query', async () => {
    const { page } = app();
    await searchbox().fill('Korsa');
    await expect.poll(() => page.getByText(/of \d+ stories match/).count()).toBe(1);
    const slider = page.getByRole('slider', { name: /Timeline range/ });
    const box = (await slider.boundingBox())!;
    await page.mouse.move(box.x + 4, box.y + 30);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.35, box.y + 30, { steps: 5 });
    await page.mouse.up();
    await expect.poll(() => searchbox().inputValue()).toMatch(/^Korsa after:\S+ before:\S+$/);
    // The chart draws the stories the search finds, so the range holds what the library lists.
    const timeline = page.getByRole('region', { name: 'Timeline' });
    await expect.poll(() => timeline.locator('.sum').innerText()).toMatch(/dated stories matching Korsa/);
    const shown = async () => Number(/^(\d+) of/.exec(await page.getByText(/of \d+ stories match/).innerText())?.[1]);
    await expect.poll(shown).toBeGreaterThan(0);
    await expect
      .poll(async () => Number(/(\d+) stor(?:y|ies) on these dates/.exec(await timeline.locator('.range-text').innerText())?.[1]))
      .toBe(await shown());
    await app().screenshot('views-3-timeline-brush');
    // The page's own errors; a resource the harness does not serve (the favicon) is not the views' concern.
    expect(app().consoleErrors.filter((e) => !/Failed to load resource/.test(e))).toEqual([]);
  });
});

describe('views: in the dark theme', () => {
  const app = useApp({ width: 1280, height: 800, colorScheme: 'dark' });

  it('draws the timeline and the entity chart in the dark palette', async () => {
    const { page } = app();
    await page.keyboard.press('3');
    await expect.poll(() => page.locator('rect.bar.total').count()).toBeGreaterThan(3);
    const fill = await page
      .locator('rect.bar.total')
      .first()
      .evaluate((r) => getComputedStyle(r).fill);
    expect(fill).toBe('rgb(122, 162, 247)');
    await app().screenshot('views-4-timeline-dark');
    await page.keyboard.press('2');
    await page.getByRole('region', { name: 'Entities' }).locator('[data-entity-id]').first().click();
    await expect.poll(() => page.getByRole('img', { name: /^Mentions of / }).count()).toBe(1);
    await app().screenshot('views-5-entity-dark');
  });
});
