/**
 * Recently decoded dump texts, bounded by total length, so opening a story does not decode
 * its file again on the main thread. Entries are keyed by path and checked against the
 * content hash, so a changed file is never shown with stale text.
 */
export class TextCache {
  private entries = new Map<string, { hash: string; text: string }>();
  private chars = 0;

  constructor(private readonly maxChars: number) {}

  get(path: string, hash: string): string | undefined {
    const e = this.entries.get(path);
    if (!e || e.hash !== hash) return undefined;
    // Re-insert to mark as most recently used (Map keeps insertion order).
    this.entries.delete(path);
    this.entries.set(path, e);
    return e.text;
  }

  set(path: string, hash: string, text: string): void {
    this.delete(path);
    if (text.length > this.maxChars) return;
    this.entries.set(path, { hash, text });
    this.chars += text.length;
    for (const [p, e] of this.entries) {
      if (this.chars <= this.maxChars) break;
      this.entries.delete(p);
      this.chars -= e.text.length;
    }
  }

  delete(path: string): void {
    const e = this.entries.get(path);
    if (!e) return;
    this.entries.delete(path);
    this.chars -= e.text.length;
  }

  clear(): void {
    this.entries.clear();
    this.chars = 0;
  }
}
