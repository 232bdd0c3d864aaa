import { count, eq, sql } from "drizzle-orm";
import type { Executor } from "../db/types.ts";
import { people } from "../modules/accounts/schema.ts";
import { activities } from "../modules/activity/schema.ts";
import { affiliations } from "../modules/affiliations/schema.ts";
import { commons } from "../modules/commons/schema.ts";
import { contributionSupports, contributions } from "../modules/contributions/schema.ts";
import { comments, threads } from "../modules/discussions/schema.ts";
import { documents, revisions } from "../modules/documents/schema.ts";
import { memberships } from "../modules/memberships/schema.ts";
import { needLinks, needs, needTakers, needUpdates } from "../modules/needs/schema.ts";
import { organizations } from "../modules/organizations/schema.ts";

export interface WorldCounts {
  people: number;
  organizations: Record<string, number>;
  /** By status: active, pending, invited. */
  memberships: Record<string, number>;
  /** Active memberships by role. */
  roles: Record<string, number>;
  affiliations: Record<string, number>;
  /** Commons, and how many of them are forks. */
  commons: { total: number; forks: number };
  documents: number;
  revisions: number;
  /** By status: accepted, pending, conflicted, rejected, withdrawn. */
  contributions: Record<string, number>;
  /** By type: new_document, edit, work. */
  contributionTypes: Record<string, number>;
  supports: number;
  /** By type and status: "need:open", "need:done", "offer:open"… */
  needs: Record<string, number>;
  /** People taking needs and offers up, progress notes, and contributions linked to needs. */
  needWork: { takers: number; progress: number; links: number };
  discussions: { threads: number; comments: number; edited: number; hidden: number };
  activities: number;
}

const byKey = (rows: { k: string; n: number }[]) => Object.fromEntries(rows.map((r) => [r.k, r.n]));
const total = async (q: Promise<{ n: number }[]>) => (await q)[0]?.n ?? 0;

/** Counts read back from the database, so what the CLI reports is what was stored. */
export async function countWorld(db: Executor): Promise<WorldCounts> {
  // One query at a time: inside a transaction they share one connection.
  const p = await total(db.select({ n: count() }).from(people));
  const orgs = await db.select({ k: organizations.kind, n: count() }).from(organizations).groupBy(organizations.kind);
  const statuses = await db.select({ k: memberships.status, n: count() }).from(memberships).groupBy(memberships.status);
  const roles = await db
    .select({ k: memberships.role, n: count() })
    .from(memberships)
    .where(eq(memberships.status, "active"))
    .groupBy(memberships.role);
  const affs = await db.select({ k: affiliations.status, n: count() }).from(affiliations).groupBy(affiliations.status);
  const [c] = await db.select({ total: count(), forks: count(commons.forkedFromId) }).from(commons);
  const docs = await total(db.select({ n: count() }).from(documents));
  const revs = await total(db.select({ n: count() }).from(revisions));
  const contribs = await db.select({ k: contributions.status, n: count() }).from(contributions).groupBy(contributions.status);
  const types = await db.select({ k: contributions.type, n: count() }).from(contributions).groupBy(contributions.type);
  const supports = await total(db.select({ n: count() }).from(contributionSupports));
  const needRows = await db
    .select({ k: sql<string>`${needs.type} || ':' || ${needs.status}`, n: count() })
    .from(needs)
    .groupBy(needs.type, needs.status);
  const takers = await total(db.select({ n: count() }).from(needTakers));
  const progress = await total(db.select({ n: count() }).from(needUpdates));
  const links = await total(db.select({ n: count() }).from(needLinks));
  const threadCount = await total(db.select({ n: count() }).from(threads));
  const [c2] = await db.select({ n: count(), edited: count(comments.editedAt), hidden: count(comments.hiddenAt) }).from(comments);
  const acts = await total(db.select({ n: count() }).from(activities));
  return {
    people: p,
    organizations: byKey(orgs),
    memberships: byKey(statuses),
    roles: byKey(roles),
    affiliations: byKey(affs),
    commons: { total: c?.total ?? 0, forks: c?.forks ?? 0 },
    documents: docs,
    revisions: revs,
    contributions: byKey(contribs),
    contributionTypes: byKey(types),
    supports,
    needs: byKey(needRows),
    needWork: { takers, progress, links },
    discussions: { threads: threadCount, comments: c2?.n ?? 0, edited: c2?.edited ?? 0, hidden: c2?.hidden ?? 0 },
    activities: acts,
  };
}
