import { describe, expect, it } from 'vitest';
import { useApp } from './harness/use-app';

/** Searching across scripts in the real renderer: a Latin name finds the Russian story and the reader marks the Cyrillic form. */
describe('journey: one name, two scripts', () => {
  const app = useApp({ width: 1440, height: 900 });

  it('finds the Russian story for a Latin name and marks the form that matched', async () => {
    const { page, services } = app();
    const ru = services.workspace.listStories().find((s) => s.language === 'ru' && s.title.includes('Сорокин'))!;
    await page.getByRole('searchbox', { name: 'Search stories' }).fill('Sorokin');
    const row = page.locator(`[data-story-id="${ru.id}"]`);
    await expect.poll(() => row.count()).toBe(1);
    await expect.poll(() => row.locator('mark').first().textContent()).toMatch(/^Сорокин/);
    await row.click();
    await expect.poll(() => page.locator('.reader mark.hit').count()).toBeGreaterThan(0);
    expect(await page.locator('.reader mark.hit').first().textContent()).toMatch(/^Сорокин/);
    await app().screenshot('journey-cross-script-search');
  });
});
