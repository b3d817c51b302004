import type { Highlight } from './model';
import { sortByPosition } from './highlights';
import type { VerifyReport } from './views';

/** Counts by anchor status, and a plain problem per highlight that is not ok, in reading order. */
export function verifyReport(all: Highlight[]): VerifyReport {
  const report: VerifyReport = { highlights: all.length, ok: 0, moved: 0, orphaned: 0, problems: [] };
  for (const h of sortByPosition(all)) {
    report[h.anchor.status]++;
    if (h.anchor.status === 'ok') continue;
    report.problems.push({
      highlightId: h.id,
      storyId: h.storyId,
      docPath: h.docPath,
      status: h.anchor.status,
      message:
        h.anchor.status === 'moved'
          ? `"${preview(h.selectors.quote.exact)}" was found at a different place in ${h.docPath}.`
          : `"${preview(h.selectors.quote.exact)}" could not be found in ${h.docPath}; re-attach it to a new selection or remove it.`,
    });
  }
  return report;
}

function preview(s: string): string {
  const one = s.replace(/\s+/g, ' ').trim();
  return one.length > 60 ? `${one.slice(0, 57)}…` : one;
}
