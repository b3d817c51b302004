import { foldToken } from '../search/fold';
import { nameKey, russianStem } from './name-key';
import { conceptOfName, isBodyConcept, mayStartConcept } from '../search/name-concepts';
import { exonymsOf } from '../search/exonyms';
import { isUpperAt, scanWords } from './word-scan';
import { trimHeadlineNames } from './headline-names';
import type { EntityKind, Mention, StoryEntity, StoryEntityWithOffsets } from './types';
import {
  COMMON_ACRONYMS,
  CONNECTORS,
  GIVEN_NAMES,
  NATIONALITIES,
  ORG_HEADS,
  ORGS,
  PERSON_AFTER,
  PLACE_BEFORE,
  PLACE_STEMS_RU,
  PLACES,
  STOP,
  TITLES,
} from './gazetteers';

const TOKEN = /[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu;
/** A title, also hyphenated from titles ("Secretary-General", "Vice-President"). */
const isTitle = (f: string) => TITLES.has(f) || (f.includes('-') && f.split('-').every((p) => TITLES.has(p)));
const UPPER = /^\p{Lu}/u;
const LOWER = /\p{Ll}/u;
const CYRILLIC = /[\u0400-\u04ff]/;
const CONNECTORS_RAW = new Set(['of', 'the', 'von', 'der', 'de', 'van', 'al', 'bin', 'du', 'la']);
const MAX_CONNECTOR = Math.max(...[...CONNECTORS_RAW].map((w) => w.length));
const ORGS_RU = [...ORGS].filter((s) => CYRILLIC.test(s));
const ORG_HEADS_RU = [...ORG_HEADS].filter((s) => CYRILLIC.test(s));
// Russian organization names keep lower-case words ("Министерство иностранных дел России").
const RU_ORGS = [
  /Министерств\p{L}* иностранных дел(?: \p{Lu}\p{L}+)?/gu,
  /Министерств\p{L}* обороны(?: \p{Lu}\p{L}+)?/gu,
  /\p{Lu}\p{L}+ организаци\p{L}* \p{Ll}+/gu,
  /Государственн\p{L}+ дум\p{L}+/gu,
];

interface Tok {
  raw: string;
  f: string;
  start: number;
  end: number;
  upper: boolean;
  initial: boolean;
  /** In a headline written all in capitals, where a word in capitals is no acronym ("MORT DENIES"). */
  shouted?: boolean;
}

/**
 * People, places and organizations in one story's text: capitalised runs (Latin and
 * Cyrillic) classified by gazetteers and context cues, titles stripped, sentence-initial
 * common words dropped, then in-story aliases resolved ("Lavrov" → "Sergei Lavrov").
 * Runs at tens of MB/s: no parser, one pass of one regex. With the offsets of every mention
 * (for one story on demand); the library-wide pass uses `extractStoryEntities`.
 */
export function extractEntities(text: string): StoryEntityWithOffsets[] {
  return groupMentions(extractMentions(text), true) as StoryEntityWithOffsets[];
}

/** The same entities without mention offsets: what the library keeps per story (offsets cost more than the rest). */
export function extractStoryEntities(text: string): StoryEntity[] {
  return groupMentions(extractMentions(text), false);
}

/** The raw mentions, before grouping (exposed for tests and offsets). */
function extractMentions(text: string): Mention[] {
  const mentions: Mention[] = [];
  const headlines = headlineRanges(text);
  const taken: [number, number][] = [];
  // The Russian organisation patterns need Cyrillic; most stories have none and skip four scans.
  if (CYRILLIC.test(text))
    for (const re of RU_ORGS) {
      for (const m of text.matchAll(re)) {
        const name = detach(m[0]);
        mentions.push({ kind: 'org', text: name, key: nameKey(name), start: m.index, end: m.index + m[0].length });
        taken.push([m.index, m.index + m[0].length]);
      }
    }
  const toks = tokens(text, taken, headlines);
  let i = 0;
  while (i < toks.length) {
    if (!toks[i].upper) {
      i++;
      continue;
    }
    // Grow a run of capitalised words joined by single spaces, allowing "of", "von der" inside.
    let j = i + 1;
    while (j < toks.length && (sameLine(text, toks[j - 1], toks[j]) || middleInitial(text, toks, i, j))) {
      if (toks[j].upper) j++;
      else {
        // "of", "von der": connectors count only when a capitalised word follows them.
        let k = j;
        while (k < toks.length && !toks[k].upper && CONNECTORS.has(toks[k].f) && sameLine(text, toks[k - 1], toks[k])) k++;
        if (k > j && k < toks.length && toks[k].upper && sameLine(text, toks[k - 1], toks[k])) j = k + 1;
        else break;
      }
      if (POSSESSIVE.test(toks[j - 1].raw)) break;
    }
    classifyRun(toks, i, j, text, mentions);
    i = j;
  }
  trimHeadlineNames(mentions, headlines);
  return mentions.sort((a, b) => a.start - b.start);
}

function tokens(text: string, taken: [number, number][], headlines: [number, number][]): Tok[] {
  const out: Tok[] = [];
  let h = 0;
  // A lower-case word matters only next to a capitalised one (a cue before or after a name,
  // or a connector inside it): it is held back as offsets and made a token only then, so a
  // story's thousands of ordinary words cost no objects and no strings.
  let heldStart = -1;
  let heldEnd = -1;
  const pushHeld = () => {
    if (heldStart < 0) return;
    const raw = text.slice(heldStart, heldEnd);
    out.push({ raw, f: raw.toLowerCase(), start: heldStart, end: heldEnd, upper: false, initial: false });
    heldStart = -1;
  };
  scanWords(text, (start, end) => {
    if (taken.length && taken.some(([a, b]) => start < b && end > a)) return;
    if (!isUpperAt(text, start)) {
      const last = out.length ? out[out.length - 1] : null;
      // Connectors are two or three letters: only such a word is cut out to be looked up.
      const short = end - start <= MAX_CONNECTOR ? text.slice(start, end) : null;
      if ((last && last.upper && heldStart < 0) || (short !== null && CONNECTORS_RAW.has(short))) {
        pushHeld();
        const raw = short ?? text.slice(start, end);
        out.push({ raw, f: foldName(raw), start, end, upper: false, initial: false });
      } else {
        heldStart = start;
        heldEnd = end;
      }
      return;
    }
    pushHeld();
    const raw = text.slice(start, end);
    while (h < headlines.length && headlines[h][1] <= start) h++;
    let k = start - 1;
    while (k >= 0 && (text[k] === ' ' || text[k] === '\t' || text[k] === '"' || text[k] === '“' || text[k] === '«' || text[k] === '(')) k--;
    const inHeadline = h < headlines.length && start >= headlines[h][0];
    const initial = k < 0 || SENTENCE_END.has(text[k]) || inHeadline;
    const tok: Tok = { raw, f: foldName(raw), start, end, upper: true, initial };
    if (inHeadline && !LOWER.test(text.slice(headlines[h][0], headlines[h][1]))) tok.shouted = true;
    out.push(tok);
  });
  return out;
}

const POSSESSIVE = /[’']s$/i;
/** A compound adjective of a name and a participle ("Seattle-based", "US-backed", "Top-seeded"). */
const MODIFIER = /-(?:based|seeded|born|led|backed|owned|controlled|funded|sponsored|ranked|run|made)$/i;
/** Weekdays and the months that are not also names ("May", "June", "August" are). */
const DATE_WORDS = new Set(
  ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'].concat([
    'january',
    'february',
    'september',
    'october',
    'november',
    'december',
  ]),
);
const SENTENCE_END = new Set(['.', '!', '?', ':', '\n', '\r']);

