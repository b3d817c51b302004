import { createHash } from 'node:crypto';
import { extractStoryEntities } from '../../core/entities/extract';
import { packEntities } from '../../core/entities/packed';
import { signatureAndLength } from '../../core/related/minhash';
import { topTerms } from '../../core/related/story-terms';
import type { StoryFacts } from '../../core/related/story-facts';

/**
 * A story's entities, MinHash signature, word count, exact-copy hash and top words from its title and clean body.
 * The ingest worker calls this right after segmenting a dump (it has the text in hand, and
 * the worker threads keep the main thread free); discovery calls it only for stories whose
 * facts did not come with the read.
 */
export function computeStoryFacts(title: string, body: string): StoryFacts {
  const sig = signatureAndLength(body);
  return {
    entities: packEntities(extractStoryEntities(`${title}\n\n${body}`)),
    signature: sig.signature,
    words: sig.words,
    exactHash: createHash('sha1').update(body).digest('base64'),
    terms: topTerms(title, body),
  };
}
