import { mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { atomicWriteFile } from '../services/store/atomic-write';

/** App-level preferences (not workspace data): which folder to reopen at start. */
interface Settings {
  lastWorkspace: string | null;
}

const DEFAULTS: Settings = { lastWorkspace: null };

/**
 * A tiny JSON file in the user-data folder, written through the one fsyncing atomic write, so
 * a crash mid-write never leaves a half file. A missing or broken file just means defaults.
 */
export class SettingsStore {
  private readonly file: string;
  private data: Settings;
  /** Writes run one after another, so the file always ends as the newest settings. */
  private saving: Promise<void> = Promise.resolve();

  constructor(userDataDir: string) {
    this.file = join(userDataDir, 'settings.json');
    this.data = this.load();
  }

  get(): Settings {
    return { ...this.data };
  }

  /** Resolves once the file is on disk; a failure only costs remembering the folder next time. */
  async set(patch: Partial<Settings>): Promise<void> {
    this.data = { ...this.data, ...patch };
    const content = JSON.stringify(this.data, null, 2);
    const write = async () => {
      mkdirSync(dirname(this.file), { recursive: true });
      await atomicWriteFile(this.file, content);
    };
    this.saving = this.saving.then(write, write);
    await this.saving;
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