/** Fold a capitalised word for gazetteer lookups, without its possessive "’s". */
function foldName(raw: string): string {
  const c = raw.charCodeAt(raw.length - 1);
  return foldToken(c === 115 || c === 83 ? raw.replace(POSSESSIVE, '') : raw);
}

/** Title-Case lines ("Kremlin Says After Talks It’s Confident"): every word there is like a sentence start. */
function headlineRanges(text: string): [number, number][] {
  const out: [number, number][] = [];
  let at = 0;
  for (const line of text.split('\n')) {
    // Headlines are short; a long line is a paragraph, whatever its capitals.
    if (line.length > 200 || line.length < 10) {
      at += line.length + 1;
      continue;
    }
    const words = line.match(TOKEN) ?? [];
    if (words.length >= 4 && words.filter((w) => UPPER.test(w)).length / words.length > 0.6) out.push([at, at + line.length]);
    at += line.length + 1;
  }
  return out;
}

/**
 * toks[j - 1] is a middle initial between a first name (or another initial) and the next
 * capitalised word: "George W. Bush", "Michael J. Fox", "John F. Kennedy". Its full stop is
 * no sentence end. Not after a word that labels things with letters ("Group B. Police said",
 * an org head, a place, a title) nor before a function word ("Plan B. The"): two sentences.
 */
