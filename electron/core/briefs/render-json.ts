import type { ResolvedBrief } from './resolve';

/** Identifies the document for scripts; `version` changes only when a field changes meaning. */
export const BRIEF_JSON_FORMAT = 'dossier-brief';
export const BRIEF_JSON_VERSION = 1;

/**
 * The brief as JSON for scripts: the resolved model (quotes, provenance, endnotes) rather
 * than the stored references, so a consumer needs no access to the workspace. Fields are
 * only ever added.
 */
export function renderJson(b: ResolvedBrief): string {
  return `${JSON.stringify({ format: BRIEF_JSON_FORMAT, version: BRIEF_JSON_VERSION, brief: b }, null, 2)}\n`;
}
