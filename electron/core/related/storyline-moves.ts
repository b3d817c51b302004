import type { StorylineMember } from './storylines';

/** The reason given for a story the analyst moved into a storyline. */
export const MOVED_IN = 'moved here by you';

/** The analyst's correction: take a story out of its storyline (`into` null) or put it into another (`sl-…`). */
export interface StorylineMove {
  storyId: string;
  into: string | null;
}

/**
 * Re-apply the analyst's moves, oldest first, to freshly clustered groups. A target is named
 * by its storyline id, which is its anchor story's (`sl-<storyId>`), so it is found again
 * after re-clustering as long as that story is in the library: the story joins whatever
 * storyline the anchor is in now. A move of a story no longer in the library is skipped;
 * a move into a storyline whose anchor is gone leaves the story on its own.
 */
export function applyStorylineMoves(
  groups: { members: StorylineMember[] }[],
  stories: readonly { id: string; date: string | null; source: string | null }[],
  moves: readonly StorylineMove[],
): { members: StorylineMember[] }[] {
  if (!moves.length) return groups;
  const out = groups.map((g) => ({ members: g.members.slice() }));
  const where = new Map<string, { members: StorylineMember[] }>();
  for (const g of out) for (const m of g.members) where.set(m.storyId, g);
  const known = new Map(stories.map((s) => [s.id, s]));
  for (const mv of moves) {
    const s = known.get(mv.storyId);
    const from = where.get(mv.storyId);
    if (!s || !from) continue;
    const anchor = mv.into === null ? null : mv.into.startsWith('sl-') ? mv.into.slice(3) : mv.into;
    const target = anchor === null || anchor === s.id ? undefined : where.get(anchor);
    from.members = from.members.filter((m) => m.storyId !== s.id);
    const member: StorylineMember = {
      storyId: s.id,
      date: s.date,
      source: s.source,
      reason: target ? MOVED_IN : 'moved out by you',
      via: null,
      score: null,
    };
    const into = target ?? { members: [] };
    if (!target) out.push(into);
    into.members.push(member);
    where.set(s.id, into);
  }
  return out.filter((g) => g.members.length);
}
