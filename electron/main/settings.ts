import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** App-level preferences (not workspace data): which folder to reopen at start. */
interface Settings {
  lastWorkspace: string | null;
}

const DEFAULTS: Settings = { lastWorkspace: null };

/**
 * A tiny JSON file in the user-data folder, written via temp + rename so a crash mid-write
 * never leaves a half file. A missing or broken file just means defaults.
 */
export class SettingsStore {
  private readonly file: string;
  private data: Settings;

  constructor(userDataDir: string) {
    this.file = join(userDataDir, 'settings.json');
    this.data = this.load();
  }

  get(): Settings {
    return { ...this.data };
  }

  set(patch: Partial<Settings>): void {
    this.data = { ...this.data, ...patch };
    mkdirSync(dirname(this.file), { recursive: true });
    const tmp = `${this.file}.${process.pid}.tmp`;
    writeFileSync(tmp, JSON.stringify(this.data, null, 2));
    renameSync(tmp, this.file);
  }

  private load(): Settings {
    try {
      const parsed = JSON.parse(readFileSync(this.file, 'utf8')) as Partial<Settings>;
      return { lastWorkspace: typeof parsed.lastWorkspace === 'string' ? parsed.lastWorkspace : null };
    } catch {
      return { ...DEFAULTS };
    }
  }
}
