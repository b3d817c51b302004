import { change, type ChangeSet } from './change-set';
import type { AnnotationData, Dismissal } from './model';
import { getRow, rows } from './table';

/** One key per unordered pair, so dismissing A~B also hides B~A. */
function pairKey(a: string, b: string): { key: string; a: string; b: string } {
  const [x, y] = a < b ? [a, b] : [b, a];
  return { key: `${x}|${y}`, a: x, b: y };
}

export function dismissPair(data: AnnotationData, a: string, b: string, now: string): ChangeSet {
  const p = pairKey(a, b);
  if (getRow(data, 'dismissed', p.key)) return { label: 'dismiss suggestion', changes: [] };
  return { label: 'dismiss suggestion', changes: [change(data, 'dismissed', p.key, { ...p, at: now } satisfies Dismissal)] };
}

export function restorePair(data: AnnotationData, a: string, b: string): ChangeSet {
  const p = pairKey(a, b);
  return { label: 'restore suggestion', changes: getRow(data, 'dismissed', p.key) ? [change(data, 'dismissed', p.key, undefined)] : [] };
}

export function listDismissed(data: AnnotationData): Dismissal[] {
  return rows(data, 'dismissed');
}
