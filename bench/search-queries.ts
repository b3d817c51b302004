/**
 * A fixed mix of query shapes (words, phrase, prefix, typo, Cyrillic, filters), the same at every
 * corpus size, so the discovery bench and the scale run time the same searches.
 */
export const SEARCH_QUERIES = [
  'lavrov',
  'wang yi tianjin',
  '"joint statement"',
  'pyongyang -drones',
  'sanct',
  'Lavorv',
  'kremlin source:Reuters',
  'peskov after:2024-01-01 before:2024-03-01',
  'лавров',
  'pension reform lang:en',
  'kamardru',
  'seoul tokyo washington file:dumps/003',
];
