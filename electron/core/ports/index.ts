import type { DiscoveryPort } from './discovery-port';
import type { AnnotationPort } from './annotation-port';
import type { BriefsPort } from './briefs-port';
import type { WorkspacePort } from './workspace-port';
import type { AppPort } from './app-port';

export type { DiscoveryPort, AnnotationPort, BriefsPort, WorkspacePort, AppPort };

/**
 * The ports the API routes call, one file each (`*-port.ts`). Core defines them; the services
 * implement them (with fs, lowdb, @parcel/watcher), the shell implements AppPort, and tests implement
 * them over temp folders.
 */
export interface Services {
  workspace: WorkspacePort;
  app: AppPort;
  annotations: AnnotationPort;
  briefs: BriefsPort;
  discovery: DiscoveryPort;
}
