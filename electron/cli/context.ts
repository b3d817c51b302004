import { createServices } from '../main/services/create-services';
import { noEmit } from '../core/api/emit';

/** What every CLI command gets: services over the same core as the app, and output helpers. */
export interface CliContext {
  json: boolean;
  services: () => ReturnType<typeof createServices>;
  /** Print to stdout: one JSON document in --json mode, lines of text otherwise. */
  print: (value: unknown) => void;
  /** Diagnostics go to stderr so stdout stays clean JSON. */
  warn: (message: string) => void;
}

export function createCliContext(json: boolean, sampleFolder: string): CliContext {
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
    print: (value) => process.stdout.write(typeof value === 'string' ? `${value}\n` : `${JSON.stringify(value, null, json ? 0 : 2)}\n`),
    warn: (message) => process.stderr.write(`${message}\n`),
  };
}
