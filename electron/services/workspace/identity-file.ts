import { join } from 'node:path';
import { IdentityMap } from '../../core/library/identity';
import { dossierDir, readDossierFile, writeDossierFile } from '../store/dossier-dir';

/** `<workspace>/.dossier/identity.json`: path → {docId, contentHash}, so renames keep annotations. */
export function identityPath(folder: string): string {
  return join(dossierDir(folder), 'identity.json');
}

/** The stored identity map; empty when there is none yet, it is unreadable or linked (never fatal, never followed). */
export async function loadIdentity(folder: string): Promise<{ map: IdentityMap; existed: boolean }> {
  try {
    const raw = await readDossierFile(folder, 'identity.json');
    if (raw) return { map: IdentityMap.fromJSON(JSON.parse(raw.toString('utf8'))), existed: true };
  } catch {
    // Unreadable: start afresh, as with no file.
  }
  return { map: new IdentityMap(), existed: false };
}

/**
 * Write the identity map atomically and durably (store/atomic-write.ts), so a crash
 * mid-write leaves the previous map intact; refused, with the reason, when `.dossier` or the
 * file is a link.
 */
export async function saveIdentity(folder: string, map: IdentityMap): Promise<void> {
  await writeDossierFile(folder, 'identity.json', `${JSON.stringify(map.toJSON())}\n`);
}
