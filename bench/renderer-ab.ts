import { writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { createServices } from '../electron/services/create-services';
import { contentSecurityPolicy } from '../electron/main/csp';
import type { ApiEvents, EventName } from '../electron/core/api';
import { CHROMIUM_ARGS, chromiumPath } from '../test/support/chromium';
import { emitToPage, installBridge } from '../test/support/bridge';
import { serveRenderer } from '../test/support/serve';
import { peerCorpus } from './peers/corpus';
import { median } from './peers/timing';
import { installOwnTime, ownTimeMs, resetOwnTime } from './renderer/own-time';
import { highlightLongStory, pickQueries } from './renderer/setup';
import { typeQuery } from './renderer/search-typing';
import type { CDPSession, Page } from 'playwright-core';

/**
 * A/B of the search-typing figures for two builds of the renderer in one process: both pages talk
 * to the same services at about 30,000 stories, and their keystrokes alternate (in a shuffled order
 * per round), so machine load falls on both alike. It prepares each page the way the renderer bench
 * leaves it before typing (the long story with 200 highlights open), then types the bench's two words
 * in turn. Usage: `npx tsx bench/renderer-ab.ts <outDirA> <outDirB> [--rounds 40]`. Not part of `npm run bench`.
 */
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const arg = (name: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const dirs = process.argv.slice(2, 4).map((d) => resolve(root, d));
const rounds = Number(arg('rounds') ?? 40);
/** `--profile <file>`: a CPU profile (100 µs samples) of the first variant's keystrokes from round 4 on. */
const profile = arg('profile');
/** `--trace <file>`: a Chromium trace of the first variant's keystrokes in rounds 2-6. */
const trace = arg('trace');
const log = (m: string) => process.stderr.write(`${m}\n`);
const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * 0.95))];

interface Variant {
  name: string;
  page: Page;
  cdp: CDPSession;
  ms: number[];
  own: number[];
  busy: number[];
  cpu: number[];
}

async function main(): Promise<void> {
  const corpus = peerCorpus(15_000);
  const pages: Page[] = [];
  const services = createServices({
    sampleFolder: corpus.dir,
    watch: false,
    emit: <E extends EventName>(event: E, payload: ApiEvents[E]) => pages.forEach((p) => void emitToPage(p, event, payload)),
    app: () => ({ chooseFolder: async () => null, openLink: async () => false }),
  });
  const info = await services.workspace.open(corpus.dir);
  log(`ab: ${info.stories} stories`);
  const { story } = await highlightLongStory(services);
  const { storyQuery, pair } = await pickQueries(services, story);
  await services.discovery.whenReady();
  log(`ab: settled; typing ${pair.join(' / ')}`);
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS, headless: true });
  const servers = await Promise.all(dirs.map((d) => serveRenderer(d, contentSecurityPolicy())));
  const variants: Variant[] = [];
  try {
    for (const [k, server] of servers.entries()) {
      const context = await browser.newContext({ viewport: { width: 1360, height: 820 } });
      const page = await context.newPage();
      page.on('pageerror', (e) => log(`ab: page error: ${String(e)}`));
      await page.addInitScript('window.__name = (fn) => fn;');
      await installBridge(page, services);
      await installOwnTime(page);
      const cdp = await context.newCDPSession(page);
      await cdp.send('Performance.enable');
      pages.push(page);
      await page.goto(server.url);
      if (storyQuery) await page.locator('[aria-label="Search stories"]').fill(storyQuery);
      await page.locator(`[data-story-id="${story.id}"]`).click({ timeout: 60_000 });
      await page.locator('.reader mark.hl').first().waitFor({ state: 'attached', timeout: 30_000 });
      await page.waitForTimeout(1000);
      // What the page holds while typing: the elements of each pane, whose walk every frame pays for.
      const sizes = await page.evaluate(() =>
        ['.library', '.reader', '.insp', 'body'].map((sel) => `${sel} ${document.querySelector(sel)?.querySelectorAll('*').length ?? 0}`),
      );
      log(`ab: ${dirs[k]}: elements ${sizes.join(', ')}`);
      variants.push({ name: dirs[k], page, cdp, ms: [], own: [], busy: [], cpu: [] });
    }
    const metric = async (cdp: CDPSession, name: string) =>
      1000 * ((await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === name)?.value ?? 0);
    const a = variants[0];
    for (let round = 0; round < rounds; round++) {
      // After the warm-up rounds: the word tables' first build is not a keystroke's steady cost.
      if (profile && round === 4) {
        await a.cdp.send('Profiler.enable');
        await a.cdp.send('Profiler.setSamplingInterval', { interval: 100 });
        await a.cdp.send('Profiler.start');
      }
      if (trace && round === 2)
        await browser.startTracing(a.page, {
          path: trace,
          categories: [
            'devtools.timeline',
            'disabled-by-default-devtools.timeline',
            'disabled-by-default-devtools.timeline.invalidationTracking',
            'v8.execute',
          ],
        });
      if (trace && round === 7) await browser.stopTracing();
      const order = Math.random() < 0.5 ? variants : [...variants].reverse();
      for (const v of order) {
        const q = pair[round % 2];
        const busy0 = await metric(v.cdp, 'TaskDuration');
        const cpu0 = await metric(v.cdp, 'ThreadTime');
        await resetOwnTime(v.page);
        const ms = await typeQuery(v.page, q);
        await v.page
          .waitForSelector('.library [aria-label="Filters"][aria-busy="false"]', { state: 'attached', timeout: 400 })
          .then(() => v.page.waitForTimeout(100))
          .catch(() => undefined);
        if (round < 2) continue;
        v.ms.push(ms);
        v.own.push(await ownTimeMs(v.page));
        v.busy.push((await metric(v.cdp, 'TaskDuration')) - busy0);
        v.cpu.push((await metric(v.cdp, 'ThreadTime')) - cpu0);
      }
    }
    if (profile) writeFileSync(profile, JSON.stringify((await a.cdp.send('Profiler.stop')).profile));
    for (const v of variants) {
      const f = (xs: number[]) => `median ${median(xs).toFixed(1)} p95 ${p95(xs).toFixed(1)}`;
      process.stdout.write(
        `${JSON.stringify({ variant: v.name, n: v.ms.length, typing: f(v.ms), own: f(v.own), busy: f(v.busy), cpu: f(v.cpu) })}\n`,
      );
    }
  } finally {
    await browser.close().catch(() => undefined);
    await Promise.all(servers.map((s) => s.close()));
    await services.workspace.stop();
  }
}

main().then(
  () => process.exit(0),
  (err: unknown) => {
    log(`ab: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
    process.exit(1);
  },
);
