import { count, eq } from "drizzle-orm";
import type { Executor } from "../db/types.ts";
import { people } from "../modules/accounts/schema.ts";
import { activities } from "../modules/activity/schema.ts";
import { affiliations } from "../modules/affiliations/schema.ts";
import { memberships } from "../modules/memberships/schema.ts";
import { organizations } from "../modules/organizations/schema.ts";

export interface WorldCounts {
  people: number;
  organizations: Record<string, number>;
  /** By status: active, pending, invited. */
  memberships: Record<string, number>;
  /** Active memberships by role. */
  roles: Record<string, number>;
  affiliations: Record<string, number>;
  activities: number;
}

const byKey = (rows: { k: string; n: number }[]) => Object.fromEntries(rows.map((r) => [r.k, r.n]));

/** Counts read back from the database, so what the CLI reports is what was stored. */
export async function countWorld(db: Executor): Promise<WorldCounts> {
  // One query at a time: inside a transaction they share one connection.
  const [p] = await db.select({ n: count() }).from(people);
  const orgs = await db.select({ k: organizations.kind, n: count() }).from(organizations).groupBy(organizations.kind);
  const statuses = await db.select({ k: memberships.status, n: count() }).from(memberships).groupBy(memberships.status);
  const roles = await db
    .select({ k: memberships.role, n: count() })
    .from(memberships)
    .where(eq(memberships.status, "active"))
    .groupBy(memberships.role);
  const affs = await db.select({ k: affiliations.status, n: count() }).from(affiliations).groupBy(affiliations.status);
  const [acts] = await db.select({ n: count() }).from(activities);
  return {
    people: p?.n ?? 0,
    organizations: byKey(orgs),
    memberships: byKey(statuses),
    roles: byKey(roles),
    affiliations: byKey(affs),
    activities: acts?.n ?? 0,
  };
}
