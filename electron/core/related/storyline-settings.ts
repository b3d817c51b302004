/**
 * Every knob of storyline clustering, in one place. Tuned on the `tune` half of the labelled
 * Google News set (bench/storylines.ts); the `held` half is only ever measured.
 *
 * The tune half is precision-limited (pairwise P 0.71, R 0.89): most wrong joins are two stories
 * of one topic, not one event (a Djokovic preview and a Djokovic feature, two EMI label rows), a
 * third with no date. Tried on the tune half and left out, none lifting pairwise F1 above 0.80
 * (precision never passed 0.75 without recall falling under 0.85): a higher threshold or an
 * undated penalty; names weighted by how much of their use falls near the story in time; places
 * or organisations weighted less than people; name words dropped from the wording; joining the
 * storyline most alike on average (or with two members alike) instead of the one most alike story;
 * asking an undated story to match one storyline clearly better than the next; asking both stories
 * to hold one of the other's top names; more terms per story, or the top terms by TF-IDF.
 * Later, with `entityAlone` and `memberShare` in (tune pairwise P 0.77, R 0.94, F1 0.846), also
 * left out: a threshold that grows with the days between two dated stories (recall fell to 0.82
 * before precision rose); a story strongly alike two storylines joining them (single-link
 * chaining: precision 0.61); a lower merge threshold (0.36 joins the split golf storyline,
 * F1 0.86, but 0.35 already joins two Iraq events of one day, F1 0.78: too thin a margin to keep).
 * Then `mergeNamesAlone` (the golf storyline joins on its names, F1 0.862) and `undatedPairScore`
 * (tune P 0.80, R 0.98, F1 0.879). Tried after those and left out: an undated story asked to
 * score higher with the storyline's other members (0.12: recall 0.90), or to share wording
 * beyond the words of its names (0.08: recall 0.78; an undated event's stories often share
 * little else); a higher threshold for a story joining a storyline of one (0.22: F1 0.865,
 * 0.25: 0.73, a cliff); the names no other story holds counted in a story's name vector (F1
 * 0.75: a single story's capitalised noise drowns the names it shares). A 5-day window lifts
 * tune F1 to 0.894 (one campaign row 6 days apart) but rests on that one row; kept at a week.
 * What remains are stories of one topic days apart (Gaza clashes and West Bank roadblocks, an
 * arms sale and an oil plea to one kingdom) that share names and words as much as one event's do.
 * Then `undatedBothScore` and the wording floor kept for undated pairs (tune P 0.83, R 0.98, F1
 * 0.899; also better with a tenth or a fifth of the library left out at random, mean F1 0.821 →
 * 0.833 and 0.754 → 0.768, where the knobs below tuned on the whole set would overfit). Tried
 * after those and left out: names weighted by IDF squared or another power (recall falls with
 * every threshold tried); a shared name in at most 3–7 stories required unless the score is high
 * (the Bhutto stories share only names in ten: F1 0.78); the undated pair's shared names counted
 * by IDF instead of two names (no change); a threshold growing with the days apart (no gain);
 * Snowball stems for the wording (more topic joins: F1 0.86); words of the story's names left out
 * of the wording (precision 0.9, recall 0.4); middle initials joined into names ("George W.
 * Bush", no change here). A heavier `mentionWeight` (1.5: F1 0.909) wins on the whole tune half
 * but not with stories left out (0.827); a 5-day window wins on both (0.914, 0.840) but still
 * through the one campaign row 6 days apart, and a shorter window can only cost follow-ups:
 * both kept as they are.
 */
