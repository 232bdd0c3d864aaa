/**
 * The app's clock for its time decisions (what falls due, today's date, when a row is written):
 * the real time plus the offset that only tests move (src/test/clock.ts), the same offset the
 * database's triarchy_now() adds to its own time checks (drizzle/0016_test_clock.sql). Outside
 * tests the offset is 0.
 *
 * A replay (the demo world's load, src/db/replay.ts) sets the moment its work happens, in the
 * past: everything it writes carries that moment, in the app and in the database alike. The replay
 * registers where its moment is read from, so this file stays free of Node built-ins (the web app
 * imports it through the request schemas).
 */
let offsetMs = 0;

/** Where a replay's current moment is read from (src/db/replay.ts); none outside the server. */
let replayMoment: () => Date | undefined = () => undefined;

/** Milliseconds since the epoch, on the app's clock. */
export const nowMs = (): number => replayMoment()?.getTime() ?? Date.now() + offsetMs;

/** The current moment, on the app's clock. */
export const now = (): Date => new Date(nowMs());

/** Sets how far the app's clock runs ahead of the real time; only src/test/clock.ts calls it, with the database's offset. */
export function setClockOffset(ms: number): void {
  offsetMs = ms;
}

/** Called once by src/db/replay.ts. */
export function readReplayMomentFrom(source: () => Date | undefined): void {
  replayMoment = source;
}
