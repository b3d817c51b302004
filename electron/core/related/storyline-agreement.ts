import type { StorylineSettings } from './storyline-settings';
import { gather, type StoryVector } from './storyline-vectors';

/**
 * Whether a story may join the storyline of its best match: it must share something (names +
 * wording, weighted as in the score but without its floors, at least `memberFloor`) with
 * `memberShare` of the storyline's members dated within `windowDays` of it, the best match
 * counting as one that agrees. This is the step from single-link towards complete-link
 * clustering, kept cheap: only the `memberScan` most recent members are asked, and only for a
 * candidate that already beats the best so far. Undated members, or an undated story, are
 * asked too: time cannot vouch for them, so the storyline's stories have to.
 *
 * `ents` and `words` hold the story's own weights, dense (scatter), as the caller keeps them.
 */
export function agreesWithStoryline(
  v: StoryVector,
  match: StoryVector,
  members: readonly number[],
  vecs: readonly StoryVector[],
  ents: Float64Array,
  words: Float64Array,
  settings: StorylineSettings,
): boolean {
  let asked = 0;
  let agree = 0;
  for (let m = members.length - 1; m >= 0 && asked < settings.memberScan; m--) {
    const u = vecs[members[m]];
    if (u.index === match.index) continue;
    if (v.day !== null && u.day !== null && Math.abs(v.day - u.day) > settings.windowDays) continue;
    asked++;
    const score = settings.entityWeight * gather(u.entIds, u.entW, ents) + settings.textWeight * gather(u.wordIds, u.wordW, words);
    if (score >= settings.memberFloor) agree++;
  }
  return agree + 1 >= settings.memberShare * (asked + 1);
}
