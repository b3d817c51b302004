import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { checkLayers, resolveSpecifier } from '../../scripts/layers';
import { sourceFiles } from '../../scripts/lint-layers';

const root = fileURLToPath(new URL('../..', import.meta.url));

describe('layering', () => {
  it('the tree keeps every layer to what it may import', () => {
    const files = sourceFiles(root, ['electron', 'renderer/src', 'bench', 'test']);
    expect(files.length).toBeGreaterThan(100);
    expect(files.some((f) => f.path.startsWith('bench/')) && files.some((f) => f.path.startsWith('test/support/'))).toBe(true);
    expect(checkLayers(files)).toEqual([]);
  });

  it('resolves relative imports and the @core alias to repository paths', () => {
    expect(resolveSpecifier('electron/core/search/x.ts', '../../services/workspace-service')).toBe('electron/services/workspace-service');
    expect(resolveSpecifier('renderer/src/lib/api.ts', '@core/api')).toBe('electron/core/api');
    expect(resolveSpecifier('electron/core/x.ts', 'valibot')).toBeNull();
  });

  it.each([
    // core is pure: no other layer, no Node built-in, no framework
    ['electron/core/library/x.ts', "import { scanFolder } from '../../services/scan-folder';"],
    ['electron/core/x.ts', "import { readFile } from 'node:fs/promises';"],
    ['electron/core/x.ts', "import { readFileSync } from 'fs';"],
    ['electron/core/x.ts', "import { join } from 'path';"],
    ['electron/core/x.ts', "import { app } from 'electron';"],
    ['electron/core/x.ts', "import { Low } from 'lowdb';\n"],
    ['electron/core/x.ts', "const w = await import('@parcel/watcher');"],
    ['electron/core/x.ts', "export { mount } from 'svelte';"],
    ['electron/core/x.ts', "import { registerIpc } from '../main/ipc';"],
    // services are plain Node: never the shell, the CLI, Electron
    ['electron/services/x.ts', "import { registerIpc } from '../ipc';"], // electron/ipc: in no layer
    ['electron/services/store/x.ts', "import { registerIpc } from '../../main/ipc';"],
    ['electron/services/x.ts', "import { registerIpc } from '../main/ipc';"],
    ['electron/services/store/x.ts', "import { main } from '../../cli/index';"],
    ['electron/services/x.ts', "import { dialog } from 'electron';"],
    // the shell sits on services and core only
    ['electron/main/x.ts', "import { main } from '../cli/index';"],
    ['electron/main/x.ts', "import App from '../../renderer/src/App.svelte';"],
    // the preload may import the API's names and nothing else of ours
    ['electron/preload/index.ts', "import { routes } from '../core/api/index';"],
    ['electron/preload/index.ts', "import { WorkspaceService } from '../services/workspace-service';"],
    ['electron/preload/index.ts', "import { readFileSync } from 'node:fs';"],
    // the CLI runs without Electron or the shell
    ['electron/cli/x.ts', "import { createMainWindow } from '../main/window';"],
    ['electron/cli/commands/x.ts', "import { app } from 'electron';"],
    // the renderer reaches the rest only through core's types and pure helpers
    ['renderer/src/App.svelte', "<script>import { createServices } from '../../electron/services/create-services';</script>"],
    ['renderer/src/lib/x.ts', "import { registerIpc } from '../../../electron/main/ipc';"],
    ['renderer/src/panes/X.svelte', "<script>import fs from 'node:fs';</script>"],
    ['renderer/src/panes/X.svelte', "<script>import { ipcRenderer } from 'electron';</script>"],
    ['renderer/src/panes/Y.svelte', '<script>window.dossier.methods</script>'],
    // a type-only import is still a dependency on the layer's files
    ['electron/core/x.ts', "import type { WorkspaceService } from '../services/workspace-service';"],
    // the bench and the tests share helpers only through test/support
    ['bench/reliability/x.ts', "import { runCrashTrials } from '../../test/main/store/crash-trials';"],
    ['bench/x.ts', "import { CHROMIUM_ARGS } from '../test/e2e/harness/chromium';"],
    ['bench/x.ts', "import type { Case } from '../test/core/entities/cases';"],
    ['bench/x.ts', "import { app } from 'electron';"],
    ['test/main/x.test.ts', "import { mulberry32 } from '../../bench/corpus/prng';"],
    ['test/core/text/helpers.ts', "export { mulberry32 as prng } from '../../../bench/corpus/prng';"],
    ['test/e2e/harness/x.ts', "import { ensureRendererBuilt } from '../../../bench/renderer/build';"],
    // test/support leans on neither side
    ['test/support/x.ts', "import { sampleWorkspace } from '../main/store/fake-workspace';"],
    ['test/support/x.ts', "import { mulberry32 } from '../../bench/corpus/prng';"],
    ['test/support/x.ts', "import { registerIpc } from '../../electron/main/ipc';"],
  ])('fails %s: %s', (path, source) => {
    expect(checkLayers([{ path, source }])).toHaveLength(1);
  });

  it.each([
    ['electron/core/search/x.ts', "import { fold } from '../text/fold';"],
    ['electron/core/x.ts', "import type { BrowserWindow } from 'electron';"],
    ['electron/services/x.ts', "import { Catalog } from '../core/library/catalog';\nimport { subscribe } from '@parcel/watcher';"],
    ['electron/main/window.ts', "import { BrowserWindow } from 'electron';\nimport { createServices } from '../services/create-services';"],
    ['electron/preload/index.ts', "import { contextBridge } from 'electron';\nimport { METHOD_NAMES } from '../core/api/names';"],
    ['electron/cli/index.ts', "import { createServices } from '../services/create-services';"],
    [
      'renderer/src/lib/x.ts',
      "import type { StoryView } from '@core/api';\nimport { parseQuery } from '../../../electron/core/search/query-parser';",
    ],
    ['bench/reliability/x.ts', "import { runCrashTrials } from '../../test/support/crash-trials';"],
    ['bench/x.ts', "import { contentSecurityPolicy } from '../electron/main/csp';\nimport { chromium } from 'playwright-core';"],
    ['test/core/text/helpers.ts', "export { mulberry32 as prng } from '../../support/prng';"],
    ['test/e2e/harness/launch.ts', "import { serveRenderer } from '../../support/serve';"],
    ['test/bench/report.test.ts', "import { parseMetricLine } from '../../bench/report/metric';"],
    ['test/support/x.ts', "import { createServices } from '../../electron/services/create-services';"],
    // a folder import resolves to the folder's index, inside its layer
    ['test/cli/run-cli.ts', "import { main } from '../../electron/cli';"],
  ])('allows %s: %s', (path, source) => {
    expect(checkLayers([{ path, source }])).toEqual([]);
  });
});
