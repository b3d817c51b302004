import { foldToken } from '../search/fold';
import { nameKey, russianStem } from './name-key';
import type { EntityKind, Mention, StoryEntity } from './types';
import {
  CONNECTORS, GIVEN_NAMES, NATIONALITIES, ORG_HEADS, ORGS, PERSON_AFTER, PLACE_BEFORE, PLACE_STEMS_RU, PLACES, STOP, TITLES,
} from './gazetteers';

const TOKEN = /[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu;
const UPPER = /^\p{Lu}/u;
const CYRILLIC = /[\u0400-\u04ff]/;
const CONNECTORS_RAW = /^(?:of|the|von|der|de|van|al|bin|du|la)$/;
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
}

/**
 * People, places and organizations in one story's text: capitalised runs (Latin and
 * Cyrillic) classified by gazetteers and context cues, titles stripped, sentence-initial
 * common words dropped, then in-story aliases resolved ("Lavrov" → "Sergei Lavrov").
 * Runs at tens of MB/s: no parser, one pass of one regex.
 */
export function extractEntities(text: string): StoryEntity[] {
  return groupMentions(extractMentions(text));
}

/** The raw mentions, before grouping (exposed for tests and offsets). */
export function extractMentions(text: string): Mention[] {
  const mentions: Mention[] = [];
  const taken: [number, number][] = [];
  for (const re of RU_ORGS) {
    for (const m of text.matchAll(re)) {
      mentions.push({ kind: 'org', text: m[0], key: nameKey(m[0]), start: m.index, end: m.index + m[0].length });
      taken.push([m.index, m.index + m[0].length]);
    }
  }
  const toks = tokens(text, taken);
  let i = 0;
  while (i < toks.length) {
    if (!toks[i].upper) {
      i++;
      continue;
    }
    // Grow a run of capitalised words joined by single spaces, allowing "of", "von der" inside.
    let j = i + 1;
    while (j < toks.length && sameLine(text, toks[j - 1], toks[j])) {
      if (toks[j].upper) j++;
      else {
        // "of", "von der": connectors count only when a capitalised word follows them.
        let k = j;
        while (k < toks.length && !toks[k].upper && CONNECTORS.has(toks[k].f) && sameLine(text, toks[k - 1], toks[k])) k++;
        if (k > j && k < toks.length && toks[k].upper && sameLine(text, toks[k - 1], toks[k])) j = k + 1;
        else break;
      }
      if (/[’']s$/i.test(toks[j - 1].raw)) break;
    }
    classifyRun(toks, i, j, text, mentions);
    i = j;
  }
  return mentions.sort((a, b) => a.start - b.start);
}

function tokens(text: string, taken: [number, number][]): Tok[] {
  const out: Tok[] = [];
  const headlines = headlineRanges(text);
  let h = 0;
  for (const m of text.matchAll(TOKEN)) {
    const start = m.index;
    const end = start + m[0].length;
    if (taken.length && taken.some(([a, b]) => start < b && end > a)) continue;
    const upper = UPPER.test(m[0]);
    // Only capitalised words can start a name; the rest need no folding or context.
    if (!upper && !CONNECTORS_RAW.test(m[0]) && !(out.length && out[out.length - 1].upper)) {
      out.push({ raw: m[0], f: m[0].toLowerCase(), start, end, upper, initial: false });
      continue;
    }
    while (h < headlines.length && headlines[h][1] <= start) h++;
    let k = start - 1;
    while (k >= 0 && (text[k] === ' ' || text[k] === '\t' || text[k] === '"' || text[k] === '“' || text[k] === '«' || text[k] === '(')) k--;
    const initial = k < 0 || /[.!?:\n\r]/.test(text[k]) || (h < headlines.length && start >= headlines[h][0]);
    out.push({ raw: m[0], f: foldToken(m[0].replace(/[’']s$/i, '')), start, end, upper, initial });
  }
  return out;
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

function sameLine(text: string, a: Tok, b: Tok): boolean {
  const gap = text.slice(a.end, b.start);
  return gap === ' ' || gap === '\u00a0';
}

function isPlace(f: string): boolean {
  if (PLACES.has(f)) return true;
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

function classifyRun(toks: Tok[], from: number, to: number, text: string, out: Mention[]): void {
  let a = from;
  while (a < to && STOP.has(toks[a].f)) a++;
  while (to > a && CONNECTORS.has(toks[to - 1].f)) to--;
  if (a >= to) return;
  const phrase = (x: number, y: number) => toks.slice(x, y).map((t) => t.f).join(' ');
  const emit = (kind: EntityKind, x: number, y: number) => {
    const surface = text.slice(toks[x].start, toks[y - 1].end).replace(/[’']s$/i, '');
    out.push({ kind, text: surface, key: nameKey(surface), start: toks[x].start, end: toks[x].start + surface.length });
  };
  if (isPlace(phrase(a, to))) return emit('place', a, to);
  if (to - a === 1 && isOrg(toks[a].f)) return emit('org', a, to);
  if (toks.slice(a, to).some((t) => hasOrgHead(t.f))) return emit('org', a, to);
  if (to - a === 1 && /^\p{Lu}{2,6}$/u.test(toks[a].raw) && !isPlace(toks[a].f)) return emit('org', a, to);
  // Titles and nationalities in front of a name are not part of it, but say it is a person.
  let titled = false;
  while (a < to - 1 && (TITLES.has(toks[a].f) || NATIONALITIES.has(toks[a].f))) {
    if (TITLES.has(toks[a].f)) titled = true;
    a++;
  }
  if (to - a === 1 && (TITLES.has(toks[a].f) || NATIONALITIES.has(toks[a].f))) return;
  // "России Владимир Путин", "Кремля Дмитрий Песков": a place or org in front of a given name.
  while (to - a > 1 && (isPlace(toks[a].f) || isOrg(toks[a].f)) && GIVEN_NAMES.has(toks[a + 1].f)) {
    emit(isPlace(toks[a].f) ? 'place' : 'org', a, a + 1);
    a++;
    titled = true;
  }
  // "Визит Лаврова", "Officials Lavrov…": an unknown capitalised word opening a sentence is an
  // ordinary word; judge the rest of the run on its own.
  if (!titled && to - a > 1 && toks[a].initial && !GIVEN_NAMES.has(toks[a].f) && !isPlace(toks[a].f) && !isOrg(toks[a].f)) a++;
  const first = toks[a];
  const next = toks[to];
  const prev = toks[a - 1];
  // x directly before y: only a space or a comma between them.
  const adjacent = (x: Tok | undefined, y: Tok) => !!x && y.start - x.end >= 0 && y.start - x.end <= 2;
  const hasConnector = toks.slice(a, to).some((t) => !t.upper);
  if (isPlace(phrase(a, to))) return emit('place', a, to);
  if (titled || GIVEN_NAMES.has(first.f) || (next && adjacent(toks[to - 1], next) && PERSON_AFTER.has(next.f) && !isPlace(phrase(a, to)))) {
    if (!(to - a === 1 && isOrg(first.f))) return emit('person', a, to);
  }
  if (to - a === 1) {
    if (isOrg(first.f)) return emit('org', a, to);
    if (prev && !prev.upper && PLACE_BEFORE.has(prev.f) && adjacent(prev, first) && !first.initial) return emit('place', a, to);
    // An unknown single word ("Lavrov", or "Officials" at a sentence start) is kept only
    // if it turns out to be part of a person's name in the same story (see groupMentions).
    const surface = first.raw.replace(/[’']s$/i, '');
    out.push({ kind: 'person', text: surface, key: '?' + nameKey(surface), start: first.start, end: first.start + surface.length });
    return;
  }
  if (!hasConnector && to - a <= 3) return emit('person', a, to);
}

/**
 * Group mentions into distinct story entities. Single words with unknown kind ("?" keys)
 * join a person in the story whose first or last name they match ("Lavrov", "Xi"),
 * otherwise they are dropped: precision beats recall for unclassified words.
 */
export function groupMentions(mentions: Mention[]): StoryEntity[] {
  const people = mentions.filter((m) => m.kind === 'person' && !m.key.startsWith('?') && m.key.includes(' '));
  const byKey = new Map<string, StoryEntity>();
  for (const m of mentions) {
    let kind = m.kind;
    let key = m.key.startsWith('?') ? m.key.slice(1) : m.key;
    const unknown = m.key.startsWith('?');
    if (!key) continue;
    if (!key.includes(' ') && kind === 'person') {
      const full = people.find((p) => {
        const parts = p.key.split(' ');
        return parts[parts.length - 1] === key || parts[0] === key;
      });
      if (full) key = full.key;
      else if (unknown) continue;
    }
    kind = kind === 'person' && !unknown ? 'person' : kind;
    const id = `${kind}:${key}`;
    const e = byKey.get(id) ?? { kind, key, name: m.text, surfaces: [], count: 0, offsets: [] };
    if (!e.surfaces.includes(m.text)) e.surfaces.push(m.text);
    if (m.text.length > e.name.length) e.name = m.text;
    e.count++;
    e.offsets.push([m.start, m.end]);
    byKey.set(id, e);
  }
  return [...byKey.values()];
}
