import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createServices } from '../../electron/services/create-services';

let folder: string;
let events: string[];

function make() {
  return createServices({
    sampleFolder: join(folder, 'no-sample'),
    emit: (event, payload) => events.push(event === 'discovery.progress' ? `discovery:${(payload as { phase: string }).phase}` : event),
    app: () => ({ chooseFolder: async () => null, openLink: async () => false }),
  });
}

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'dossier-lifecycle-'));
  await cp(join(import.meta.dirname, '../../resources/sample-library'), folder, { recursive: true });
  events = [];
});
afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

describe('service lifecycle', () => {
  it('stop() ends discovery’s background work, the watcher and the store, so a second app opens the folder writable', async () => {
    const first = make();
    await first.workspace.open(folder);
    await first.stop();
    const after = events.length;
    // Nothing reacts any more: no background progress, no library change from a new dump.
    await writeFile(join(folder, 'late.txt'), 'Late Headline\n\nA story written after the app stopped watching.\n');
    await new Promise((r) => setTimeout(r, 1_500));
    expect(events.slice(after)).toEqual([]);
    // The lock is released: the next instance may edit.
    const second = make();
    await second.workspace.open(folder);
    expect(second.annotations.status().state).toBe('ok');
    await second.stop();
  });
});
