import { eq, sql } from "drizzle-orm";
import { expect } from "vitest";
import { rowsOf } from "../db/rows.ts";
import type { Db } from "../db/types.ts";
import { activities } from "../modules/activity/schema.ts";
import { changeRole, type Role, remove } from "../modules/memberships/service.ts";
import type { Call, TestApi } from "./harness.ts";

/**
 * A write racing the loss of its actor's role, in the one interleaving that used to let it
 * through: a steward's demotion (or removal) of the actor is made and left uncommitted, the write
 * starts, and only once the write is waiting on PostgreSQL does the demotion commit. The write
 * must then see the demotion and be refused (403), never succeed on the role it no longer holds.
 *
 * On PGlite (one connection) the write simply queues behind the open transaction, so the same
 * test holds there without showing the wait.
 */
export async function writeWhileLosingRole(
  api: TestApi,
  change: { steward: { id: string; handle: string; name: string; isAdmin: boolean }; org: string; handle: string; role: Role | "removed" },
  write: () => Promise<Call>,
): Promise<Call> {
  let pending: Promise<Call> | undefined;
  await api.db.transaction(async (tx) => {
    const db = tx as unknown as Db;
    if (change.role === "removed") await remove(db, change.steward, change.org, change.handle);
    else await changeRole(db, change.steward, change.org, change.handle, change.role);
    pending = write();
    // Keep a rejection from being reported as unhandled before it is awaited below.
    pending.catch(() => {});
    if (api.database.kind === "postgres") await waitingOrDone(api.db, pending);
  });
  if (!pending) throw new Error("the write did not start");
  return pending;
}

/** Until the write waits on a lock held by another transaction, or is over (if it never needed one). */
async function waitingOrDone(db: Db, pending: Promise<unknown>) {
  let done = false;
  void pending.finally(() => {
    done = true;
  });
  while (!done) {
    const [row] = await rowsOf<{ n: number }>(
      db,
      sql`select count(*)::int as n from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'`,
    );
    if ((row?.n ?? 0) > 0) return;
  }
}

/** The write was refused, and left no activity row in the actor's name (tests set the scene without them). */
export async function expectRefusedWithoutTrace(api: TestApi, res: Call, actorId: string) {
  expect(res.status, JSON.stringify(res.body)).toBe(403);
  const rows = await api.db.select({ verb: activities.verb }).from(activities).where(eq(activities.actorId, actorId));
  expect(rows).toEqual([]);
}
