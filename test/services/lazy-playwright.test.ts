import { describe, expect, it, vi } from 'vitest';

// playwright-core is about 20 MB of a process's memory; it must load on the first printed brief,
// not when the services start (most sessions never print).
const loaded = vi.hoisted(() => ({ playwright: false }));
vi.mock('playwright-core', () => {
  loaded.playwright = true;
  return { chromium: { launch: () => Promise.reject(new Error('no browser in this test')) } };
});

describe('the PDF printer', () => {
  it('loads playwright-core only when a brief is printed', async () => {
    const { createServices } = await import('../../electron/services/create-services');
    const { HeadlessPrinter } = await import('../../electron/services/briefs/headless-printer');
    const { printSetup } = await import('../../electron/core/briefs/print-setup');
    expect(typeof createServices).toBe('function');
    expect(loaded.playwright).toBe(false);

    const printer = new HeadlessPrinter(() => '/nonexistent/chromium');
    const setup = printSetup({ paper: 'A4', title: 'Brief', handling: '' });
    await expect(printer.print('<!doctype html><p>x</p>', setup)).rejects.toMatchObject({ code: 'pdf-failed' });
    expect(loaded.playwright).toBe(true);
    await printer.close();
  });
});
