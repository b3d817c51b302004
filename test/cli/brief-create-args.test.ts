import { afterAll, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from './run-cli';

/** `brief create` takes the same arguments the API's `briefs.createFromTags` does, and refuses the same ones. */
const folder = mkdtempSync(join(tmpdir(), 'dossier-brief-args-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('dossier brief create: arguments', () => {
  it('refuses an empty --tag instead of taking every highlight, and touches nothing', async () => {
    const r = await runCli(['brief', 'create', folder, '--title', 'Daily', '--tag', '']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--tag/);
    expect(existsSync(join(folder, '.dossier'))).toBe(false);
  });

  it('refuses a title longer than the app allows', async () => {
    const r = await runCli(['brief', 'create', folder, '--title', 'x'.repeat(301)]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--title/);
    expect(existsSync(join(folder, '.dossier'))).toBe(false);
  });
});
