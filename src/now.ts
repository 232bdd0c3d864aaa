/**
 * The app's clock for its time decisions (what falls due, today's date): the real time plus the
 * offset that only tests move (src/test/clock.ts), the same offset the database's triarchy_now()
 * adds to its own time checks (drizzle/0016_test_clock.sql). Outside tests the offset is 0.
 */
let offsetMs = 0;

/** Milliseconds since the epoch, on the app's clock. */
export const nowMs = (): number => Date.now() + offsetMs;

/** The current moment, on the app's clock. */
export const now = (): Date => new Date(nowMs());

/** Sets how far the app's clock runs ahead of the real time; only src/test/clock.ts calls it, with the database's offset. */
export function setClockOffset(ms: number): void {
  offsetMs = ms;
}
