import { AsyncLocalStorage } from "node:async_hooks";

/**
 * The app's clock for its time decisions (what falls due, today's date, when a row is written):
 * the real time plus the offset that only tests move (src/test/clock.ts), the same offset the
 * database's triarchy_now() adds to its own time checks (drizzle/0016_test_clock.sql). Outside
 * tests the offset is 0.
 *
 * A replay (the demo world's load, src/db/replay.ts) sets the moment its work happens, in the
 * past: everything it writes carries that moment, in the app and in the database alike.
 */
let offsetMs = 0;

/** The moment a replay is at; mutable, because a replay moves forward through its story. */
export interface ReplayMoment {
  at: Date;
}

const replay = new AsyncLocalStorage<ReplayMoment>();

/** Milliseconds since the epoch, on the app's clock. */
export const nowMs = (): number => replay.getStore()?.at.getTime() ?? Date.now() + offsetMs;

/** The current moment, on the app's clock. */
export const now = (): Date => new Date(nowMs());

/** Sets how far the app's clock runs ahead of the real time; only src/test/clock.ts calls it, with the database's offset. */
export function setClockOffset(ms: number): void {
  offsetMs = ms;
}

/** Runs `work` with the app's clock reading `moment.at` (src/db/replay.ts keeps the database in step). */
export const runAtMoment = <T>(moment: ReplayMoment, work: () => Promise<T>): Promise<T> => replay.run(moment, work);
