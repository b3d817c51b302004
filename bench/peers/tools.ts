import { spawnSync } from 'node:child_process';

type ToolCheck = { ok: true; path: string } | { ok: false; reason: string };

function which(bin: string): string | null {
  const r = spawnSync('sh', ['-c', `command -v ${bin}`], { encoding: 'utf8' });
  const p = r.stdout.trim();
  return r.status === 0 && p ? p : null;
}

/**
 * Find a peer's binary, installing its Debian package when it is missing and we may
 * (root, apt-get present). Never throws: a peer that cannot be had is reported as skipped
 * with the reason, and the bench goes on without it.
 */
export function ensureTool(bin: string, aptPackage: string, log: (msg: string) => void): ToolCheck {
  const found = which(bin);
  if (found) return { ok: true, path: found };
  if (process.platform !== 'linux' || !which('apt-get')) {
    return {
      ok: false,
      reason: `${bin} is not installed and this is not a Debian-like system; install ${aptPackage} to compare against it`,
    };
  }
  if (process.getuid?.() !== 0) {
    return {
      ok: false,
      reason: `${bin} is not installed and the bench is not running as root; run \`sudo apt-get install ${aptPackage}\` to compare against it`,
    };
  }
  log(`bench: installing ${aptPackage} for the ${bin} peer`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  let r = spawnSync('apt-get', ['install', '-y', '-qq', aptPackage], { encoding: 'utf8', env, timeout: 180_000 });
  if (r.status !== 0) {
    // A fresh machine has no package lists yet; fetch them once and retry.
    spawnSync('apt-get', ['update', '-qq'], { encoding: 'utf8', env, timeout: 180_000 });
    r = spawnSync('apt-get', ['install', '-y', '-qq', aptPackage], { encoding: 'utf8', env, timeout: 180_000 });
  }
  const after = which(bin);
  if (after) return { ok: true, path: after };
  const why = (r.stderr || r.stdout || '').trim().split('\n').slice(-1)[0] ?? '';
  return { ok: false, reason: `${bin} is missing and \`apt-get install ${aptPackage}\` failed${why ? `: ${why}` : ''}` };
}
