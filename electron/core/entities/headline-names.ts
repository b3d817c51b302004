import { nameKey } from './name-key';
import type { Mention } from './types';

/**
 * A name in a Title-Case headline runs on into the verb after it ("Korean Golfer Choi Kyung-ju
 * Wins 7th Title"): every word there is capitalised, so the run cannot tell where the name
 * stops. The story's own body can: a headline mention whose key the body never uses, but
 * whose first words the body does name ("Choi Kyung-ju"), is cut to the longest such form.
 * Only words are cut, never added, and only at the end; a name the body spells in full
 * ("New York Times") is left whole. `headlines` are [start, end) ranges, ascending.
 */
export function trimHeadlineNames(mentions: Mention[], headlines: readonly [number, number][]): void {
  if (!headlines.length) return;
  const inHeadline = (m: Mention) => headlines.some(([a, b]) => m.start >= a && m.end <= b);
  const bodyKeys = new Set<string>();
  // Only names the body gives as names: a lone capitalised word there ("?choi") is a guess.
  for (const m of mentions) if (!m.key.startsWith('?') && !inHeadline(m)) bodyKeys.add(m.key);
  if (!bodyKeys.size) return;
  for (const m of mentions) {
    if (!m.text.includes(' ') || m.key.startsWith('?') || bodyKeys.has(m.key) || !inHeadline(m)) continue;
    // Word ends inside the surface, longest prefix first, at least one word kept off the end.
    for (let cut = m.text.lastIndexOf(' '); cut > 0; cut = m.text.lastIndexOf(' ', cut - 1)) {
      const prefix = m.text.slice(0, cut);
      const key = nameKey(prefix);
      if (!bodyKeys.has(key)) continue;
      m.text = prefix;
      m.key = key;
      m.end = m.start + prefix.length;
      break;
    }
  }
}
