import { afterEach, describe, expect, it, vi } from 'vitest';
import { chromium, type Browser } from 'playwright-core';
import { findChromium } from '../../electron/services/briefs/headless-pdf';
import { HeadlessPrinter } from '../../electron/services/briefs/headless-printer';
import { printSetup } from '../../electron/core/briefs/print-setup';

const setup = printSetup({ paper: 'A4', title: 'Harbour brief', handling: '' });
const page = (title: string) =>
  `<!doctype html><html><head><meta http-equiv="Content-Security-Policy" content="default-src 'none'"><title>${title}</title></head>` +
  `<body><h1>${title}</h1><p>The council met on the pier.</p></body></html>`;
const isPdf = (bytes: Uint8Array) => new TextDecoder().decode(bytes.slice(0, 5)) === '%PDF-';

let printer: HeadlessPrinter | null = null;
afterEach(async () => {
  await printer?.close();
  printer = null;
  vi.restoreAllMocks();
});

describe('a headless printer kept warm for an export session', () => {
  it('prints several briefs with one Chromium, and starts another after close or a crash', async () => {
    const launch = vi.spyOn(chromium, 'launch');
    printer = new HeadlessPrinter(() => findChromium());
    const [a, b] = await Promise.all([printer.print(page('First'), setup), printer.print(page('Second'), setup)]);
    expect(isPdf(a) && isPdf(b)).toBe(true);
    expect(isPdf(await printer.print(page('Third'), setup))).toBe(true);
    expect(launch).toHaveBeenCalledTimes(1);

    // The browser dies under it (killed, crashed): the next brief still prints.
    const browser = (await launch.mock.results[0].value) as Browser;
    await browser.close();
    expect(isPdf(await printer.print(page('Fourth'), setup))).toBe(true);
    expect(launch).toHaveBeenCalledTimes(2);

    await printer.close();
    expect(isPdf(await printer.print(page('Fifth'), setup))).toBe(true);
    expect(launch).toHaveBeenCalledTimes(3);
  }, 60_000);

  it('closes Chromium on its own once the session goes idle', async () => {
    const launch = vi.spyOn(chromium, 'launch');
    printer = new HeadlessPrinter(() => findChromium(), 200);
    await printer.print(page('Only'), setup);
    const browser = (await launch.mock.results[0].value) as Browser;
    await vi.waitFor(() => expect(browser.isConnected()).toBe(false), { timeout: 20_000, interval: 100 });
  }, 60_000);
});
