/** Dumps larger than this are refused with a clear reason instead of freezing the app. */
export const MAX_DUMP_BYTES = 20 * 1024 * 1024;
