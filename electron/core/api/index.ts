import * as v from 'valibot';
import { workspaceRoutes } from './workspace-routes';
import { appRoutes } from './app-routes';
import { annotationRoutes } from './annotation-routes';
import { briefRoutes } from './brief-routes';
import { discoveryRoutes } from './discovery-routes';
import type { DiscoveryProgress } from '../ports/discovery-port';
import type { AnnotationsChange } from '../annotations/views';
import { METHOD_NAMES, type EventName, type MethodName } from './names';
import { type ApiResult } from './result';
import { DossierError } from '../errors';
import type { Services } from '../ports';
import type { IngestProgress, LibraryChange, WorkspaceInfo } from './views';

export { METHOD_NAMES, EVENT_NAMES, INVOKE_CHANNEL, EVENT_CHANNEL } from './names';
export type { MethodName, EventName } from './names';
export type { ApiResult, ApiError } from './result';
export { DossierError, ERROR_MESSAGES, type ErrorCode } from '../errors';
export type { Services } from '../ports';
export type * from './views';

/**
 * THE process boundary: every method the renderer may call, with the schema its arguments
 * must satisfy. Route tables live per area in `api/*-routes.ts`.
 */
export const routes = {
  ...workspaceRoutes,
  ...appRoutes,
  ...annotationRoutes,
  // After annotationRoutes: the validated brief API replaces the store's opaque briefs.* routes.
  ...briefRoutes,
  ...discoveryRoutes,
};

type Routes = typeof routes;

// Compile-time proof that the route table and the preload's name list agree exactly.
type Missing = Exclude<MethodName, keyof Routes>;
type Extra = Exclude<keyof Routes, MethodName>;
const namesMatch: [Missing, Extra] extends [never, never] ? true : never = true;
void namesMatch;

export type ApiArgs<M extends MethodName> = v.InferInput<Routes[M]['args']>;
export type ApiValue<M extends MethodName> = Awaited<ReturnType<Routes[M]['run']>>;

/** Payloads of the events main pushes to the renderer. */
export interface ApiEvents {
  'workspace.opened': WorkspaceInfo;
  'library.changed': LibraryChange;
  'ingest.progress': IngestProgress;
  /** Files of a drag-and-drop import written so far. */
  'import.progress': IngestProgress;
  'annotations.changed': AnnotationsChange;
  /** Search index, entities and near-duplicates being computed in the background. */
  'discovery.progress': DiscoveryProgress;
}
const eventsMatch: [Exclude<EventName, keyof ApiEvents>, Exclude<keyof ApiEvents, EventName>] extends [never, never] ? true : never = true;
void eventsMatch;

function isMethodName(name: unknown): name is MethodName {
  return typeof name === 'string' && (METHOD_NAMES as readonly string[]).includes(name);
}

/**
 * Validate an untrusted call and run it. Never throws: a user-actionable failure comes back
 * as its own code, bad arguments as `invalid-args`, anything unexpected as `internal`.
 */
export async function dispatch(services: Services, method: unknown, args: unknown): Promise<ApiResult<unknown>> {
  if (!isMethodName(method)) {
    return { ok: false, error: { code: 'unknown-method', message: `Unknown method: ${String(method).slice(0, 80)}` } };
  }
  const r = routes[method] as { args: v.GenericSchema; run: (s: Services, a: unknown) => unknown };
  const parsed = v.safeParse(r.args, args);
  if (!parsed.success) {
    const issue = parsed.issues[0];
    const where = issue.path?.map((p) => String(p.key)).join('.') || 'arguments';
    return { ok: false, error: { code: 'invalid-args', message: `${method}: ${where}: ${issue.message}` } };
  }
  try {
    const value = await r.run(services, parsed.output);
    return { ok: true, value: value === undefined ? null : value };
  } catch (err) {
    if (err instanceof DossierError) return { ok: false, error: { code: err.code, message: err.message } };
    const message = err instanceof Error ? err.message : String(err);
    return { ok: false, error: { code: 'internal', message: `Something went wrong in ${method}: ${message}` } };
  }
}
