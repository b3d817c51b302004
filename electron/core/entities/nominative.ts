const CYRILLIC = /[\u0400-\u04ff]/;
const CONSONANT = '[бвгджзклмнпрстфхцчшщь]';
/** Endings no Russian name has in the nominative: "-ом", "-ым" after a consonant, "-ского". */
const SURE: [RegExp, string][] = [
  [/(ск|цк)(ого|ому|им|ом)$/, '$1ий'],
  [/еем$/, 'ей'],
  [new RegExp(`(${CONSONANT})(ом|ым|ем)$`), '$1'],
];
/** Endings that are oblique for a man's name but nominative for a woman's ("Путина" and "Тереза"). */
const MAYBE: [RegExp, string][] = [
  [/е[яю]$/, 'ей'],
  [new RegExp(`(${CONSONANT})[аяуюе]$`), '$1'],
];

const apply = (rules: [RegExp, string][], name: string) =>
  name
    .split(' ')
    .map((w) => rules.reduce((x, [re, to]) => (re.test(x) ? x.replace(re, to) : x), w))
    .join(' ');

/**
 * The nominative among a Russian name's forms: a form another form reduces to ("Путин" for
 * "Путина"), else the form with its sure case endings taken off ("Дональдом Трампом" →
 * "Дональд Трамп") or a known given name's ending taken off every word, else the fullest
 * form. Only the forms with the most words compete.
 */
export function nominativeOf(forms: readonly string[], isGivenName: (folded: string) => boolean = () => false): string | null {
  const cyr = forms.filter((f) => CYRILLIC.test(f));
  if (!cyr.length) return null;
  const words = Math.max(...cyr.map((f) => f.split(' ').length));
  const pool = cyr.filter((f) => f.split(' ').length === words);
  for (const a of pool) {
    if (apply(SURE, a) !== a) continue;
    if (pool.some((b) => b !== a && (apply(SURE, b) === a || apply(MAYBE, apply(SURE, b)) === a))) return a;
  }
  for (const a of pool) if (apply(SURE, a) !== a) return apply(SURE, a);
  // "Дональда Трампа": a known man's given name in an oblique case puts the surname in it too.
  for (const a of pool) {
    const parts = a.split(' ');
    const given = apply(MAYBE, parts[0]);
    if (parts.length > 1 && given !== parts[0] && isGivenName(given.toLowerCase())) return apply(MAYBE, a);
  }
  return pool[0];
}
