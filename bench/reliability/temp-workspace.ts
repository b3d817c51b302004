import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServices } from '../../electron/services/create-services';
import type { ApiEvents, EventName } from '../../electron/core/api';

interface RecordedEvent {
  event: EventName;
  payload: ApiEvents[EventName];
}

/**
 * The real services over a temp folder, as the CLI and the e2e bridge build them, with every
 * event recorded so a scenario can wait on what the renderer would be told.
 */
export function tempServices(prefix: string) {
  const root = mkdtempSync(join(tmpdir(), `dossier-rel-${prefix}-`));
  const events: RecordedEvent[] = [];
  const services = createServices({
    sampleFolder: root,
    emit: (event, payload) => {
      events.push({ event, payload });
    },
    app: () => ({ chooseFolder: async () => null, openLink: async () => false }),
  });
  const cleanup = async () => {
    // Stop the watcher and workers and release the store's lock before the folder goes.
    await services.workspace.stop();
    await services.annotations.stop();
    rmSync(root, { recursive: true, force: true });
  };
  return { root, services, events, cleanup };
}

export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));
