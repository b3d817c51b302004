import type { StoreStatus } from '../../core/annotations/views';

export type { StoreStatus };

export const NOT_OPEN: StoreStatus = { state: 'read-only', message: 'No workspace is open. Open a folder to add annotations.' };
