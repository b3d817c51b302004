import { matchDateline } from './datelines';
import { isTitleLike } from './lines';

/**
 * Title and source helpers. A derived title is an exact substring of the story text, plus an
 * ellipsis when the sentence was cut, so the reader can still find where the title came from.
 */

/** About how long a derived title may be before it is cut at a word boundary. */
const DERIVED_TITLE_MAX = 90;

const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'st',
  'gen',
  'lt',
  'col',
  'sen',
  'rep',
  'gov',
  'pres',
  'prof',
  'no',
  'vs',
  'inc',
  'co',
  'corp',
  'jr',
  'sr',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'u.s',
  'u.k',
  'e.g',
  'i.e',
]);
/** Function words a title (or a sentence) does not end with: a line ending in one was cut off. */
export const DANGLING = new Set([
  'a',
  'an',
  'the',
  'and',
  'or',
  'but',
  'of',
  'to',
  'in',
  'on',
  'for',
  'with',
  'as',
  'at',
  'by',
  'from',
  'that',
  'which',
  'who',
  'its',
  'their',
  'his',
  'her',
  'is',
  'was',
  'were',
  'are',
  'be',
  'has',
  'have',
  'had',
  'into',
  'than',
  'while',
  'after',
  'before',
  'over',
  'about',
  'what',
  'when',
  'where',
  'this',
  'these',
  'those',
  'our',
  'your',
  'it',
  'и',
  'в',
  'на',
  'с',
  'по',
  'к',
  'о',
  'за',
  'из',
  'для',
  'что',
  'как',
  'а',
  'но',
]);
/** "Beijing — Russian President..." city prefix used by CBS/AP. */
const CITY_DASH_RE = /^[A-Z][\p{L} .'’-]{1,30}\s+[—–]\s+(?=\p{Lu})/u;

/** Index just after the first sentence of `s` (or s.length). Abbreviations and initials do not end a sentence. */
function firstSentenceEnd(s: string): number {
  const re = /([.!?])["”’)]?\s+(?=["“‘(«]?[\p{Lu}\d])/gu;
  let m: RegExpExecArray | null;
  while ((m = re.exec(s)) !== null) {
    const end = m.index;
    if (m[1] === '.') {
      let k = end;
      while (k > 0 && /[\p{L}.]/u.test(s[k - 1])) k--;
      const word = s.slice(k, end).toLowerCase();
      if (word.length <= 1 || ABBREVIATIONS.has(word) || /^(?:\p{L}\.)+\p{L}$/u.test(word)) continue;
    }
    return end + (m[1] === '.' ? 0 : 1);
  }
  return s.length;
}

/**
 * Short title from a body paragraph: drop a wire dateline, take the first sentence, and if it is
 * longer than ~90 characters cut it at a word boundary, dropping dangling function words, and
 * end it with an ellipsis.
 */
export function deriveTitle(line: string): string {
  let s = line.length > 600 ? line.slice(0, 600) : line;
  const http = s.search(/https?:\/\/|pic\.twitter\.com/);
  if (http > 0) s = s.slice(0, http);
  // A headline line keeps its kicker ("FILM REVIEW - Ferry tale charms"): the dateline cut is for a lead's prose.
  const dl = isTitleLike(s.trim()) ? null : matchDateline(s);
  if (dl) s = s.slice(dl.length);
  else {
    const city = CITY_DASH_RE.exec(s);
    if (city) s = s.slice(city[0].length);
  }
  s = s.trim();
  let out = s.slice(0, firstSentenceEnd(s));
  let cutShort = false;
  if (out.length > DERIVED_TITLE_MAX) {
    cutShort = true;
    let cut = out.lastIndexOf(' ', DERIVED_TITLE_MAX);
    if (cut < DERIVED_TITLE_MAX / 2) cut = DERIVED_TITLE_MAX;
    out = out.slice(0, cut);
    for (let guard = 0; guard < 4; guard++) {
      out = out.replace(/[\s,;:–—-]+$/u, '');
      const sp = out.lastIndexOf(' ');
      const lastWord = out.slice(sp + 1).toLowerCase();
      if (sp > 0 && DANGLING.has(lastWord)) out = out.slice(0, sp);
      else break;
    }
  }
  out = out.replace(/[\s,;:–—-]+$/u, '').trim();
  // A one-sentence title drops its full stop, but not an abbreviation's ("U.S.") or an ellipsis.
  if (out.endsWith('.') && !out.endsWith('..') && !/(?:^|[\s.])\p{L}\.$/u.test(out)) out = out.slice(0, -1).trimEnd();
  if (out === '') return line.slice(0, DERIVED_TITLE_MAX).trim();
  // A cut sentence says so: "Apple growers in the valley expect…", never half a clause passed off as a title.
  return cutShort ? `${out}…` : out;
}

/**
 * " | The Harbour Ledger", " - Ironbridge Evening News", " — Citywire 24": a page title's site
 * name, 1–4 words, the first capitalised, the others capitalised or numbers.
 */
const SITE_SUFFIX_RE = /\s+[|–—-]\s+(?:The\s+)?\p{Lu}[\p{L}\d.&'’]*(?:\s+[\p{Lu}\d][\p{L}\d.&'’]*){0,3}$/u;

