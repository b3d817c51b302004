import { afterAll, beforeAll, beforeEach } from 'vitest';
import { launchApp, type AppHandle } from './launch';

/**
 * One app per test file; a failing test leaves a screenshot of what the user would have
 * seen under test-results/.
 */
export function useApp(opts?: Parameters<typeof launchApp>[0]): () => AppHandle {
  let app: AppHandle | null = null;
  beforeAll(async () => {
    app = await launchApp(opts);
  });
  beforeEach(({ task, onTestFailed }) => {
    onTestFailed(async () => {
      if (app) await app.screenshot(`FAILED-${task.name}`).catch(() => undefined);
    });
  });
  afterAll(async () => {
    await app?.close();
  });
  return () => {
    if (!app) throw new Error('the app did not start (see the beforeAll error)');
    return app;
  };
}
