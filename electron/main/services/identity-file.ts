import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { IdentityMap } from '../../core/library/identity';

/** `<workspace>/.dossier/identity.json`: path → {docId, contentHash}, so renames keep annotations. */
export function identityPath(folder: string): string {
  return join(folder, '.dossier', 'identity.json');
}

/** The stored identity map; empty when there is none yet or it is unreadable (never fatal). */
export async function loadIdentity(folder: string): Promise<{ map: IdentityMap; existed: boolean }> {
  try {
    const raw = await readFile(identityPath(folder), 'utf8');
    return { map: IdentityMap.fromJSON(JSON.parse(raw)), existed: true };
  } catch {
    return { map: new IdentityMap(), existed: false };
  }
}

let counter = 0;

/**
 * Write the identity map atomically: a temp file beside it, then rename over the old one, so
 * a crash mid-write leaves the previous map intact rather than a truncated file.
 */
export async function saveIdentity(folder: string, map: IdentityMap): Promise<void> {
  const target = identityPath(folder);
  const tmp = `${target}.${process.pid}.${++counter}.tmp`;
  await mkdir(join(folder, '.dossier'), { recursive: true });
  try {
    await writeFile(tmp, `${JSON.stringify(map.toJSON())}\n`, 'utf8');
    await rename(tmp, target);
  } catch (err) {
    await rm(tmp, { force: true }).catch(() => undefined);
    throw err;
  }
}
