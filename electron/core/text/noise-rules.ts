import type { LineRule } from './noise-rules/line-rule';
import { SOCIAL_RULES } from './noise-rules/social-rules';
import { CAPTION_RULES } from './noise-rules/caption-rules';
import { CHROME_RULES } from './noise-rules/chrome-rules';
import { SHARE_RULES } from './noise-rules/share-rules';
import { BIO_RULES } from './noise-rules/bio-rules';
import { AD_RULES } from './noise-rules/ad-rules';
import { RELATED_RULES } from './noise-rules/related-rules';
import { AGENCY_RULES } from './noise-rules/agency-rules';

export type { LineRule } from './noise-rules/line-rule';
export {
  AGENCY_NAMES,
  AGENCY_LINE_RE,
  SOURCE_TIME_RE,
  TIME_AGO_RE,
  BULLET_SOURCE_RE,
  RELATED_HEADER_RE,
  UPDATED_RE,
  DATELINE_RE,
  PLACE_DATELINE_RE,
} from './noise-rules/patterns';

/**
 * Context-free line rules: each looks at one trimmed line and says which kind of noise it is.
 * The table is data, split by kind across noise-rules/*.ts and tried in this order, first match
 * wins. Context rules (tweet runs, related-article blocks, podcast promos, repeated captions)
 * live in context-rules.ts and headline-blocks.ts. Order matters only where two rules could match
 * the same line.
 */
export const LINE_RULES: LineRule[] = [
  ...SOCIAL_RULES,
  ...CAPTION_RULES,
  ...CHROME_RULES,
  ...SHARE_RULES,
  ...BIO_RULES,
  ...AD_RULES,
  ...RELATED_RULES,
  ...AGENCY_RULES,
];

export interface RuleMatch {
  rule: LineRule;
}

/** Rules that can match a line whatever its first character (table order). */
const ANY_START_RULES = LINE_RULES.filter((r) => r.first === undefined);

/** Per first character, the rules that can match a line starting with it (table order kept). */
const RULES_BY_FIRST: ReadonlyMap<number, LineRule[]> = (() => {
  const m = new Map<number, LineRule[]>();
  for (const r of LINE_RULES) {
    for (let i = 0; i < (r.first ?? '').length; i++) {
      const c = r.first!.charCodeAt(i);
      if (!m.has(c))
        m.set(
          c,
          LINE_RULES.filter((x) => x.first === undefined || x.first.includes(r.first![i])),
        );
    }
  }
  return m;
})();

/** First rule matching a trimmed, non-empty line, or null. */
export function matchLineRule(t: string): LineRule | null {
  const len = t.length;
  const rules = RULES_BY_FIRST.get(t.charCodeAt(0)) ?? ANY_START_RULES;
  for (let i = 0; i < rules.length; i++) {
    const r = rules[i];
    if (len > r.maxLen) continue;
    if (r.pre && !r.pre(t)) continue;
    if (r.re ? r.re.test(t) : r.test!(t)) return r;
  }
  return null;
}

export const RULES_BY_ID: ReadonlyMap<string, LineRule> = new Map(LINE_RULES.map((r) => [r.id, r]));
