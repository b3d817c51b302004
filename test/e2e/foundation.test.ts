import { describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { useApp } from './harness/use-app';

describe('foundation: the real renderer over the real core', () => {
  const app = useApp();

  it('lists the sample library stories in the library pane', async () => {
    const { page, services } = app();
    const expected = services.workspace.listStories();
    expect(expected.length).toBeGreaterThan(3);
    await page.getByRole('listbox', { name: 'Stories' }).waitFor();
    await expect.poll(() => page.locator('[data-story-id]').count()).toBeGreaterThan(3);
    const firstTitle = await page.locator('[data-story-id] .title').first().textContent();
    expect(expected.map((s) => s.title)).toContain(firstTitle);
    await expect.poll(() => page.getByText(`${expected.length} stories in`).count()).toBe(1);
  });

  it('opens a story in the reader and shows its metadata in the inspector', async () => {
    const { page, services } = app();
    const target = services.workspace.listStories()[1];
    await page.locator(`[data-story-id="${target.id}"]`).click();
    await expect.poll(() => page.locator('.reader h1.title').textContent()).toBe(target.title);
    const inspector = page.getByRole('complementary', { name: 'Inspector' });
    await expect.poll(() => inspector.getByText(target.path).count()).toBeGreaterThan(0);
  });

  it("shows a story's byline with its metadata in the inspector", async () => {
    const { page, services } = app();
    const signed = services.workspace.listStories().filter((s) => s.byline);
    // The sample's Korsa Courier stories are signed "By Marta Ohlin, Korsa Courier".
    expect(signed.map((s) => s.byline)).toContain('Marta Ohlin');
    const target = signed[0];
    await page.locator(`[data-story-id="${target.id}"]`).click();
    const inspector = page.getByRole('complementary', { name: 'Inspector' });
    await expect.poll(() => inspector.locator('dt', { hasText: 'Byline' }).count()).toBe(1);
    await expect.poll(() => inspector.getByText(target.byline!, { exact: true }).count()).toBe(1);
  });

  it('moves through stories with j and k', async () => {
    const { page, services } = app();
    const stories = services.workspace.listStories();
    await page.locator(`[data-story-id="${stories[0].id}"]`).click();
    await page.keyboard.press('j');
    await expect.poll(() => page.locator('.reader h1.title').textContent()).toBe(stories[1].title);
    await page.keyboard.press('k');
    await expect.poll(() => page.locator('.reader h1.title').textContent()).toBe(stories[0].title);
  });

  it('renders markup in article text as text, never as HTML', async () => {
    const { page } = app();
    expect(await page.locator('.reader script').count()).toBe(0);
    expect(app().consoleErrors.filter((e) => /Content Security Policy|Refused/.test(e))).toEqual([]);
  });

  it('shows three panes (README screenshot)', async () => {
    const { page } = app();
    await expect.poll(() => page.getByRole('region', { name: 'Library' }).isVisible()).toBe(true);
    await expect.poll(() => page.getByRole('region', { name: 'Reader' }).isVisible()).toBe(true);
    await expect.poll(() => page.getByRole('complementary', { name: 'Inspector' }).isVisible()).toBe(true);
    await app().screenshot('three-panes');
  });

  it('lists a file that cannot be read under Problems, with its reason, and keeps working', async () => {
    const { page, folder, services } = app();
    const before = services.workspace.listStories().length;
    writeFileSync(
      join(folder, 'scan-001.txt'),
      Buffer.from([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x34, 0x0a, 0x00, 0x01, 0x02, 0xff]),
    );
    const toggle = page.getByRole('region', { name: 'Problems' }).getByRole('button');
    await expect.poll(() => toggle.innerText(), { timeout: 15_000 }).toMatch(/1 file could not be read/);
    await toggle.click();
    await expect.poll(() => page.getByRole('region', { name: 'Problems' }).getByText('scan-001.txt').count()).toBe(1);
    await expect.poll(() => page.getByRole('region', { name: 'Problems' }).locator('.reason').textContent()).toMatch(/binary|not text/i);
    expect(services.workspace.listStories().length).toBe(before);
    await page.locator('[data-story-id]').first().click();
    await expect.poll(() => page.locator('.reader h1.title').count()).toBe(1);
    await app().screenshot('problems-list');
  });
});
