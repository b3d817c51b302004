import { nameKey } from './name-key';
import type { Mention } from './types';

/**
 * A name in a Title-Case headline runs on into the words around it ("Korean Golfer Choi
 * Kyung-ju Wins 7th Title", "MORT DENIES ALLARDYCE SPECULATION"): every word there is
 * capitalised, so the run cannot tell where the name starts or stops. The story's own body
 * can: a headline mention whose key the body never uses, but some words of which the body
 * does name ("Choi Kyung-ju"; "Allardyce", the surname of the body's "Sam Allardyce"), is cut
 * to the longest such words (the first of them on a tie). Words are only cut, never added; a
 * name the body spells in full ("New York Times") is left whole, and so is a run the body
 * names nothing of. `headlines` are [start, end) ranges, ascending.
 */
export function trimHeadlineNames(mentions: Mention[], headlines: readonly [number, number][]): void {
  if (!headlines.length) return;
  const inHeadline = (m: Mention) => headlines.some(([a, b]) => m.start >= a && m.end <= b);
  // Only names the body gives as names: a lone capitalised word there ("?choi") is a guess;
  // but a person's surname counts, as a lone surname joins the full name in the story.
  const bodyKeys = new Map<string, Mention['kind']>();
  const surnames = new Set<string>();
  for (const m of mentions) {
    if (m.key.startsWith('?') || inHeadline(m)) continue;
    if (!bodyKeys.has(m.key)) bodyKeys.set(m.key, m.kind);
    if (m.kind === 'person' && m.key.includes(' ')) surnames.add(m.key.slice(m.key.lastIndexOf(' ') + 1));
  }
  if (!bodyKeys.size) return;
  for (const m of mentions) {
    if (!m.text.includes(' ') || m.key.startsWith('?') || bodyKeys.has(m.key) || !inHeadline(m)) continue;
    const span = namedSpan(m, bodyKeys, surnames);
    if (!span) continue;
    const [from, to] = span;
    m.text = m.text.slice(from, to);
    m.key = nameKey(m.text);
    // The kind the body gives it ("ISRAEL" cut from a headline run is the place Israel).
    m.kind = bodyKeys.get(m.key) ?? 'person';
    m.start += from;
    m.end = m.start + m.text.length;
  }
}

/** The longest run of whole words in the mention that the body names, as [from, to) in its text; null when none. */
function namedSpan(m: Mention, bodyKeys: ReadonlyMap<string, unknown>, surnames: ReadonlySet<string>): [number, number] | null {
  const words: [number, number][] = [];
  for (const w of m.text.matchAll(/\S+/g)) words.push([w.index, w.index + w[0].length]);
  for (let n = words.length - 1; n >= 1; n--) {
    for (let i = 0; i + n <= words.length; i++) {
      const [from, to] = [words[i][0], words[i + n - 1][1]];
      const key = nameKey(m.text.slice(from, to));
      if (bodyKeys.has(key) || (n === 1 && m.kind === 'person' && surnames.has(key))) return [from, to];
    }
  }
  return null;
}
