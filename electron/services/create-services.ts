import type { AppPort, Services } from '../core/ports';
import type { Emit } from '../core/api/emit';
import { WorkspaceService } from './workspace/workspace-service';
import { AnnotationService } from './annotations/annotation-service';
import { BriefService } from './briefs/brief-service';
import { DiscoveryService } from './discovery/discovery-service';
import { HeadlessBriefExporter } from './briefs/headless-pdf';
import type { BriefExporter } from '../core/ports/briefs-port';
import type { WorkspaceInfo } from '../core/api/views';
import type { Lifecycle } from './lifecycle';

export interface ServiceOptions {
  /** The bundled sample library (read-only; the app opens a copy of it in `dataFolder`). */
  sampleFolder: string;
  /** The user's data folder (Electron's userData); default: a temp folder of this process. */
  dataFolder?: string;
  emit: Emit;
  app: (workspace: WorkspaceService) => AppPort;
  onOpened?: (info: WorkspaceInfo) => void;
  /** Watch the open workspace for changes (default true); one-shot CLI commands can turn it off. */
  watch?: boolean;
  /** Ingest worker threads (0 reads in-process), and as many for discovery's facts; default: sized to the machine. */
  ingestWorkers?: number;
  /** How briefs are saved and printed: Electron's dialog and printToPDF in the app, headless Chromium elsewhere. */
  briefExporter?: BriefExporter;
}

/**
 * Build the services behind `dispatch`. The Electron shell, the CLI and the e2e bridge all
 * call this, so the renderer is tested against the very services the app runs.
 */
export type CreatedServices = Services & {
  workspace: WorkspaceService;
  annotations: AnnotationService;
  briefs: BriefService;
  discovery: DiscoveryService;
  /** Stop every service in reverse start order; the shell calls it at quit, one-shot tools when done. */
  stop(): Promise<void>;
};

export function createServices(opts: ServiceOptions): CreatedServices {
  const workspace = new WorkspaceService({
    sampleFolder: opts.sampleFolder,
    dataFolder: opts.dataFolder,
    emit: opts.emit,
    onOpened: opts.onOpened,
    watch: opts.watch,
    ingestWorkers: opts.ingestWorkers,
  });
  const annotations = new AnnotationService(workspace, opts.emit);
  // Manual segmentation fixes live in the annotation store; the workspace applies them when it
  // reads a dump, and re-reads a dump as soon as one of its fixes is added, removed or undone.
  workspace.setFixSource({ fixesFor: (path) => annotations.listFixes(path).map((f) => f.fix) });
  annotations.onChange((c) => {
    if (!c.tables.includes('fixes')) return;
    for (const path of c.docPaths) if (workspace.listFiles().some((f) => f.path === path)) void workspace.reprocess(path);
  });
  // When dumps change on disk, highlights re-anchor against the new text (deleted → orphans,
  // restored → found again), and a rename carries them to the new path.
  workspace.onFilesChanged(async (c) => {
    for (const r of c.renamed) await annotations.renameDoc(r.from, r.to);
    for (const path of [...c.added, ...c.changed]) {
      const text = c.texts?.get(path);
      if (text !== undefined) await annotations.reanchorFile(path, text);
    }
    for (const path of c.removed) await annotations.reanchorFile(path, null);
  });
  const briefs = new BriefService({ catalog: workspace, annotations, exporter: opts.briefExporter ?? new HeadlessBriefExporter() });
  const discovery = new DiscoveryService({
    workspace,
    emit: opts.emit,
    facts: () => ({ tagsForStory: (id) => annotations.storyTags(id), highlightCount: (id) => annotations.highlightsForStory(id).length }),
    dismissals: async () => ({
      dismissedWith: (id) => new Set(annotations.listDismissed().flatMap((d) => (d.a === id ? [d.b] : d.b === id ? [d.a] : []))),
      add: (a, b) => annotations.dismissPair(a, b),
    }),
    storylineMoves: { list: () => annotations.listStorylineMoves(), move: (storyId, into) => annotations.moveStory(storyId, into) },
    factsWorkers: opts.ingestWorkers,
  });
  annotations.onChange((c) => {
    if (c.tables.includes('storylineMoves')) discovery.storylineMovesChanged();
  });
  // Each opened workspace starts the services on it in dependency order: the annotation store
  // (its fixes shape how dumps are read), then discovery, not awaited: the index builds (or
  // loads from .dossier/cache) while the workspace is already usable.
  const started: Lifecycle[] = [annotations, discovery];
  workspace.onOpen((folder) => annotations.start(folder).then(() => undefined));
  workspace.onOpen((folder) => void discovery.start(folder));
  workspace.onFilesChanged(
    (c) =>
      void discovery.updateFiles(
        [...c.added, ...c.changed, ...c.renamed.map((r) => r.to)],
        [...c.removed, ...c.renamed.map((r) => r.from)],
      ),
  );
  const stop = async () => {
    // Reverse order: discovery first (it reads both others), then the workspace, so no change
    // arrives while the store folds its journal into db.json and releases the lock, last.
    await discovery.stop();
    await workspace.stop();
    for (const s of started.filter((x) => x !== discovery).reverse()) await s.stop();
    await briefs.stop();
  };
  return { workspace, app: opts.app(workspace), annotations, briefs, discovery, stop };
}
