/**
 * Runs `round` now and then every `everyMs`, one round at a time (a tick while one runs is skipped),
 * in the server process. Stopping waits for a round in flight, so the database is not closed under it.
 */
export function every(everyMs: number, round: () => Promise<void>): () => Promise<void> {
  let running: Promise<void> | null = null;
  const tick = () => {
    running ??= round().finally(() => {
      running = null;
    });
  };
  const timer = setInterval(tick, everyMs);
  timer.unref();
  tick();
  return async () => {
    clearInterval(timer);
    await running;
  };
}