export const STORYLINE_SETTINGS = {
  /** Stories further apart than this (days) never join: a follow-up comes within days, a new stay in rehab years later. */
  windowDays: 7,
  /** A story joins the best storyline it scores at least this much with, else it starts its own. */
  threshold: 0.2,
  /**
   * Undated stories cannot be placed in time, so they may be asked to be this much closer to
   * join; on the tuning set any penalty cost more follow-ups than it saved wrong joins.
   */
  undatedPenalty: 0,
  /**
   * …but an undated pair must share at least this many names: "Obama" alone joined a campaign
   * feature to a primary-night report. On the tuning half pairwise F1 0.78 → 0.80; held unchanged.
   */
  undatedMinShared: 2,
  /**
   * …and a storyline of just two stories, one undated, stands only if their score reaches this
   * (the bar of `mergeThreshold`: likeness alone, with nothing else to vouch). On the tuning
   * half five such pairs were two stories of one subject, not one event (a preview and a
   * feature on one player, a review and an interview on one film), one was one event (0.38).
   */
  undatedPairScore: 0.4,
  /**
   * Two undated stories must score this much to join: neither has a date to say they are days,
   * not years, apart. On the tuning half the pairs of two undated stories of two events scored
   * 0.26–0.31 (a golfer's profile and the tournament's winner, two EMI rows, two Iraq reports),
   * those of one event 0.36 and up; 0.33 sits between (F1 0.879 → 0.899 with the wording floor
   * kept for undated pairs, see `entityAlone`).
   */
  undatedBothScore: 0.33,
  /** Share of the score from the rare names two stories share (cosine of IDF-weighted entity sets)… */
  entityWeight: 0.3,
  /** …and from their wording (TF-IDF cosine of their top terms). */
  textWeight: 0.7,
  /** A name's weight in a story grows with 1 + this × ln(mentions): the event's actors outweigh the places named once. */
  mentionWeight: 1,
  /**
   * Stories must share names this much (entity cosine) and wording this much (word cosine) to
   * join, unless their wording alone is `wordingAlone` alike: two match reports share "season"
   * and "league", two stories datelined London share "London", but neither pair is one event.
   */
  minEntityScore: 0.1,
  minWordingScore: 0.15,
  wordingAlone: 0.5,
  /**
   * …and the wording floor gives way when the names alone are this alike, as the names floor does
   * for wording: an obituary and the tributes to the climber share his name, the mountain and his
   * country yet few words (the tributes quote, the obituary recounts). The same bar as
   * `wordingAlone`: half a cosine of rare names is as specific as half a cosine of rare words.
   * Only for two dated stories: without a date, names alone joined a golfer's profile to the
   * round report of the tournament he played in (tune: names 0.52, wording 0.12). Then it must
   * share wording, as the second pass already asks (`mergeNamesAlone`).
   */
  entityAlone: 0.5,
  /**
   * A story joins a storyline only if it also shares something (names + wording, unfloored, at
   * least `memberFloor`) with this share of the storyline's members within `windowDays` of it,
   * the matched story counted as one (up to `memberScan` most recent others looked at). Best
   * match alone chains: a story on an old forfeit joins a running cricket row through the umpire
   * both name, though it shares nothing with the row's other stories. Members outside the window are
   * not asked, so a long event whose wording drifts (killing, funeral, inquiry) still holds.
   */
  memberShare: 0.67,
  memberFloor: 0.08,
  memberScan: 10,
  /** Names and terms in more than this share of the library ("Russia" on a Russia desk) do not propose candidates. */
  maxDfShare: 0.05,
  /** …but a feature in this few stories always may, however small the library. */
  minDfCap: 12,
  /** Per name or term, how many of the most recent earlier stories are looked at. */
  postingsScan: 30,
  /** How many of a story's rarest names, and of its heaviest words, propose candidates. */
  candidateKeys: 8,
  /**
   * Second pass (storyline-merge.ts): storylines whose centroids score at least this much join,
   * if at most `mergeWindowDays` lie between their date ranges; `mergeRounds` bounds the passes.
   * Only pairs of stories the first pass compared and scored at least `pairFloor` (before the
   * floors above) link storylines as candidates; as those are at most `windowDays` apart, the
   * window mostly bounds joins made through undated stories. On the tuning set 0.35 already
   * joined storylines of one topic (Iraqi politics, Gaza) that were not one event.
   */
  mergeThreshold: 0.4,
  /**
   * …or, when both are dated within `windowDays` of each other, if their centroids' names are
   * this alike and their wording reaches `minWordingScore`: the same bar as `entityAlone`. A
   * golf tournament's round reports and its winner's stories share players and course but few
   * words (tune: the Sony Open, names 0.58, wording 0.27, joins; no other pair of storylines
   * there has names above 0.5 but Bhutto's, which joins anyway).
   */
  mergeNamesAlone: 0.5,
  mergeWindowDays: 14,
  mergeRounds: 3,
  pairFloor: 0.1,
  /** How many terms of a story are kept for the wording score. */
  termsPerStory: 40,
} as const;

export type StorylineSettings = { -readonly [K in keyof typeof STORYLINE_SETTINGS]: number };
