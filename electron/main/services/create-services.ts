import type { AppPort, Services } from '../../core/api/services';
import type { Emit } from '../../core/api/emit';
import { WorkspaceService } from './workspace-service';
import type { WorkspaceInfo } from '../../core/api/views';

export interface ServiceOptions {
  sampleFolder: string;
  emit: Emit;
  app: (workspace: WorkspaceService) => AppPort;
  onOpened?: (info: WorkspaceInfo) => void;
}

/**
 * Build the services behind `dispatch`. The Electron shell, the CLI and the e2e bridge all
 * call this, so the renderer is tested against the very services the app runs.
 */
export function createServices(opts: ServiceOptions): Services & { workspace: WorkspaceService } {
  const workspace = new WorkspaceService({ sampleFolder: opts.sampleFolder, emit: opts.emit, onOpened: opts.onOpened });
  return { workspace, app: opts.app(workspace) };
}