function middleInitial(text: string, toks: Tok[], from: number, j: number): boolean {
  const init = toks[j - 1];
  const next = toks[j];
  if (j - 1 <= from || init.end - init.start !== 1 || !init.upper || !next.upper || STOP.has(next.f)) return false;
  // "A" and "I" are words; an initial is "W." followed by one space.
  if (init.raw === 'A' || init.raw === 'I' || text.charCodeAt(init.end) !== 46 || text.charCodeAt(init.end + 1) !== 32) return false;
  if (next.start !== init.end + 2) return false;
  const before = toks[j - 2];
  if (!before.upper || before.end + 1 !== init.start) return false;
  if (before.end - before.start === 1) return text.charCodeAt(before.end) === 46 || j - 2 === from;
  return (
    !isTitle(before.f) &&
    !NATIONALITIES.has(before.f) &&
    !isPlace(before.f) &&
    !isOrg(before.f) &&
    !orgHeadTok(before) &&
    !STOP.has(before.f)
  );
}

function sameLine(text: string, a: Tok, b: Tok): boolean {
  if (b.start - a.end !== 1) return false;
  const c = text.charCodeAt(a.end);
  return c === 32 || c === 0xa0;
}

/** A given name, also in a Russian case form ("Дональдом", "Владимира"). */
function isGiven(f: string): boolean {
  return GIVEN_NAMES.has(f) || (CYRILLIC.test(f) && GIVEN_NAMES.has(russianStem(f)));
}

