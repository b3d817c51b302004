import { foldToken } from '../search/fold';
import { RAW_COMMON_ACRONYMS, RAW_CONNECTORS, RAW_STOP } from './gazetteers/function-words';
import { RAW_ORG_HEADS, RAW_ORGS } from './gazetteers/organizations';
import { RAW_GIVEN_NAMES, RAW_NATIONALITIES, RAW_PERSON_AFTER, RAW_TITLES } from './gazetteers/people';
import { RAW_PLACE_BEFORE, RAW_PLACE_STEMS_RU, RAW_PLACES } from './gazetteers/places';

/**
 * Small word lists that classify capitalised runs. Deliberately short and editable: the
 * extractor must keep up with ingest (tens of MB/s), so it leans on these cues instead of a
 * full parser. Entries are folded (lower-case, no diacritics); Cyrillic ones are stems.
 * The raw lists live in ./gazetteers/, one file per kind of name.
 */

/** Entries are folded like tokens ("й" → "и"), so lookups compare like with like. */
const fold = (set: Set<string>) => new Set([...set].map(foldToken));
export const TITLES = fold(RAW_TITLES);
export const NATIONALITIES = fold(RAW_NATIONALITIES);
export const ORG_HEADS = fold(RAW_ORG_HEADS);
export const ORGS = fold(RAW_ORGS);
export const PLACES = fold(RAW_PLACES);
export const PLACE_STEMS_RU = RAW_PLACE_STEMS_RU.map(foldToken);
export const PERSON_AFTER = fold(RAW_PERSON_AFTER);
export const GIVEN_NAMES = fold(RAW_GIVEN_NAMES);
export const PLACE_BEFORE = fold(RAW_PLACE_BEFORE);
export const CONNECTORS = fold(RAW_CONNECTORS);
export const STOP = fold(RAW_STOP);
export const COMMON_ACRONYMS = fold(RAW_COMMON_ACRONYMS);
