import { createHash } from 'node:crypto';
import { extractStoryEntities } from '../../core/entities/extract';
import { packEntities } from '../../core/entities/packed';
import { signature } from '../../core/related/minhash';
import type { StoryFacts } from '../../core/related/story-facts';

/**
 * A story's entities, MinHash signature and exact-copy hash from its title and clean body.
 * The ingest worker calls this right after segmenting a dump (it has the text in hand, and
 * the worker threads keep the main thread free); discovery calls it only for stories whose
 * facts did not come with the read.
 */
export function computeStoryFacts(title: string, body: string): StoryFacts {
  return {
    entities: packEntities(extractStoryEntities(`${title}\n\n${body}`)),
    signature: signature(body),
    exactHash: createHash('sha1').update(body).digest('base64'),
  };
}
