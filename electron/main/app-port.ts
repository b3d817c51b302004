import { dialog, shell, type BrowserWindow } from 'electron';
import type { AppPort, WorkspacePort } from '../core/ports';
import type { WorkspaceInfo } from '../core/api/views';
import type { FolderGrants } from './folder-grants';

/** Native dialogs and the system browser, behind the AppPort the API calls. */
export class ElectronAppPort implements AppPort {
  constructor(
    private readonly getWindow: () => BrowserWindow | null,
    private readonly workspace: WorkspacePort,
    private readonly grants: FolderGrants,
  ) {}

  /** The folder the user picks becomes one the page may reopen later (see FolderGrants). */
  async chooseFolder(): Promise<WorkspaceInfo | null> {
    const win = this.getWindow();
    const options = { title: 'Open a folder of dumps', properties: ['openDirectory' as const, 'createDirectory' as const] };
    const res = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
    if (res.canceled || res.filePaths.length === 0) return null;
    this.grants.grant(res.filePaths[0]);
    return this.workspace.open(res.filePaths[0]);
  }

  /** Article links are untrusted: show the full address and ask before leaving the app. */
  async openLink(url: string): Promise<boolean> {
    const parsed = new URL(url);
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return false;
    const win = this.getWindow();
    const options = {
      type: 'question' as const,
      buttons: ['Open in Browser', 'Cancel'],
      defaultId: 1,
      cancelId: 1,
      title: 'Open link?',
      message: 'Open this link in your web browser?',
      detail: parsed.href,
    };
    const res = win ? await dialog.showMessageBox(win, options) : await dialog.showMessageBox(options);
    if (res.response !== 0) return false;
    await shell.openExternal(parsed.href);
    return true;
  }
}
