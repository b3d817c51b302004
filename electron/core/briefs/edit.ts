import type { BriefContent, BriefItem, BriefSection } from './model';

/**
 * Edits the composer makes to a brief's sections, as pure functions returning new content,
 * so the renderer saves a whole validated document and undo (in the store) restores it.
 */

/** Where an item is: section index and item index. */
export interface ItemAt {
  section: number;
  item: number;
}

/**
 * Move an item one step up or down in reading order. At the edge of a section it moves
 * into the neighbouring section (to its end going up, its start going down), so keyboard
 * reordering can take an item anywhere. Returns the content and the item's new place.
 */
export function moveItem(content: BriefContent, at: ItemAt, delta: -1 | 1): { content: BriefContent; at: ItemAt } {
  const sections = cloneSections(content.sections);
  const from = sections[at.section];
  if (!from || !from.items[at.item]) return { content, at };
  const [item] = from.items.splice(at.item, 1);
  const target = at.item + delta;
  // Positions after removal run 0..length; outside them the item crosses into the next section.
  if (target >= 0 && target <= from.items.length) {
    from.items.splice(target, 0, item);
    return { content: { ...content, sections }, at: { section: at.section, item: target } };
  }
  const next = at.section + delta;
  if (next < 0 || next >= sections.length) {
    from.items.splice(at.item, 0, item);
    return { content, at };
  }
  const to = sections[next];
  if (delta === -1) {
    to.items.push(item);
    return { content: { ...content, sections }, at: { section: next, item: to.items.length - 1 } };
  }
  to.items.unshift(item);
  return { content: { ...content, sections }, at: { section: next, item: 0 } };
}

/** Move an item to a given place (drag and drop). `to.item` counts positions after removal. */
export function placeItem(content: BriefContent, from: ItemAt, to: ItemAt): BriefContent {
  const sections = cloneSections(content.sections);
  const source = sections[from.section];
  const target = sections[to.section];
  if (!source?.items[from.item] || !target) return content;
  const [item] = source.items.splice(from.item, 1);
  target.items.splice(Math.max(0, Math.min(to.item, target.items.length)), 0, item);
  return { ...content, sections };
}

export function removeItem(content: BriefContent, at: ItemAt): BriefContent {
  const sections = cloneSections(content.sections);
  sections[at.section]?.items.splice(at.item, 1);
  return { ...content, sections };
}

export function updateItem(content: BriefContent, at: ItemAt, change: (item: BriefItem) => BriefItem): BriefContent {
  const sections = cloneSections(content.sections);
  const s = sections[at.section];
  if (!s?.items[at.item]) return content;
  s.items[at.item] = change(s.items[at.item]);
  return { ...content, sections };
}

/** Move a whole section up or down. */
export function moveSection(content: BriefContent, index: number, delta: -1 | 1): BriefContent {
  const target = index + delta;
  if (index < 0 || index >= content.sections.length || target < 0 || target >= content.sections.length) return content;
  const sections = [...content.sections];
  [sections[index], sections[target]] = [sections[target], sections[index]];
  return { ...content, sections };
}

/** What regrouping needs to know about each highlight and story in the brief. */
export interface GroupInfo {
  /** Story of a highlight. */
  storyOf(highlightId: string): string | null;
  /** First tag of a highlight, null when untagged. */
  tagOf(highlightId: string): string | null;
  storyTitle(storyId: string): string;
  /** Sort key putting stories in published-date order. */
  storyOrder(storyId: string): string;
}

/**
 * Regroup every item into sections by story (published-date order) or by tag (A–Z, untagged
 * last). Analyst text and link lists stay in a closing "Notes" section so nothing is lost.
 */
export function regroup(content: BriefContent, by: 'story' | 'tag', info: GroupInfo, newId: () => string): BriefContent {
  const groups = new Map<string, BriefItem[]>();
  const loose: BriefItem[] = [];
  const add = (key: string, item: BriefItem) => groups.set(key, [...(groups.get(key) ?? []), item]);
  for (const item of content.sections.flatMap((s) => s.items)) {
    if (item.kind === 'highlight') {
      const key = by === 'story' ? info.storyOf(item.highlightId) : info.tagOf(item.highlightId);
      add(key ?? '', item);
    } else if (item.kind === 'story') {
      if (by === 'story') add(item.storyId, item);
      else loose.push(item);
    } else loose.push(item);
  }
  const keys = [...groups.keys()].sort((a, b) => {
    if (a === '' || b === '') return a === '' ? 1 : -1;
    return by === 'story' ? info.storyOrder(a).localeCompare(info.storyOrder(b)) : a.localeCompare(b);
  });
  const sections: BriefSection[] = keys.map((k) => {
    const items = groups.get(k)!;
    // The story reference leads its own section.
    items.sort((a, b) => Number(b.kind === 'story') - Number(a.kind === 'story'));
    return { id: newId(), heading: k === '' ? (by === 'story' ? 'Other' : 'Untagged') : by === 'story' ? info.storyTitle(k) : k, items };
  });
  if (loose.length) sections.push({ id: newId(), heading: by === 'story' ? 'Notes' : 'Stories and notes', items: loose });
  return { ...content, sections };
}

function cloneSections(sections: BriefSection[]): BriefSection[] {
  return sections.map((s) => ({ ...s, items: [...s.items] }));
}
