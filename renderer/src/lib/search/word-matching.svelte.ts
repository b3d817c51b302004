type WordCore = typeof import('./word-core');

/**
 * Search's word matching, loaded apart from the app's bundle (see word-core.ts): asked for once
 * the library's first rows are drawn, or by the first query typed before that. Until it has
 * landed `core` is null, and there are no hits to mark: the list itself comes from the services.
 */
class WordMatching {
  core = $state.raw<WordCore | null>(null);
  private asked: Promise<WordCore> | null = null;

  load(): Promise<WordCore> {
    return (this.asked ??= import('./word-core').then((m) => (this.core = m)));
  }
}

export const wordMatching = new WordMatching();
