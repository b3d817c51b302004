import type { ApiError, ApiValue } from '@core/api';
import { call, on } from '../api';

export type EntitySummary = ApiValue<'entities.list'>[number];
export type EntityDetail = ApiValue<'entities.get'>;
export type EntityKindFilter = EntitySummary['kind'] | 'all';

/** Entities the view lists at most: a library of 10,000 dumps has tens of thousands of one-off names. */
const LIST_LIMIT = 5000;

/**
 * The entity view's state: the library's people, places and organisations (most stories
 * first), the kind and name the analyst narrows them by, and the open entity's detail.
 */
export class EntityViewState {
  list = $state.raw<EntitySummary[]>([]);
  kind = $state<EntityKindFilter>('all');
  filter = $state('');
  selectedId = $state<string | null>(null);
  detail = $state.raw<EntityDetail | null>(null);
  loading = $state(false);
  loaded = $state(false);
  error = $state<ApiError | null>(null);
  private seq = 0;

  /** The list as shown: the chosen kind, names or spellings containing the filter (case- and accent-blind). */
  shown = $derived.by(() => {
    const needle = fold(this.filter.trim());
    return this.list.filter(
      (e) => (this.kind === 'all' || e.kind === this.kind) && (!needle || e.aliases.some((a) => fold(a).includes(needle))),
    );
  });

  /** How many of each kind the list holds, for the kind buttons. */
  kindCounts = $derived.by(() => {
    const c = { all: this.list.length, person: 0, place: 0, org: 0 };
    for (const e of this.list) c[e.kind]++;
    return c;
  });

  async load(): Promise<void> {
    this.loading = true;
    const r = await call('entities.list', { limit: LIST_LIMIT });
    this.loading = false;
    this.loaded = true;
    if (!r.ok) {
      this.error = r.error;
      return;
    }
    this.error = null;
    this.list = r.value;
    if (this.selectedId && !r.value.some((e) => e.id === this.selectedId)) {
      this.selectedId = null;
      this.detail = null;
    } else if (this.selectedId) void this.open(this.selectedId);
  }

  /** Open one entity's detail; a late answer for an entity no longer open is dropped. */
  async open(id: string): Promise<void> {
    this.selectedId = id;
    const seq = ++this.seq;
    const r = await call('entities.get', { id });
    if (seq !== this.seq) return;
    if (!r.ok) {
      this.error = r.error;
      this.detail = null;
      return;
    }
    this.error = null;
    this.detail = r.value;
  }

  /** Reload when the library or its entities change, once the view has been opened. */
  listen(): () => void {
    const offs = [
      on('discovery.progress', (p) => p.phase === 'ready' && this.loaded && void this.load()),
      on('workspace.opened', () => {
        this.selectedId = null;
        this.detail = null;
        if (this.loaded) void this.load();
      }),
    ];
    return () => offs.forEach((off) => off());
  }
}

function fold(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}
