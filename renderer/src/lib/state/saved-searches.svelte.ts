/** Queries the analyst keeps, per workspace folder, in the page's storage. */
interface SavedSearch {
  name: string;
  query: string;
}

export class SavedSearches {
  list = $state<SavedSearch[]>([]);
  private key = '';

  load(folder: string): void {
    this.key = `dossier.savedSearches:${folder}`;
    try {
      const v = JSON.parse(localStorage.getItem(this.key) ?? '[]') as unknown;
      this.list = Array.isArray(v) ? v.filter((x): x is SavedSearch => typeof x?.name === 'string' && typeof x?.query === 'string') : [];
    } catch {
      this.list = [];
    }
  }

  save(query: string): void {
    const q = query.trim();
    if (!q || this.list.some((s) => s.query === q)) return;
    this.list = [...this.list, { name: q.length > 40 ? `${q.slice(0, 39)}…` : q, query: q }];
    this.persist();
  }

  remove(query: string): void {
    this.list = this.list.filter((s) => s.query !== query);
    this.persist();
  }

  private persist(): void {
    try {
      localStorage.setItem(this.key, JSON.stringify(this.list));
    } catch {
      // storage unavailable: kept for this session only
    }
  }
}
