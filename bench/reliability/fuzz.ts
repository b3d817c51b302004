import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { mulberry32 } from '../../test/support/prng';
import { isDumpPath } from '../../electron/core/library/ignore';
import { Checks, describeError, type Scenario } from './scenario';
import { ODD_NAMES, encodingCases, markupCases, randomCases, sizeCases, type FuzzCase } from './fuzz-inputs';
import { runPipeline } from './fuzz-pipeline';
import { tempServices } from './temp-workspace';
import { utf8 } from './encodings';

function pipelineScenario(name: string, make: (rnd: () => number, quick: boolean) => FuzzCase[], what: string): Scenario {
  return {
    name,
    run: async ({ seed, quick }) => {
      const cases = make(mulberry32(seed ^ hash(name)), quick);
      const checks = new Checks();
      for (const c of cases) runPipeline(c, checks);
      return checks.outcome(`${cases.length} ${what} through decode → segment → index → brief HTML`);
    },
  };
}

function hash(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h >>> 0;
}

/**
 * Odd file names and bad files inside a real workspace opened through the services: every
 * dump on disk is listed, each refused one says why, and every story and raw file opens.
 */
const oddNames: Scenario = {
  name: 'fuzz: odd names and bad files in a workspace',
  run: async () => {
    const { root, services, cleanup } = tempServices('names');
    const checks = new Checks();
    try {
      const story = (n: string) =>
        `Harbour note ${n}\n\nVELMAR, June 1 (Tidewire) — The board met about ${n} on Monday and said fees stay.\n`;
      const files: Record<string, Uint8Array> = {};
      for (const name of ODD_NAMES) files[name] = utf8(story(name));
      for (const c of sizeCases()) files[`sizes/${c.name.replace(/[^\w]+/g, '-')}.txt`] = c.bytes;
      for (const [rel, bytes] of Object.entries(files)) {
        mkdirSync(dirname(join(root, rel)), { recursive: true });
        writeFileSync(join(root, rel), bytes);
      }
      await services.workspace.open(root);
      const listed = new Map(services.workspace.listFiles().map((f) => [f.path, f]));
      for (const rel of Object.keys(files).filter((p) => isDumpPath(p))) {
        const f = listed.get(rel);
        if (!checks.check(!!f, () => `“${rel}” is on disk but not in the library`)) continue;
        if (f!.status !== 'ok') checks.check(!!f!.error?.code && !!f!.error.message.trim(), () => `“${rel}” was refused without a reason`);
        else {
          try {
            services.workspace.rawFile(rel);
          } catch (err) {
            checks.check(false, () => `“${rel}”: raw view threw ${describeError(err)}`);
          }
        }
      }
      for (const name of ODD_NAMES)
        checks.check(listed.get(name)?.status === 'ok', () => `“${name}” should read fine, got ${listed.get(name)?.status ?? 'nothing'}`);
      for (const s of services.workspace.listStories()) {
        try {
          const view = services.workspace.getStory(s.id);
          checks.check(typeof view.text === 'string', () => `story ${s.id} has no text`);
        } catch (err) {
          checks.check(false, () => `opening story in “${s.path}” threw ${describeError(err)}`);
        }
      }
      return checks.outcome(`${Object.keys(files).length} files with odd names and sizes opened as a workspace`);
    } catch (err) {
      checks.check(false, () => `opening the workspace threw ${describeError(err)}`);
      return checks.outcome('');
    } finally {
      await cleanup();
    }
  },
};

export const fuzzScenarios: Scenario[] = [
  pipelineScenario('fuzz: every encoding', () => encodingCases(), 'encodings (UTF-8 ± BOM, UTF-16 LE/BE, cp1252, cp1251, invalid)'),
  pipelineScenario('fuzz: huge and tiny files', () => sizeCases(), 'files from 0 bytes to 20 MB + 1'),
  pipelineScenario(
    'fuzz: markup injection',
    (rnd, quick) => markupCases(rnd, quick ? 30 : 150),
    'dumps with planted <script>/<img onerror>/<svg>',
  ),
  pipelineScenario('fuzz: random and mutated bytes', (rnd, quick) => randomCases(rnd, quick ? 200 : 1000), 'random or mutated inputs'),
  oddNames,
];