/**
 * A headline without the site name a page title appends ("Syrian rebels renew assault | The
 * Harbour Ledger"). Only capitalised words count as a site name, so "... iPhone rival - report"
 * keeps its tail; the result is a prefix of the line, so it still slices back out of the text.
 */
export function withoutSiteSuffix(title: string): string {
  const m = SITE_SUFFIX_RE.exec(title);
  if (!m) return title;
  const head = title.slice(0, m.index).trim();
  // "... is not for sale - Hughes": after a plain hyphen one word is a quote's speaker, not a site.
  if (/^\s+-\s+\S+$/.test(m[0])) return title;
  return head.split(' ').length >= 3 ? head : title;
}

const CANONICAL: Record<string, string> = {
  reuters: 'Reuters',
  ap: 'AP',
  'associated press': 'AP',
  afp: 'AFP',
  'agence france-presse': 'AFP',
  'agence france presse': 'AFP',
  tt: 'TT',
  tass: 'TASS',
  'itar-tass': 'TASS',
  'ria novosti': 'RIA Novosti',
  ria: 'RIA Novosti',
  interfax: 'Interfax',
  xinhua: 'Xinhua',
  dpa: 'dpa',
  efe: 'EFE',
  ansa: 'ANSA',
  kyodo: 'Kyodo',
  yonhap: 'Yonhap',
  agencies: 'Agencies',
  'agencies and staff': 'Agencies',
  bloomberg: 'Bloomberg',
  cbs: 'CBS',
  'cbs news': 'CBS',
  cnn: 'CNN',
  bbc: 'BBC',
  upi: 'UPI',
  rt: 'Russia Today',
  'russia today': 'Russia Today',
  sputnik: 'Sputnik',
  kcna: 'KCNA',
  'al jazeera': 'Al Jazeera',
  тасс: 'TASS',
  'риа новости': 'RIA Novosti',
  интерфакс: 'Interfax',
  агентства: 'Agencies',
};

/** "(Reuters)" → "Reuters", "cbs/ap" → "CBS/AP", "With agencies" → "Agencies", "RT" → "Russia Today". */
export function normaliseSource(raw: string | null | undefined): string | null {
  if (!raw) return null;
  let s = raw.replace(/\s+/g, ' ').trim();
  s = s.replace(/^[(\[—–\-•·\s]+|[)\].\s]+$/g, '');
  s = s.replace(/^(?:with|source:)\s+/i, '');
  if (!s || s.length > 60) return null;
  const parts = s.split(/\s*\/\s*/);
  const mapped = parts.map((p) => CANONICAL[p.toLowerCase()] ?? p);
  const out = mapped.join('/');
  return out || null;
}
