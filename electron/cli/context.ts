import { createServices } from '../services/create-services';
import { noEmit } from '../core/api/emit';

/** Where a command writes: the process's own streams, or a test's buffers. */
export interface CliIo {
  stdout: { write(chunk: string): unknown };
  stderr: { write(chunk: string): unknown };
}

/** What every CLI command gets: services over the same core as the app, and output helpers. */
export interface CliContext {
  json: boolean;
  services: () => ReturnType<typeof createServices>;
  /** Print to stdout: one JSON document in --json mode, lines of text otherwise. */
  print: (value: unknown) => void;
  /** Diagnostics go to stderr so stdout stays clean JSON. */
  warn: (message: string) => void;
  /**
   * Wait for the background discovery work the open started (a separate process would not
   * exit before it either), then release the store's lock and the workspace.
   */
  close: () => Promise<void>;
}

export function createCliContext(json: boolean, sampleFolder: string, io: CliIo): CliContext {
  let services: ReturnType<typeof createServices> | null = null;
  return {
    json,
    services: () =>
      (services ??= createServices({
        sampleFolder,
        emit: noEmit,
        // One-shot commands read the folder once; a watcher would only keep the process busy.
        watch: false,
        app: () => ({
          chooseFolder: async () => null,
          openLink: async () => false,
        }),
      })),
    print: (value) => io.stdout.write(typeof value === 'string' ? `${value}\n` : `${JSON.stringify(value, null, json ? 0 : 2)}\n`),
    warn: (message) => io.stderr.write(`${message}\n`),
    close: async () => {
      if (!services) return;
      // A one-shot command leaves the caches complete: wait for discovery, then stop everything.
      await services.discovery.whenReady();
      await services.stop();
    },
  };
}
