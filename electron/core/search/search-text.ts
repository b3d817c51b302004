import type { NoiseKind, NoiseSpan } from '../types';
import { cleanBody } from './clean-body';

/** Noise whose words are the story's own (a post quoted, a photo caption), searched as the second tier. */
const HIDDEN_KINDS: ReadonlySet<NoiseKind> = new Set(['social-post', 'caption', 'repeated-caption', 'reporter-bio', 'related-teaser']);

interface StorySpan {
  start: number;
  end: number;
  noise: readonly NoiseSpan[];
}

/**
 * What search reads of a story: `clean`, its readable text plus any wire dateline
 * ("BEIJING (Reuters) –", marked as an agency tag at the start of a line that goes on), so
 * a place named only there is found; and `hidden`, the text of its captions and quoted
 * posts, one line each, matched only as a second tier.
 */
export function searchTexts(fileText: string, story: StorySpan): { clean: string; hidden: string } {
  const dateline = (n: NoiseSpan) => n.kind === 'agency-tag' && /\S/.test(lineRest(fileText, n.end));
  const clean = cleanBody(fileText, { ...story, noise: story.noise.filter((n) => !dateline(n)) });
  const hidden = story.noise
    .filter((n) => HIDDEN_KINDS.has(n.kind) && n.end > story.start && n.start < story.end)
    .sort((a, b) => a.start - b.start)
    .map((n) => fileText.slice(Math.max(n.start, story.start), Math.min(n.end, story.end)))
    .join('\n');
  return { clean, hidden };
}

function lineRest(text: string, at: number): string {
  const nl = text.indexOf('\n', at);
  return text.slice(at, nl < 0 ? text.length : nl);
}
