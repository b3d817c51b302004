import type { Browser, CDPSession, Page } from 'playwright-core';

/** What each in-page measurement needs: the page, its DevTools session, and where the figures go. */
export interface PageRun {
  page: Page;
  browser: Browser;
  cdp: CDPSession;
  /** Main-thread time the renderer has spent on tasks so far, in ms. */
  busyMs: () => Promise<number>;
  /**
   * CPU time of the renderer's main thread so far, in ms: unlike task time it does not grow while
   * the thread waits for a core, so it stays comparable when other work loads the machine.
   */
  cpuMs: () => Promise<number>;
  /** Time the services spent since the last reset, in ms. */
  mainTime: { reset: () => void; total: () => number };
  /** `--cpuprofile <file>`, if given. */
  cpuProfile: string | undefined;
  /** `--trace <file>`, if given. */
  tracePath: string | undefined;
  /** Stories in the workspace, reported with every figure. */
  stories: number;
  emitLine: (o: Record<string, unknown>) => void;
}
