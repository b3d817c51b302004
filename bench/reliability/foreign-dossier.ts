import { lstatSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Checks, describeError, type Outcome, type Scenario } from './scenario';
import { sleep, tempServices } from './temp-workspace';

const DUMP = 'Harbour fees story\n\nVELMAR, June 3 (Tidewire) — The board met on Monday and said fees stay where they are for now.\n\n\n';

/** Every file below `dir` with its content: what must not change. */
function snapshot(dir: string): string {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    const p = join(e.parentPath, e.name);
    out.push(e.isFile() ? `${p}=${readFileSync(p, 'utf8')}` : p);
  }
  return out.sort().join('\n');
}

/**
 * Open a workspace whose `.dossier` (or something in it) Dossier must not touch, with the
 * real services (store, identity, discovery cache, watcher), let indexing finish, try an
 * edit, close; then the `watch`ed files must be exactly as before and the store read-only
 * with a message saying why.
 */
function untouchable(
  name: string,
  expect: RegExp,
  prepare: (root: string, outside: string) => void,
  watch = (root: string, outside: string) => [outside, join(root, '.dossier')],
): Scenario {
  return {
    name: `foreign .dossier: ${name}`,
    run: async (): Promise<Outcome> => {
      const ws = tempServices(name.replace(/\W+/g, '-').slice(0, 20));
      const checks = new Checks();
      const outside = join(ws.root, '..', `${ws.root.split('/').pop()}-outside`);
      try {
        mkdirSync(outside);
        writeFileSync(join(outside, 'db-5.json'), 'another program’s file');
        writeFileSync(join(ws.root, 'wire.txt'), DUMP);
        prepare(ws.root, outside);
        const watched = watch(ws.root, outside).filter((p) => lstatSync(p, { throwIfNoEntry: false }));
        const before = watched.map((p) =>
          lstatSync(p).isSymbolicLink() ? `${p} -> link` : lstatSync(p).isDirectory() ? snapshot(p) : readFileSync(p, 'utf8'),
        );
        await ws.services.workspace.open(ws.root);
        for (const deadline = Date.now() + 30_000; ws.services.discovery.status().phase !== 'ready' && Date.now() < deadline;)
          await sleep(50);
        const status = ws.services.annotations.status();
        checks.check(status.state === 'read-only', () => `store state is ${status.state}, expected read-only`);
        checks.check(expect.test(status.message), () => `message does not say why: “${status.message}”`);
        const id = ws.services.workspace.listStories()[0]?.id;
        if (id) {
          const refused = await ws.services.annotations.setNote(id, 'must not be written').then(
            () => false,
            () => true,
          );
          checks.check(refused, () => 'an edit was acknowledged');
        }
        await ws.services.workspace.stop();
        await ws.services.annotations.stop();
        const after = watched.map((p) =>
          lstatSync(p).isSymbolicLink() ? `${p} -> link` : lstatSync(p).isDirectory() ? snapshot(p) : readFileSync(p, 'utf8'),
        );
        checks.check(after.join('\n') === before.join('\n'), () => 'files Dossier must not touch were changed');
        return checks.outcome(`read-only (“${status.message.slice(0, 70)}…”), nothing written`);
      } catch (err) {
        checks.check(false, () => `threw ${describeError(err)}`);
        return checks.outcome('');
      } finally {
        await ws.cleanup();
        rmSync(outside, { recursive: true, force: true });
      }
    },
  };
}

export const foreignDossierScenarios: Scenario[] = [
  untouchable('.dossier is a symbolic link', /symbolic link/, (root, outside) => symlinkSync(outside, join(root, '.dossier'))),
  untouchable('backups/ is a symbolic link', /symbolic link/, (root, outside) => {
    mkdirSync(join(root, '.dossier'));
    writeFileSync(join(root, '.dossier', 'db.json'), JSON.stringify({ schemaVersion: 1 }));
    symlinkSync(outside, join(root, '.dossier', 'backups'));
  }),
  untouchable(
    'db.json has no schema version',
    /schema version/,
    (root) => {
      mkdirSync(join(root, '.dossier'));
      writeFileSync(join(root, '.dossier', 'db.json'), JSON.stringify({ items: [1, 2, 3], owner: 'another program' }));
    },
    (root) => [join(root, '.dossier', 'db.json')],
  ),
];
