import { execFileSync } from 'node:child_process';
import { closeSync, constants, openSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AnnotationService } from '../../../electron/services/annotations/annotation-service';
import { sampleWorkspace } from '../../support/fake-workspace';

let folder: string;
let fifo: string | null = null;
const dossier = () => join(folder, '.dossier');

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'dossier-special-'));
});
afterEach(async () => {
  // A reader still blocked on the FIFO (the bug) gets end-of-file, so no thread stays stuck.
  if (fifo) {
    try {
      closeSync(openSync(fifo, constants.O_WRONLY | constants.O_NONBLOCK));
    } catch {
      // no reader: nothing to release
    }
  }
  fifo = null;
  await rm(folder, { recursive: true, force: true });
});

describe.skipIf(process.platform === 'win32')('a file in .dossier that is not a regular file', () => {
  for (const name of ['db.json', 'db.journal', 'lock']) {
    it(`a FIFO named ${name} opens read-only with a message instead of hanging the open`, async () => {
      await mkdir(dossier());
      fifo = join(dossier(), name);
      execFileSync('mkfifo', [fifo]);
      const svc = new AnnotationService(sampleWorkspace(), () => undefined);
      const opened = svc.start(folder).then(() => 'opened' as const);
      const hung = new Promise<'hung'>((resolve) => setTimeout(() => resolve('hung'), 8000).unref());
      expect(await Promise.race([opened, hung])).toBe('opened');
      expect(svc.status().state).toBe('read-only');
      expect(svc.status().message).toContain(name);
      await svc.stop();
    }, 20_000);
  }
});

describe.skipIf(process.platform === 'win32')('an entry of backups/ that is not a regular file', () => {
  it('a FIFO as the newest backup of a damaged db.json does not hang the open', async () => {
    await mkdir(join(dossier(), 'backups'), { recursive: true });
    await writeFile(join(dossier(), 'db.json'), '{"schemaVersion": 1, "tags": {');
    fifo = join(dossier(), 'backups', 'db-1.json');
    execFileSync('mkfifo', [fifo]);
    const svc = new AnnotationService(sampleWorkspace(), () => undefined);
    const opened = svc.start(folder).then(() => 'opened' as const);
    const hung = new Promise<'hung'>((resolve) => setTimeout(() => resolve('hung'), 8000).unref());
    expect(await Promise.race([opened, hung])).toBe('opened');
    expect(svc.status().state).toBe('read-only');
    expect(svc.status().message).toContain('db-1.json');
    await svc.stop();
  }, 20_000);
});
