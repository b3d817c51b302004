import { EXPORT_CONTEXT } from './exports';

/**
 * Who wrote a story, from the lines that say so: a byline under the headline ("By Anna
 * Lindqvist", "By JANE ROE, Nordwire"), a credit that names the writers ("Story by A and B",
 * "Words: Name"), an export's "BYLINE:" field, or, last, a wire sign-off ("(Reporting by Jane
 * Roe; Editing by Tom Poe)"). Ranks, best first: 0 export field, 1 byline line, 2 wire reporting credit.
 */
export interface BylineCandidate {
  byline: string;
  rank: number;
}

/** Longest byline kept; a longer "byline" is a sentence the rule caught, not a name list. */
const MAX_BYLINE = 120;

const EXPORT_FIELD_RE = /^BYLINE:\s*(.+)$/;
const BY_RE = /^By\s+(.+)$/;
/** ", Nordwire" after the names: the outlet (story.ts reads it as the source); not ", in Oslo" or ", for Kvall". */
const OUTLET_RE = /^([^,]{2,80}),\s*([^,]{2,60})$/;
const STORY_BY_RE = /^(?:(?:Story|Text|Words) by|Words:)\s+(.+)$/;
/** "(Reporting by Jane Roe in Oslo; Editing by Tom Poe)": the reporters, before any "; Editing by". */
const REPORTING_RE = /^\(?(?:Reporting|Writing|Reported|Written) by\s+([^;)]+)/;
/** "Jane Roe in Oslo and Per Ek in Malmö": the places go, the names stay. */
const PLACE_RE = /\s+in\s+\p{Lu}[\p{L}' .-]*?(?=,|\s+and\s+|$)/gu;

/** Rule ids (noise-rules/bio-rules.ts) whose lines name writers. */
const BYLINE_RULES = new Set(['byline', 'byline-story', 'credit']);

/** Cheap precheck for the line loop: could line i (its rule id and context) name the story's writers? */
export function mayNameWriters(ruleId: string | undefined, context: string | null): boolean {
  return context === EXPORT_CONTEXT.field || (ruleId !== undefined && BYLINE_RULES.has(ruleId));
}

/** The byline a trimmed line gives, with its rank, or null. */
export function bylineOf(t: string, ruleId: string | undefined, context: string | null): BylineCandidate | null {
  if (context === EXPORT_CONTEXT.field) {
    const m = EXPORT_FIELD_RE.exec(t);
    return m ? candidate(m[1], 0) : null;
  }
  if (ruleId === 'byline') {
    const m = BY_RE.exec(t);
    if (!m) return null;
    const outlet = OUTLET_RE.exec(m[1]);
    return candidate(outlet && !/^(?:in|for) /.test(outlet[2]) ? outlet[1] : m[1].replace(/,?\s+(?:in|for)\s+.*$/, ''), 1);
  }
  if (ruleId === 'byline-story') {
    const m = STORY_BY_RE.exec(t);
    return m ? candidate(m[1], 1) : null;
  }
  if (ruleId === 'credit') {
    const m = REPORTING_RE.exec(t);
    return m ? candidate(m[1].replace(PLACE_RE, ''), 2) : null;
  }
  return null;
}

function candidate(raw: string, rank: number): BylineCandidate | null {
  const byline = raw
    .replace(/\s+/g, ' ')
    .replace(/[\s,;:.]+$/, '')
    .trim();
  if (byline.length < 2 || byline.length > MAX_BYLINE || !/\p{L}/u.test(byline)) return null;
  return { byline, rank };
}
