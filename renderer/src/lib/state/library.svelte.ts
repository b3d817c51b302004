import type { ApiError, FileSummary, IngestProgress, StorySummary, WorkspaceInfo } from '../../../../electron/core/api';
import { call, on } from '../api';
import { groupRows, type GroupBy } from '../library/group';

/**
 * The library pane's state: the open workspace, its stories and files, the current filter
 * and selection. Big lists are `$state.raw` (replaced whole, never deeply proxied).
 */
export class LibraryState {
  workspace = $state<WorkspaceInfo | null>(null);
  stories = $state.raw<StorySummary[]>([]);
  files = $state.raw<FileSummary[]>([]);
  filter = $state('');
  selectedId = $state<string | null>(null);
  progress = $state<IngestProgress | null>(null);
  error = $state<ApiError | null>(null);
  loading = $state(true);
  groupBy = $state<GroupBy>((localStorage.getItem('dossier.groupBy') as GroupBy | null) ?? 'none');

  visible = $derived.by(() => {
    const q = this.filter.trim().toLocaleLowerCase();
    if (!q) return this.stories;
    return this.stories.filter(
      (s) => s.title.toLocaleLowerCase().includes(q) || s.path.toLocaleLowerCase().includes(q) || (s.source ?? '').toLocaleLowerCase().includes(q),
    );
  });

  problems = $derived(this.files.filter((f) => f.status !== 'ok'));

  /** List rows: group headers (when grouped) and stories, in display order. */
  rows = $derived(groupRows(this.visible, this.groupBy));

  /** Stories in display order, which is what j/k walk through. */
  ordered = $derived(this.rows.flatMap((r) => (r.type === 'story' ? [r.story] : [])));

  selectedIndex = $derived(this.ordered.findIndex((s) => s.id === this.selectedId));

  selectedRow = $derived(this.rows.findIndex((r) => r.type === 'story' && r.story.id === this.selectedId));

  setGroupBy(by: GroupBy): void {
    this.groupBy = by;
    try {
      localStorage.setItem('dossier.groupBy', by);
    } catch {
      // not remembered; harmless
    }
  }

  /** Subscribe to main's events; returns the unsubscribe for the component's teardown. */
  listen(): () => void {
    const offs = [
      on('workspace.opened', () => void this.refresh()),
      on('library.changed', () => void this.refresh()),
      on('ingest.progress', (p) => (this.progress = p.done >= p.total ? null : p)),
    ];
    return () => offs.forEach((off) => off());
  }

  async refresh(): Promise<void> {
    const ws = await call('workspace.current');
    if (!ws.ok) return this.fail(ws.error);
    this.workspace = ws.value;
    if (!ws.value) {
      this.stories = [];
      this.files = [];
      this.loading = false;
      return;
    }
    const [stories, files] = await Promise.all([call('stories.list'), call('files.list')]);
    if (!stories.ok) return this.fail(stories.error);
    if (!files.ok) return this.fail(files.error);
    this.stories = stories.value;
    this.files = files.value;
    this.error = null;
    this.loading = false;
    if (!this.selectedId || !this.stories.some((s) => s.id === this.selectedId)) {
      const remembered = rememberedStory(ws.value.folder);
      this.selectedId = this.stories.some((s) => s.id === remembered) ? remembered : (this.ordered[0]?.id ?? null);
    }
  }

  select(id: string): void {
    this.selectedId = id;
    if (this.workspace) rememberStory(this.workspace.folder, id);
  }

  /** Move the selection through the visible list (j/k). */
  step(delta: number): void {
    const list = this.ordered;
    if (list.length === 0) return;
    const i = this.selectedIndex < 0 ? 0 : Math.min(list.length - 1, Math.max(0, this.selectedIndex + delta));
    this.select(list[i].id);
  }

  async openSample(): Promise<void> {
    const r = await call('workspace.openSample');
    if (!r.ok) return this.fail(r.error);
    await this.refresh();
  }

  async chooseFolder(): Promise<void> {
    const r = await call('app.chooseFolder');
    if (!r.ok) return this.fail(r.error);
    if (r.value) await this.refresh();
  }

  private fail(err: ApiError): void {
    this.error = err;
    this.loading = false;
  }
}

/** The last story read in each workspace, so reopening lands where the analyst left off. */
function rememberedStory(folder: string): string | null {
  try {
    return localStorage.getItem(`dossier.lastStory:${folder}`);
  } catch {
    return null;
  }
}

function rememberStory(folder: string, id: string): void {
  try {
    localStorage.setItem(`dossier.lastStory:${folder}`, id);
  } catch {
    // storage unavailable: nothing to remember
  }
}
