/**
 * Poll until `check` stops throwing, then return; rethrow its last error after `ms`. The
 * deadline is generous on purpose: watcher tests assert that the library converges, not how
 * fast (speed is the bench's business), so a loaded two-core machine never fails them.
 */
export async function eventually(check: () => void | Promise<void>, ms = 15_000): Promise<void> {
  const t0 = Date.now();
  for (;;) {
    try {
      await check();
      return;
    } catch (err) {
      if (Date.now() - t0 > ms) throw err;
      await new Promise((r) => setTimeout(r, 50));
    }
  }
}
