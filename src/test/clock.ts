import { sql } from "drizzle-orm";
import { rowsOf } from "../db/rows.ts";
import type { Db } from "../db/types.ts";
import { setClockOffset } from "../now.ts";

/**
 * Moves the clock forward by `seconds`, for the database's time checks (triarchy_now(), read by every
 * connection of a pool at once) and the app's (src/now.ts) together, so a test reaches a proposal's
 * opening or closing time without sleeping. The clock only moves forward, and each test database
 * starts at the real time.
 */
export async function advanceClock(db: Db, seconds: number): Promise<void> {
  if (!(seconds > 0)) throw new Error(`the clock only moves forward, not by ${seconds} s`);
  const [row] = await rowsOf<{ offset: string }>(
    db,
    sql`select setval('triarchy_clock_offset_ms', last_value + ${Math.round(seconds * 1000)}, true)::text as offset
        from triarchy_clock_offset_ms`,
  );
  if (!row) throw new Error("the clock's offset is missing; are the migrations applied?");
  setClockOffset(Number(row.offset));
}
