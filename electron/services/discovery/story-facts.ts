import { createHash } from 'node:crypto';
import { extractStoryEntities } from '../../core/entities/extract';
import { packEntities } from '../../core/entities/packed';
import { signatureOfWords } from '../../core/related/minhash';
import { topTermsOfWords } from '../../core/related/story-terms';
import { terms } from '../../core/search/tokenize';
import type { StoryFacts } from '../../core/related/story-facts';
import { cleanBody } from '../../core/search/clean-body';
import type { NoiseSpan } from '../../core/types';

/** What a story's facts are computed from, besides its dump's text: its title and its place and noise in the file. */
export interface FactsStory {
  title: string;
  start: number;
  end: number;
  noise: readonly NoiseSpan[];
}

/**
 * A story's entities, MinHash signature, word count, exact-copy hash and top words from its title and clean body.
 * The ingest worker calls this right after segmenting a dump (it has the text in hand, and
 * the worker threads keep the main thread free); discovery's facts workers call it for
 * stories whose facts did not come with the read (e.g. site-template marks set after it).
 */
export function computeStoryFacts(title: string, body: string): StoryFacts {
  // The body's words are split once, for the signature and the top words both.
  const words = terms(body);
  const sig = signatureOfWords(words);
  return {
    entities: packEntities(extractStoryEntities(headed(title, body))),
    signature: sig.signature,
    words: sig.words,
    exactHash: createHash('sha1').update(body).digest('base64'),
    terms: topTermsOfWords(terms(title), words),
  };
}

/**
 * The text entities are read from: the clean body, after the title only where the body does
 * not hold it (a headline in noise, a title set by hand). A headline the body starts with is
 * read once, so a name in it counts one mention, not two.
 */
function headed(title: string, body: string): string {
  const t = title.replace(/…$/, '').trim();
  return !t || body.includes(t) ? body : `${title}\n\n${body}`;
}

/** The facts of each of `stories` of one dump whose decoded text is `text`, in the same order. */
export function dumpStoryFacts(text: string, stories: readonly FactsStory[]): StoryFacts[] {
  return stories.map((s) => computeStoryFacts(s.title, cleanBody(text, s)));
}
