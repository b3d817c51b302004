import type { AnnotationWorkspace } from '../../electron/services/annotations/annotation-service';
import { DossierError } from '../../electron/core/errors';
import type { Story } from '../../electron/core/types';

/**
 * An in-memory stand-in for the workspace catalog: files of text and the stories in them.
 * Tests change a file's text, re-segment it, or delete it, the way a watcher would see.
 */
export class FakeWorkspace implements AnnotationWorkspace {
  files = new Map<string, string>();
  stories = new Map<string, Story>();

  addFile(path: string, text: string, cuts: { id: string; start: number; end: number }[]): void {
    this.files.set(path, text);
    this.segment(path, cuts);
  }

  /** Replace the stories of a file (a split or merge fix, or a re-segmentation). */
  segment(path: string, cuts: { id: string; start: number; end: number }[]): void {
    for (const [id, s] of this.stories) if (s.path === path) this.stories.delete(id);
    cuts.forEach((c, index) =>
      this.stories.set(c.id, {
        ...c,
        path,
        docId: path,
        index,
        title: c.id,
        date: null,
        source: null,
        byline: null,
        language: 'en',
        words: 0,
        noise: [],
      }),
    );
  }

  storyRecord(id: string): Story {
    const s = this.stories.get(id);
    if (!s) throw new DossierError('story-not-found', 'That story is no longer in the workspace.');
    return s;
  }

  rawFile(path: string): { text: string } {
    const text = this.files.get(path);
    if (text === undefined) throw new DossierError('file-not-found', `${path} is not a dump in this workspace.`);
    return { text };
  }

  listStories(): { id: string; path: string }[] {
    return [...this.stories.values()];
  }
}

/** Two made-up stories in one dump; the second repeats a sentence of the first. */
export const DUMP =
  'Harbour officials in Calder Bay said on Monday that the new breakwater would open in spring. ' +
  'The mayor called the project a turning point for the fishing fleet.\n\n' +
  'In Westmere, the council voted to delay the tram extension by two years. ' +
  'A final decision is expected after the autumn elections.\n';
export const SPLIT = DUMP.indexOf('In Westmere');

export function sampleWorkspace(): FakeWorkspace {
  const ws = new FakeWorkspace();
  ws.addFile('news/calder.txt', DUMP, [
    { id: 'calder', start: 0, end: SPLIT },
    { id: 'westmere', start: SPLIT, end: DUMP.length },
  ]);
  return ws;
}

export function rangeOf(text: string, phrase: string): { start: number; end: number } {
  const start = text.indexOf(phrase);
  if (start < 0) throw new Error(`fixture lacks "${phrase}"`);
  return { start, end: start + phrase.length };
}
