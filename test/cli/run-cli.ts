import { main } from '../../electron/cli';

/** What one `dossier …` run printed and returned. `json` is stdout parsed, or the raw text if it is not JSON. */
interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
  json: any;
}

/**
 * Run `dossier …` in-process through main(), as the shell would but without starting Node
 * and tsx again (seconds per run on this machine). `env` is applied for the run only.
 * The spawned binary keeps one smoke test of its own (ingest.test.ts).
 */
export async function runCli(argv: string[], env: Record<string, string> = {}): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const saved = Object.keys(env).map((k) => [k, process.env[k]] as const);
  Object.assign(process.env, env);
  try {
    const code = await main(argv, { stdout: { write: (c: string) => (stdout += c) }, stderr: { write: (c: string) => (stderr += c) } });
    let json: unknown;
    try {
      json = JSON.parse(stdout);
    } catch {
      json = stdout;
    }
    return { code, stdout, stderr, json };
  } finally {
    for (const [k, v] of saved) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  }
}
