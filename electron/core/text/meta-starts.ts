import type { TextAnalysis } from './analyse';
import { cohesionAt, cohesionState } from './cohesion';
import { LC_BLANK, LC_GOOD, LC_NEAR, LC_NOISE } from './line-classes';

/**
 * A byline or a source or date line straight after the last sentence of a story, or after a line
 * of noise (a story's footer: "— END —", "###", a share bar), opens the next story, headline or
 * not: wire copy, aggregators and pasted articles often run "...said on Friday." / "By Jane Doe"
 * (or "via Outlet", "Outlet · 4 hours ago") / "The lead". Under a headline such a line follows a
 * title-like line, never a finished sentence, so this does not fire inside a story's head (and
 * when noise sits between headline and byline, the headline's body-less segment joins the story
 * below it). The lead must also turn to other words than the text above (cohesion below
 * BYLINE_COHESION_MAX), so a byline between two paragraphs of one story does not split it.
 */

/**
 * Line rules for the meta a story prints over its text: who wrote it ("By Jane Doe", "Words: Jane
 * Doe", "Associated Press Writer"), where it came from ("via Outlet", "Outlet | March 22, 2017",
 * "Outlet 16 hours ago") and when ("Updated on: May 16, 2024").
 */
export const HEAD_META_RULES: ReadonlySet<string> = new Set([
  'byline',
  'byline-story',
  'byline-desk',
  'source-label',
  'source-date',
  'source-time',
  'updated-on',
]);
/** Lines (of noise, such as a share bar or a caption) the lead may sit below the byline. */
const LEAD_WITHIN = 6;
/** Cohesion between the text above the byline and the lead below it, at most. */
const BYLINE_COHESION_MAX = 0.1;

const SENTENCE_END = /[.!?…]["”’'»)\]]*$/;

/** Byline, source and date lines that start a story (unsorted). */
export function metaStarts(a: TextAnalysis): number[] {
  const out: number[] = [];
  const n = a.lines.count;
  let st: ReturnType<typeof cohesionState> | null = null;
  let prev = -1;
  for (let i = 0; i < n; i++) {
    if (a.cls[i] === LC_BLANK) continue;
    const p = prev;
    prev = i;
    if (p < 0 || !HEAD_META_RULES.has(a.rule[i]?.id ?? '') || a.context[i] !== null) continue;
    if (a.noise[p] === null && ((a.cls[p] !== LC_GOOD && a.cls[p] !== LC_NEAR) || !SENTENCE_END.test(a.lines.t(p)))) continue;
    let lead = -1;
    for (let j = i + 1, seen = 0; j < n && seen < LEAD_WITHIN; j++) {
      if (a.cls[j] === LC_BLANK) continue;
      seen++;
      if (a.cls[j] === LC_NOISE) continue;
      if (a.cls[j] === LC_GOOD || a.cls[j] === LC_NEAR) lead = j;
      break;
    }
    if (lead < 0) continue;
    const c = a.text.charAt(a.lines.cs[lead]);
    if (c === c.toLowerCase() && c !== c.toUpperCase()) continue;
    st ??= cohesionState(a);
    const coh = cohesionAt(a, lead, 0, st);
    if (coh >= 0 && coh < BYLINE_COHESION_MAX) out.push(i);
  }
  return out;
}
