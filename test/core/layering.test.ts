import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { checkLayers } from '../../scripts/layers';
import { sourceFiles } from '../../scripts/lint-layers';

const root = fileURLToPath(new URL('../..', import.meta.url));

describe('layering', () => {
  it('nothing in electron/core imports electron, svelte, lowdb or the watcher; services stay Electron-free', () => {
    const files = sourceFiles(root, ['electron', 'renderer/src']);
    expect(files.length).toBeGreaterThan(20);
    expect(checkLayers(files)).toEqual([]);
  });

  it.each([
    ['electron/core/library/x.ts', "import { app } from 'electron';"],
    ['electron/core/x.ts', "import { Low } from 'lowdb';\n"],
    ['electron/core/x.ts', "const w = await import('chokidar');"],
    ['electron/core/x.ts', "export { mount } from 'svelte';"],
    ['electron/main/services/x.ts', "import { dialog } from 'electron';"],
    ['renderer/src/panes/X.svelte', "<script>import fs from 'node:fs';</script>"],
    ['renderer/src/panes/Y.svelte', '<script>window.dossier.methods</script>'],
  ])('catches a wrong-layer import in %s', (path, source) => {
    expect(checkLayers([{ path, source }])).toHaveLength(1);
  });

  it('allows type-only imports across layers and electron in the shell', () => {
    expect(checkLayers([{ path: 'electron/core/x.ts', source: "import type { BrowserWindow } from 'electron';" }])).toEqual([]);
    expect(checkLayers([{ path: 'electron/main/window.ts', source: "import { BrowserWindow } from 'electron';" }])).toEqual([]);
  });
});
