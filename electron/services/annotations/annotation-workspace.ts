import type { Story } from '../../core/types';

/** What the annotation service needs from the workspace: stories and file text. */
export interface AnnotationWorkspace {
  storyRecord(id: string): Story;
  rawFile(path: string): { text: string };
  listStories(): { id: string; path: string }[];
}
