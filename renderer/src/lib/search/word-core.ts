/**
 * Everything the renderer does with search's word matching (the query parser, stemmers,
 * transliteration tables and exonyms: about two thirds of the bundle), in one module that
 * `word-matching.svelte.ts` loads on its own, so evaluating it never holds up the first rows.
 */
export { hitTermsOf } from './hit-terms';
export { hasHit, paintHits } from '../reader/paint-hits';
