import { spawnSync } from 'node:child_process';
import { chmodSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** How the folder was made unwritable; root ignores permission bits, so chmod alone may not bite. */
type ReadOnlyMethod = 'chmod' | 'chattr +i';

interface ReadOnlyHandle {
  method: ReadOnlyMethod;
  undo: () => void;
}

function writable(dir: string): boolean {
  const probe = join(dir, `.probe-${process.pid}`);
  try {
    writeFileSync(probe, 'x');
    rmSync(probe, { force: true });
    return true;
  } catch {
    return false;
  }
}

/**
 * Make `dirs` really unwritable for this process: chmod first (enough for a normal user);
 * as root, where chmod is ignored, the immutable attribute (ext4 and most Linux file systems).
 * Returns null, with everything restored, when neither works, so the caller can say the
 * scenario could not be staged instead of passing on a folder that was writable all along.
 */
export function makeReadOnly(dirs: string[]): ReadOnlyHandle | null {
  for (const d of dirs) chmodSync(d, 0o555);
  if (dirs.every((d) => !writable(d))) return { method: 'chmod', undo: () => dirs.forEach((d) => chmodSync(d, 0o755)) };
  for (const d of dirs) chmodSync(d, 0o755);
  const ok = dirs.every((d) => spawnSync('chattr', ['+i', d]).status === 0);
  const undo = () => dirs.forEach((d) => spawnSync('chattr', ['-i', d]));
  if (ok && dirs.every((d) => !writable(d))) return { method: 'chattr +i', undo };
  undo();
  return null;
}
