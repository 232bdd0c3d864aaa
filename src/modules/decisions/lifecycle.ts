import { and, eq, inArray, sql } from "drizzle-orm";
import { rowsOf } from "../../db/rows.ts";
import type { Db, Executor } from "../../db/types.ts";
import { writtenAt } from "../../db/written-at.ts";
import { nowMs } from "../../now.ts";
import { recordActivity } from "../activity/service.ts";
import { memberships } from "../memberships/schema.ts";
import { applyDecision } from "../treasury/decided.ts";
import { proposalElectors, proposals, votes } from "./schema.ts";
import { type Ballot, type BallotGroup, type TallyTerms, tally } from "./tally.ts";

export type Proposal = typeof proposals.$inferSelect;

/**
 * Freezes the electorate (the active members, or those holding the chosen roles, at this moment)
 * and opens voting, in one transaction: nobody joining later, or leaving, changes who may vote.
 */
export async function openVoting(tx: Executor, p: Proposal): Promise<Proposal> {
  const electors = tx
    .select({ proposalId: sql`${p.id}::uuid`.as("proposal_id"), personId: memberships.personId })
    .from(memberships)
    .where(
      and(
        eq(memberships.organizationId, p.organizationId),
        eq(memberships.status, "active"),
        p.electorateRoles ? inArray(memberships.role, p.electorateRoles) : undefined,
      ),
    );
  const added = await tx.insert(proposalElectors).select(electors).returning({ personId: proposalElectors.personId });
  const [opened] = await tx
    .update(proposals)
    .set({ status: "open", electorateSize: added.length, openedAt: sql`triarchy_now()`, updatedAt: writtenAt })
    .where(eq(proposals.id, p.id))
    .returning();
  if (!opened) throw new Error("opening returned no proposal");
  await recordActivity(tx, {
    actorId: null,
    verb: "proposal.opened",
    objectType: "proposal",
    objectId: p.id,
    organizationId: p.organizationId,
    data: { title: p.title, electorate: added.length, closesAt: p.closesAt.toISOString() },
  });
  return opened;
}

/** Identical ballots counted together by the database: a tally reads one row per distinct ballot. */
export async function ballotGroups(db: Executor, proposalId: string): Promise<BallotGroup[]> {
  const rows = await rowsOf<Ballot & { count: number }>(
    db,
    sql`select ${votes.answer} as answer, ${votes.options} as options, ${votes.scores} as scores, count(*)::int as count
        from ${votes} where ${votes.proposalId} = ${proposalId} group by 1, 2, 3`,
  );
  return rows.map(({ count, ...ballot }) => ({ ballot, count }));
}

/** The terms of a proposal's vote its explanation states besides the numbers (fixed once voting opens). */
export const tallyTerms = (p: Proposal): TallyTerms => ({
  quorumPercent: p.quorumPercent,
  threshold:
    p.thresholdNumerator && p.thresholdDenominator ? { numerator: p.thresholdNumerator, denominator: p.thresholdDenominator } : undefined,
  scoreMax: p.scoreMax ?? undefined,
});

export async function tallyOf(db: Executor, p: Proposal) {
  return tally({
    method: p.method,
    options: p.options,
    electorate: p.electorateSize ?? 0,
    ...tallyTerms(p),
    groups: await ballotGroups(db, p.id),
  });
}

/**
 * Closes voting and fixes the result. FOR UPDATE waits for votes in flight (each holds a key-share
 * lock on the proposal) and turns away the ones after, so the tally counts exactly the votes that
 * were accepted. What the decision authorises (an expense, a budget) takes effect in the same transaction.
 */
export async function closeVoting(tx: Executor, p: Proposal): Promise<Proposal> {
  const result = await tallyOf(tx, p);
  const [closed] = await tx
    .update(proposals)
    .set({ status: "closed", outcome: result.outcome, result, closedAt: sql`triarchy_now()`, updatedAt: writtenAt })
    .where(eq(proposals.id, p.id))
    .returning();
  if (!closed) throw new Error("closing returned no proposal");
  await recordActivity(tx, {
    actorId: null,
    verb: "proposal.closed",
    objectType: "proposal",
    objectId: p.id,
    organizationId: p.organizationId,
    data: { title: p.title, outcome: result.outcome, turnout: result.turnout, electorate: result.electorate },
  });
  await applyDecision(tx, closed);
  return closed;
}

/**
 * Brings one proposal up to date with the clock: opens it if its opening time has come, closes it if
 * its closing time has. With `skipLocked`, a proposal someone else is settling is left to them.
 */
export async function settle(tx: Executor, id: string, opts: { skipLocked?: boolean } = {}): Promise<Proposal | undefined> {
  const [p] = await tx
    .select()
    .from(proposals)
    .where(eq(proposals.id, id))
    .for("update", opts.skipLocked ? { skipLocked: true } : {});
  if (!p) return undefined;
  const now = await databaseNow(tx);
  return isDue(p, now) ? advance(tx, p, now) : p;
}

/** The database's clock, which the voting-window triggers also read. */
async function databaseNow(tx: Executor): Promise<number> {
  const [clock] = await rowsOf<{ now: Date | string }>(tx, sql`select triarchy_now() as now`);
  return clock ? new Date(clock.now).getTime() : nowMs();
}

async function advance(tx: Executor, locked: Proposal, now: number): Promise<Proposal> {
  let p = locked;
  if (p.status === "scheduled" && p.opensAt.getTime() <= now) p = await openVoting(tx, p);
  if (p.status === "open" && p.closesAt.getTime() <= now) p = await closeVoting(tx, p);
  return p;
}

/** Whether a proposal's stored state is behind the clock, so a reader must settle it first. */
export const isDue = (p: Pick<Proposal, "status" | "opensAt" | "closesAt">, now = nowMs()) =>
  (p.status === "scheduled" && p.opensAt.getTime() <= now) || (p.status === "open" && p.closesAt.getTime() <= now);

/**
 * Opens and closes every proposal whose time has come, each in its own transaction, so one that fails
 * cannot hold back the others; SKIP LOCKED lets several servers (or a request settling one proposal)
 * work at once without waiting on each other. Returns how many it moved.
 */
export async function settleDue(db: Db): Promise<number> {
  const due = await db
    .select({ id: proposals.id })
    .from(proposals)
    .where(
      sql`(${proposals.status} = 'scheduled' and ${proposals.opensAt} <= triarchy_now()) or (${proposals.status} = 'open' and ${proposals.closesAt} <= triarchy_now())`,
    )
    .orderBy(proposals.closesAt)
    .limit(500);
  let moved = 0;
  for (const { id } of due) {
    const p = await db.transaction((tx) => settle(tx, id, { skipLocked: true }));
    if (p) moved++;
  }
  return moved;
}
