import { eq } from "drizzle-orm";
import type { Db, Executor } from "../../db/types.ts";
import type { Actor } from "../../http/env.ts";
import { recordActivity } from "../activity/service.ts";
import { type Call, callContext, requirePhase } from "./calls.ts";
import { electionOf } from "./election-of.ts";
import { grantWinners } from "./grants.ts";
import { authorizeRunCalls } from "./policy.ts";
import { runCallRules } from "./rule-runs.ts";
import { pbResults } from "./schema.ts";

/**
 * Computes a call's results from its stored ballots, once, when voting closes (and again when its
 * stewards ask): the official rule's outcome, and greedy's beside it when the call compares them. The
 * official winners become grants in the same transaction.
 */
export async function computeResults(tx: Executor, call: Call) {
  const { election, ballots } = await electionOf(tx, call);
  const runs = runCallRules(election, call.rules);
  await tx.delete(pbResults).where(eq(pbResults.callId, call.id));
  for (const run of runs) {
    await tx.insert(pbResults).values({
      callId: call.id,
      rule: run.rule,
      winners: run.winners,
      cost: BigInt(run.cost),
      ballots,
      explanation: run.explanation,
      official: run.official,
    });
  }
  const official = runs.find((r) => r.official);
  if (official && !call.pabulibMeta) await grantWinners(tx, call, official.winners);
  await recordActivity(tx, {
    actorId: null,
    verb: "call.computed",
    objectType: "pb_call",
    objectId: call.id,
    organizationId: call.organizationId,
    data: { title: call.title, slug: call.slug, winners: official?.winners.length ?? 0, ballots },
  });
}

export async function recomputeResults(db: Db, actor: Actor | null, slug: string) {
  return db.transaction(async (tx) => {
    const { call, standing } = await callContext(tx, actor, slug, { forUpdate: true });
    authorizeRunCalls(actor, standing);
    if (!call.pabulibMeta) requirePhase(call, ["results", "implementation"], "computing the results");
    await computeResults(tx, call);
  });
}
