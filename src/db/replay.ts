import { AsyncLocalStorage } from "node:async_hooks";
import { sql } from "drizzle-orm";
import { readReplayMomentFrom } from "../now.ts";
import type { Db } from "./types.ts";

/** The moment of the replay the current async context runs in; mutable, as the replay moves on. */
const replaying = new AsyncLocalStorage<{ at: Date }>();
readReplayMomentFrom(() => replaying.getStore()?.at);

/** A replay's hold on the clock: where it is, and how it moves forward. */
export interface ReplayClock {
  /** The moment being written. */
  readonly at: Date;
  /**
   * Moves to `moment`, never past the real present. It may move back: a story's threads (the commons'
   * work, the books) run side by side, and each is replayed in its own order.
   */
  moveTo(moment: Date | string): Promise<void>;
  /** Moves forward by `hours`. */
  pass(hours: number): Promise<void>;
}

/**
 * Runs `work` as a replay of the past, starting at `start`: the services it calls write rows, activity
 * and time checks at the replay's moment (src/now.ts for the app, the transaction-local setting
 * `triarchy.replay_at` for the database: drizzle/0020_replay_clock.sql). `tx` must be a transaction:
 * the setting ends with it. The moment stops at the real present, which work that must happen now
 * (a vote still open) reaches with `moveTo(new Date())`.
 */
export async function replay<T>(tx: Db, start: Date, work: (clock: ReplayClock) => Promise<T>): Promise<T> {
  const moment = { at: new Date(Math.min(start.getTime(), Date.now())) };
  const apply = () => tx.execute(sql`select set_config('triarchy.replay_at', ${moment.at.toISOString()}, true)`);
  const clock: ReplayClock = {
    get at() {
      return moment.at;
    },
    async moveTo(to) {
      const ms = Math.min(new Date(to).getTime(), Date.now());
      if (Number.isNaN(ms)) throw new Error(`replay: not a moment: ${String(to)}`);
      if (ms === moment.at.getTime()) return;
      moment.at = new Date(ms);
      await apply();
    },
    pass(hours) {
      return clock.moveTo(new Date(moment.at.getTime() + hours * 3_600_000));
    },
  };
  await apply();
  try {
    return await replaying.run(moment, () => work(clock));
  } finally {
    await tx.execute(sql`select set_config('triarchy.replay_at', '', true)`);
  }
}