/** "В. В. Путин", "В.В. Путин": initials right before a word say it is a surname. */
const INITIALS_BEFORE = /(?:^|[\s(«"])\p{Lu}\.\s?(?:\p{Lu}\.\s?)?$/u;

/** isPlace's answers: the same capitalised words and phrases come back in nearly every story. */
const placeMemo = new Map<string, boolean>();

function isPlace(f: string): boolean {
  let v = placeMemo.get(f);
  if (v === undefined) {
    if (placeMemo.size > 50000) placeMemo.clear();
    v = isPlaceWord(f);
    placeMemo.set(f, v);
  }
  return v;
}

function isPlaceWord(f: string): boolean {
  if (PLACES.has(f)) return true;
  // A country or city the CLDR exonym table names ("Франции", "Германии").
  if (!f.includes(' ') && exonymsOf(f).length > 0) return true;
  if (CYRILLIC.test(f)) {
    const st = russianStem(f);
    return PLACE_STEMS_RU.some((s) => (st.startsWith(s) || (st.length >= 3 && s.startsWith(st))) && f.length <= s.length + 3);
  }
  return false;
}

function isOrg(f: string): boolean {
  if (ORGS.has(f)) return true;
  if (CYRILLIC.test(f)) return ORGS_RU.some((s) => f.startsWith(s) && f.length <= s.length + 3);
  return false;
}

function hasOrgHead(f: string): boolean {
  if (ORG_HEADS.has(f)) return true;
  return CYRILLIC.test(f) && ORG_HEADS_RU.some((h) => f.startsWith(h));
}

/** First words of the gazetteer's places of several words ("north" of "north korea"). */
const PLACE_FIRST_WORDS: ReadonlySet<string> = new Set([...PLACES].filter((p) => p.includes(' ')).map((p) => p.slice(0, p.indexOf(' '))));
/** The longest Russian place stem: the stem rule (isPlaceWord) takes nothing over 3 letters longer. */
const RU_STEM_MAX = PLACE_STEMS_RU.reduce((n, s) => Math.max(n, s.length), 0);

/**
 * isPlace of the phrase toks[x..y), answered without building (and hashing) the phrase when it
 * cannot be one: several words that start no gazetteer place and are too long for the Russian
 * stem rule. Almost every run of names is such, and their phrases were a tenth of the facts' time.
 */
function isPlaceRun(toks: Tok[], x: number, y: number): boolean {
  if (y - x === 1) return isPlace(toks[x].f);
  if (!PLACE_FIRST_WORDS.has(toks[x].f)) {
    let len = y - x - 1;
    let cyrillic = false;
    for (let i = x; i < y; i++) {
      len += toks[i].f.length;
      cyrillic ||= CYRILLIC.test(toks[i].f);
    }
    if (!cyrillic || len > RU_STEM_MAX + 3) return false;
  }
  return isPlace(phrase(toks, x, y));
}

/** The folded words of toks[x..y) joined by spaces (gazetteer phrases such as "north korea"). */
function phrase(toks: Tok[], x: number, y: number): string {
  let out = toks[x].f;
  for (let i = x + 1; i < y; i++) out += ' ' + toks[i].f;
  return out;
}

/**
 * A copy of a short piece of a long string that does not keep the long one alive. V8 makes
 * `slice` of 13+ characters a view into its parent, so a name sliced from a story would pin
 * the whole story text in memory for as long as the library keeps the name (20,000 stories'
 * worth, measured); concatenating and slicing again flattens a private copy.
 */
function detach(s: string): string {
  return s.length < 13 ? s : (' ' + s).slice(1);
}

function emit(toks: Tok[], text: string, out: Mention[], kind: EntityKind, x: number, y: number, weak = false): void {
  const surface = detach(text.slice(toks[x].start, toks[y - 1].end).replace(POSSESSIVE, ''));
  const m: Mention = { kind, text: surface, key: nameKey(surface), start: toks[x].start, end: toks[x].start + surface.length };
  if (weak) m.weak = true;
  out.push(m);
}

/** x directly before y: only a space or a comma between them. */
function adjacent(x: Tok | undefined, y: Tok): boolean {
  return !!x && y.start - x.end >= 0 && y.start - x.end <= 2;
}

function someTok(toks: Tok[], x: number, y: number, test: (t: Tok) => boolean): boolean {
  for (let i = x; i < y; i++) if (test(toks[i])) return true;
  return false;
}

const orgHeadTok = (t: Tok) => hasOrgHead(t.f);
const lowerTok = (t: Tok) => !t.upper;
const ACRONYM = /^\p{Lu}{2,6}$/u;
/** A short word in capitals, unless its whole headline is in capitals. */
const isAcronym = (t: Tok) => !t.shouted && ACRONYM.test(t.raw) && !COMMON_ACRONYMS.has(t.f);

function classifyRun(toks: Tok[], from: number, to: number, text: string, out: Mention[]): void {
  let a = from;
  // A function word in capitals that the concept table knows is a body ("The WHO said"), not "who".
  while (a < to && STOP.has(toks[a].f) && !(ACRONYM.test(toks[a].raw) && conceptOfName(toks[a].raw))) a++;
  while (to > a && CONNECTORS.has(toks[to - 1].f)) to--;
  // "Choi Kyung-ju Sunday": a day or month after a name of two words or more dates the news, not
  // the name. After one word it may be the name ("Super Tuesday", "Black Friday").
  while (to - a > 2 && DATE_WORDS.has(toks[to - 1].f)) to--;
  // "Top-seeded Justine Henin", "New York-based Sony BMG", "Shia-led": a compound adjective
  // describes the name after it and is no part of it; what comes before it neither.
  while (to > a && MODIFIER.test(toks[to - 1].raw)) to--;
  for (let k = to - 2; k >= a; k--)
    if (MODIFIER.test(toks[k].raw)) {
      a = k + 1;
      break;
    }
  if (a >= to) return;
  if (isPlaceRun(toks, a, to)) return emit(toks, text, out, 'place', a, to);
  // A place or body the concept table names ("Sri Lanka", "United Nations", "ВОЗ") is one, wherever it stands.
  // A hyphenated token ("Шри-Ланка") may start one with its first part.
  const concept =
    mayStartConcept(toks[a].f) || mayStartConcept(toks[a].f.split('-')[0])
      ? conceptOfName(text.slice(toks[a].start, toks[to - 1].end))
      : null;
  if (concept) return emit(toks, text, out, isBodyConcept(concept) ? 'org' : 'place', a, to);
  if (to - a === 1 && isOrg(toks[a].f)) return emit(toks, text, out, 'org', a, to);
  // "TV" heads a name ("Press TV") but alone is a thing.
  if (to - a === 1 && COMMON_ACRONYMS.has(toks[a].f) && ACRONYM.test(toks[a].raw)) return;
  if (someTok(toks, a, to, orgHeadTok)) return emit(toks, text, out, 'org', a, to);
  if (to - a === 1 && isAcronym(toks[a]) && !isPlace(toks[a].f)) return emit(toks, text, out, 'org', a, to);
  // Titles and nationalities in front of a name are not part of it, but say it is a person.
  let titled = false;
  while (a < to - 1 && (isTitle(toks[a].f) || NATIONALITIES.has(toks[a].f))) {
    if (isTitle(toks[a].f)) titled = true;
    a++;
  }
  if (to - a === 1 && (isTitle(toks[a].f) || NATIONALITIES.has(toks[a].f))) return;
  // "Санкции США Дональда Трампа": an ordinary word opening the sentence before a glued place.
  if (to - a > 2 && toks[a].initial && !isGiven(toks[a].f) && !isPlace(toks[a].f) && !isOrg(toks[a].f)) {
    if (isPlace(toks[a + 1].f) || isOrg(toks[a + 1].f)) a++;
  }
  // "министр иностранных дел Дравонии Павел Сорокин": an unknown Russian word (a genitive
  // country or office) in front of a given name is not part of the name.
  if (to - a >= 3 && CYRILLIC.test(toks[a].f) && !isGiven(toks[a].f) && isGiven(toks[a + 1].f)) {
    if (!isPlace(toks[a].f) && !isOrg(toks[a].f)) {
      a++;
      titled = true;
    }
  }
  // "России Владимир Путин", "США Дональда Трампа": a place or org glued in front of a name.
  while (
    to - a > 1 &&
    (isPlace(toks[a].f) || isOrg(toks[a].f) || isAcronym(toks[a])) &&
    (isGiven(toks[a + 1].f) || CYRILLIC.test(toks[a + 1].f) || to - a >= 3)
  ) {
    emit(toks, text, out, isPlace(toks[a].f) ? 'place' : 'org', a, a + 1);
    a++;
    titled = true;
  }
  // Titles after the glued name ("UN Secretary-General Antonio Guterres") are no part of the name either.
  while (a < to - 1 && isTitle(toks[a].f)) a++;
  // "George W. Bush said": a middle initial inside the run (middleInitial joined it) makes it a
  // person's name, its first word included even where it opens a sentence.
  if (to - a >= 3 && someTok(toks, a + 1, to - 1, (t) => t.end - t.start === 1 && text.charCodeAt(t.end) === 46))
    return emit(toks, text, out, 'person', a, to);
  // "Визит Лаврова", "Officials Lavrov…": an unknown capitalised word opening a sentence is an
  // ordinary word; judge the rest of the run on its own.
  if (!titled && to - a > 1 && toks[a].initial && !isGiven(toks[a].f) && !isPlace(toks[a].f) && !isOrg(toks[a].f)) a++;
  const first = toks[a];
  const next = toks[to];
  const prev = toks[a - 1];
  const hasConnector = someTok(toks, a, to, lowerTok);
  const place = isPlaceRun(toks, a, to);
  if (place) return emit(toks, text, out, 'place', a, to);
  if (titled || isGiven(first.f) || (next && adjacent(toks[to - 1], next) && PERSON_AFTER.has(next.f))) {
    if (!(to - a === 1 && isOrg(first.f))) return emit(toks, text, out, 'person', a, to);
  }
  if (to - a === 1) {
    if (isOrg(first.f)) return emit(toks, text, out, 'org', a, to);
    if (prev && !prev.upper && PLACE_BEFORE.has(prev.f) && adjacent(prev, first) && !first.initial)
      return emit(toks, text, out, 'place', a, to);
    // A lone initial ("В." of "В. В. Путин") is no name; the surname after it is one.
    if (first.raw.length === 1) return;
    if (INITIALS_BEFORE.test(text.slice(Math.max(0, first.start - 8), first.start))) return emit(toks, text, out, 'person', a, to);
    // Russian capitalises little but names, so a capitalised word inside a sentence is kept
    // as a weak name: it joins the full name it belongs to across the library ("Путина").
    if (CYRILLIC.test(first.f) && !first.initial) return emit(toks, text, out, 'person', a, to, true);
    // An unknown single word ("Lavrov", or "Officials" at a sentence start) is kept only
    // if it turns out to be part of a person's name in the same story (see groupMentions).
    const surface = detach(first.raw.replace(POSSESSIVE, ''));
    out.push({ kind: 'person', text: surface, key: '?' + nameKey(surface), start: first.start, end: first.start + surface.length });
    return;
  }
  if (!hasConnector && to - a <= 3) return emit(toks, text, out, 'person', a, to, true);
}

/**
 * Group mentions into distinct story entities. Single words with unknown kind ("?" keys)
 * join a person in the story whose first or last name they match ("Lavrov", "Xi"),
 * otherwise they are dropped: precision beats recall for unclassified words.
 */
function groupMentions(mentions: Mention[], withOffsets = true): StoryEntity[] {
  // First and last name → the first full name (in text order) that has it.
  const fullByPart = new Map<string, string>();
  for (const m of mentions) {
    if (m.kind !== 'person' || m.key.startsWith('?') || !m.key.includes(' ')) continue;
    const parts = m.key.split(' ');
    // The old rule took the first full name whose last *or* first part matched, in text order.
    for (const p of [parts[parts.length - 1], parts[0]]) if (!fullByPart.has(p)) fullByPart.set(p, m.key);
  }
  const byKey = new Map<string, StoryEntity & { offsets?: [number, number][] }>();
  for (const m of mentions) {
    let kind = m.kind;
    const unknown = m.key.startsWith('?');
    let key = unknown ? m.key.slice(1) : m.key;
    if (!key) continue;
    if (!key.includes(' ') && kind === 'person') {
      const full = fullByPart.get(key);
      if (full) key = full;
      else if (unknown) continue;
    }
    kind = kind === 'person' && !unknown ? 'person' : kind;
    const id = `${kind}:${key}`;
    let e = byKey.get(id);
    if (!e) {
      e = { kind, key, name: m.text, surfaces: [], count: 0, strong: false };
      if (withOffsets) e.offsets = [];
      byKey.set(id, e);
    }
    if (!e.surfaces.includes(m.text)) e.surfaces.push(m.text);
    if (m.text.length > e.name.length) e.name = m.text;
    e.count++;
    // An unclassified lone surname joining the name is not a cue of its own; anything classified by a cue is.
    if (!m.weak && !unknown) e.strong = true;
    e.offsets?.push([m.start, m.end]);
  }
  return [...byKey.values()];
}
