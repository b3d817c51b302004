import type { StoreStatus } from '../../core/annotations/views';

export type { StoreStatus };

/** The status while no workspace is open: edits are refused with `no-workspace`. */
export const NOT_OPEN = {
  state: 'read-only',
  code: 'no-workspace',
  message: 'No workspace is open. Open a folder to add annotations.',
} as const satisfies StoreStatus;
