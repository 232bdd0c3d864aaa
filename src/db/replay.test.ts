import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { people } from "../modules/accounts/schema.ts";
import { activities } from "../modules/activity/schema.ts";
import { NewOrganizationInput } from "../modules/organizations/inputs.ts";
import { createOrganization } from "../modules/organizations/service.ts";
import { now } from "../now.ts";
import { createTestDatabase } from "../test/database.ts";
import { makePerson } from "../test/factories.ts";
import type { Database } from "./client.ts";
import { replay } from "./replay.ts";
import { rowsOf } from "./rows.ts";

let database: Database;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database?.close());

const dbNow = async (db: Database["db"]) => {
  const [row] = await rowsOf<{ written: string; checks: string }>(
    db,
    sql`select triarchy_written_at()::text as written, triarchy_now()::text as checks`,
  );
  return { written: Date.parse(row?.written ?? ""), checks: Date.parse(row?.checks ?? "") };
};

describe("a replay of the past", () => {
  it("writes rows, activity and both clocks at its moment, moves as told, and leaves the present untouched", async () => {
    const db = database.db;
    const steward = await makePerson(db);
    const start = new Date("2025-03-01T09:00:00Z");
    const seen = await db.transaction((tx) =>
      replay(tx, start, async (clock) => {
        const first = { app: now().getTime(), db: await dbNow(tx) };
        const org = await createOrganization(
          tx,
          { id: steward.id, handle: steward.handle, name: steward.name, isAdmin: false },
          NewOrganizationInput.parse({ slug: "replayed", name: "Replayed", kind: "community" }),
        );
        await clock.pass(30);
        const later = { app: now().getTime(), db: await dbNow(tx) };
        await clock.moveTo("2099-01-01T00:00:00Z");
        return { first, later, org, present: clock.at.getTime() };
      }),
    );
    expect(seen.first).toEqual({ app: start.getTime(), db: { written: start.getTime(), checks: start.getTime() } });
    const thirtyHours = start.getTime() + 30 * 3_600_000;
    expect(seen.later).toEqual({ app: thirtyHours, db: { written: thirtyHours, checks: thirtyHours } });
    // The replay never runs ahead of the real present.
    expect(seen.present).toBeLessThanOrEqual(Date.now());
    expect(seen.present).toBeGreaterThan(Date.now() - 60_000);

    const [activity] = await db.select().from(activities).where(eq(activities.objectId, seen.org.id));
    expect(activity?.createdAt.toISOString()).toBe(start.toISOString());
    expect(seen.org.createdAt.toISOString()).toBe(start.toISOString());

    // After the replay, both clocks read the present again, in a new transaction and in this process.
    const after = await dbNow(db);
    expect(Math.abs(after.written - Date.now())).toBeLessThan(60_000);
    expect(Math.abs(after.checks - Date.now())).toBeLessThan(60_000);
    expect(Math.abs(now().getTime() - Date.now())).toBeLessThan(1_000);
    const [person] = await db.select({ createdAt: people.createdAt }).from(people).where(eq(people.id, steward.id));
    expect(Math.abs((person?.createdAt.getTime() ?? 0) - Date.now())).toBeLessThan(120_000);
  });
});

describe("the modules' clock", () => {
  it("is src/now.ts and triarchy_written_at(), never the machine's time, so a replay writes every time it sets", () => {
    const modules = join(import.meta.dirname, "..", "modules");
    const files = (readdirSync(modules, { recursive: true }) as string[]).filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts"));
    expect(files.length).toBeGreaterThan(100);
    const found = files.flatMap((f) => {
      const text = readFileSync(join(modules, f), "utf8");
      return /new Date\(\)|Date\.now\(\)|sql`now\(\)`/.test(text) ? [relative(modules, join(modules, f))] : [];
    });
    expect(found).toEqual([]);
  });
});
