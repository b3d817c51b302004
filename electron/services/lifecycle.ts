/**
 * What every service with per-workspace state does: `start(folder)` when a workspace opens
 * (after the workspace service has read it), `stop()` at quit or when a one-shot tool is
 * done. `createServices` starts them in dependency order and stops them in reverse, so the
 * shell, the CLI and the e2e bridge shut down the same way.
 */
export interface Lifecycle {
  start(folder: string): Promise<unknown>;
  stop(): Promise<void>;
}
