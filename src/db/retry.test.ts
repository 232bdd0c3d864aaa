import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase } from "../test/database.ts";
import type { Database } from "./client.ts";
import { rowsOf } from "./rows.ts";

let database: Database;
beforeAll(async () => {
  database = await createTestDatabase();
  await database.exec("create table retry_probe (id int primary key, n int not null); insert into retry_probe values (1, 0), (2, 0);");
});
afterAll(() => database.close());

describe("a transaction PostgreSQL aborts as a deadlock victim", () => {
  it.skipIf(!process.env.TEST_DATABASE_URL)("runs again and commits, so both writers succeed", async () => {
    let attempts = 0;
    let held = 0;
    let bothHold: () => void = () => {};
    const barrier = new Promise<void>((resolve) => {
      bothHold = resolve;
    });
    // Each takes one row, waits until the other holds its row, then asks for the other's: a cycle.
    const crossing = (first: number, second: number) =>
      database.db.transaction(async (tx) => {
        attempts++;
        await tx.execute(sql`update retry_probe set n = n + 1 where id = ${first}`);
        if (++held === 2) bothHold();
        await barrier;
        await tx.execute(sql`update retry_probe set n = n + 1 where id = ${second}`);
      });
    const results = await Promise.allSettled([crossing(1, 2), crossing(2, 1)]);
    expect(results.map((r) => r.status)).toEqual(["fulfilled", "fulfilled"]);
    // One of the two was chosen as the victim and ran a second time.
    expect(attempts).toBe(3);
    const rows = await rowsOf<{ n: number }>(database.db, sql`select n from retry_probe order by id`);
    expect(rows.map((r) => r.n)).toEqual([2, 2]);
  });
});

describe("a transaction that fails for any other reason", () => {
  it("runs once and its error reaches the caller", async () => {
    let attempts = 0;
    const duplicate = database.db.transaction(async (tx) => {
      attempts++;
      await tx.execute(sql`insert into retry_probe values (1, 0)`);
    });
    await expect(duplicate).rejects.toThrow();
    expect(attempts).toBe(1);
  });
});
