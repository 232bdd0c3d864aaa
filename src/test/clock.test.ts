import { sql } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { rowsOf } from "../db/rows.ts";
import { nowMs } from "../now.ts";
import { advanceClock } from "./clock.ts";
import { createTestDatabase } from "./database.ts";

const database = await createTestDatabase();
afterAll(() => database.close());

const aheadBy = () =>
  rowsOf<{ pid: number; ms: number }>(
    database.db,
    sql`select pg_backend_pid() as pid, (extract(epoch from triarchy_now() - clock_timestamp()) * 1000)::float8 as ms`,
  ).then((rows) => rows[0] as { pid: number; ms: number });

describe("advanceClock", () => {
  it("moves the database's clock on every connection of the pool and the app's clock together, forward only", async () => {
    expect((await aheadBy()).ms).toBeLessThan(1000);
    await advanceClock(database.db, 3600);
    await advanceClock(database.db, 0.5);
    // Queries at once take several connections of a pool (PostgreSQL); each sees the offset.
    const seen = await Promise.all(Array.from({ length: 8 }, aheadBy));
    // The two clock readings in one query are taken moments apart, so the difference may fall a little short.
    for (const s of seen) expect(s.ms).toBeGreaterThan(3_600_500 - 1_000);
    for (const s of seen) expect(s.ms).toBeLessThan(3_600_500 + 60_000);
    if (database.kind === "postgres") expect(new Set(seen.map((s) => s.pid)).size).toBeGreaterThan(1);
    expect(nowMs() - Date.now()).toBe(3_600_500);
    await expect(advanceClock(database.db, -1)).rejects.toThrow(/only moves forward/);
  });
});
