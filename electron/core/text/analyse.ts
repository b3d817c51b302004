import type { NoiseKind } from '../types';
import { matchDateline, matchPlaceDateline } from './datelines';
import { applyContextRules } from './context-rules';
import { isTitleLike, splitLines, type LineTable } from './lines';
import { matchLineRule, type LineRule } from './noise-rules';
import { markChromeRuns } from './line-classes';
import { exportDocuments } from './exports';

/** Per-line cue for story boundaries. */
export const CUE_NONE = 0;
/** "BEIJING, May 16 (Reuters) –" */
export const CUE_DATELINE = 1;
/** "Updated on: May 16, 2024 / ... / CBS/AP" */
export const CUE_UPDATED = 2;
/** A line that opens a story by itself: an export's "1 of 6 DOCUMENTS", a "Story highlights" block. */
export const CUE_START = 3;

/**
 * File-level facts about every line, computed once per text in linear time and shared by the
 * boundary finder, the per-story analysis and manual fixes. Parallel arrays keep a 20 MB dump cheap.
 */
export interface TextAnalysis {
  text: string;
  lines: LineTable;
  /** Noise kind per line from line rules and context rules (before per-story headline analysis). */
  noise: (NoiseKind | null)[];
  /** The rule that set `noise` (a LINE_RULES id or a context-rule id), for attach/closing decisions. */
  rule: (LineRule | null)[];
  /** Context-rule id when a context rule set or overrode the kind ('tweet-run', 'related-block', 'promo'). */
  context: (string | null)[];
  titleLike: Uint8Array;
  cue: Uint8Array;
  /** Line class per line (line-classes.ts LC_*), after chrome runs were marked. */
  cls: Uint8Array;
}

function isUpperStart(t: string): boolean {
  const c = t.charCodeAt(0);
  if (c >= 65 && c <= 90) return true;
  return c >= 0x400 && c <= 0x42f; // Cyrillic capitals
}

/** Cheap prefilter for "DENVER - ...": three capitals, then a dash within the first few words. */
function mayBePlaceDateline(t: string): boolean {
  if (t.length < 48 || !isUpperStart(t.charAt(1)) || !isUpperStart(t.charAt(2))) return false;
  for (let i = 3; i < PLACE_SCAN; i++) {
    const c = t.charCodeAt(i);
    if (c === 45 || c === 0x2013 || c === 0x2014) return true;
  }
  return false;
}
/** Characters from the start of a line within which a place dateline's dash stands. */
const PLACE_SCAN = 48;

export function analyseText(text: string): TextAnalysis {
  const lines = splitLines(text);
  const n = lines.count;
  const noise: (NoiseKind | null)[] = new Array(n).fill(null);
  const rule: (LineRule | null)[] = new Array(n).fill(null);
  const context: (string | null)[] = new Array(n).fill(null);
  const titleLike = new Uint8Array(n);
  const cue = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const t = lines.t(i);
    if (t === '') continue;
    const r = matchLineRule(t);
    if (r) {
      noise[i] = r.kind;
      rule[i] = r;
      if (r.id === 'updated-on') cue[i] = CUE_UPDATED;
      else if (r.id === 'highlights') cue[i] = CUE_START;
      continue;
    }
    if (isTitleLike(t)) titleLike[i] = 1;
    // Cheap prefilter before the dateline regex: a "(" early in a paragraph that starts with a capital.
    if (!isUpperStart(t) && t.charCodeAt(0) !== 40 /* "(CNN) —" leads */) continue;
    const paren = t.indexOf('(');
    if (((paren > 1 && paren < 90) || paren === 0) && matchDateline(t)) cue[i] = CUE_DATELINE;
    else if (mayBePlaceDateline(t) && matchPlaceDateline(t)) cue[i] = CUE_DATELINE;
  }
  const analysis: TextAnalysis = { text, lines, noise, rule, context, titleLike, cue, cls: new Uint8Array(0) };
  for (const i of exportDocuments(analysis)) cue[i] = CUE_START;
  applyContextRules(analysis);
  analysis.cls = markChromeRuns(analysis);
  return analysis;
}
