import { and, asc, desc, eq, ne, sql } from "drizzle-orm";
import { integrityProblem } from "../../db/errors.ts";
import type { Db, Executor } from "../../db/types.ts";
import type { Actor } from "../../http/env.ts";
import { AppError } from "../../http/errors.ts";
import { now } from "../../now.ts";
import { recordActivity } from "../activity/service.ts";
import { books } from "../ledger/schema.ts";
import type { Standing } from "../organizations/policy.ts";
import { findOrganization, findOrganizationById, lockedStanding, standingOf } from "../organizations/service.ts";
import { budgetLines, budgets } from "../treasury/schema.ts";
import type { NewCallBody } from "./inputs.ts";
import { t } from "./messages.ts";
import { authorizeRunCalls } from "./policy.ts";
import { pbCalls, pbDistricts } from "./schema.ts";
import { CallRulesSchema } from "./shapes.ts";
import { CALL_PHASES, type CallPhase } from "./values.ts";

export type Call = typeof pbCalls.$inferSelect;
export type District = typeof pbDistricts.$inferSelect;

/** The phase a call is in at a moment, from its dates (the stored phase follows it, moved by the clock). */
export function phaseAt(
  call: Pick<Call, "submissionOpens" | "reviewOpens" | "votingOpens" | "votingCloses" | "implementationOpens">,
  at: Date,
): CallPhase {
  if (at < call.submissionOpens) return "draft";
  if (at < call.reviewOpens) return "submission";
  if (at < call.votingOpens) return "review";
  if (at < call.votingCloses) return "voting";
  if (at < call.implementationOpens) return "results";
  return "implementation";
}

/** Refuses an act outside the phase it belongs to; `what` names the act for the person. */
export function requirePhase(call: Parameters<typeof phaseAt>[0], allowed: CallPhase[], what: string) {
  const phase = phaseAt(call, now());
  if (!allowed.includes(phase)) throw AppError.conflict(t("notInPhase", { phase, what }));
  return phase;
}

export async function findCall(db: Executor, slug: string, opts: { forUpdate?: boolean } = {}): Promise<Call> {
  const q = db.select().from(pbCalls).where(eq(pbCalls.slug, slug));
  const [call] = opts.forUpdate ? await q.for("update") : await q;
  if (!call) throw AppError.notFound(t("call"));
  return call;
}

export async function findCallById(db: Executor, id: string): Promise<Call> {
  const [call] = await db.select().from(pbCalls).where(eq(pbCalls.id, id));
  if (!call) throw AppError.notFound(t("call"));
  return call;
}

export const districtsOf = (db: Executor, callId: string) =>
  db.select().from(pbDistricts).where(eq(pbDistricts.callId, callId)).orderBy(asc(pbDistricts.position));

/** A call with its public body and the actor's standing there, locked for a write (lockedStanding). */
export async function callContext(tx: Executor, actor: Actor | null, slug: string, opts: { forUpdate?: boolean } = {}) {
  const call = await findCall(tx, slug, opts);
  const body = await findOrganizationById(tx, call.organizationId);
  const standing: Standing = await lockedStanding(tx, body.id, actor);
  return { call, body, standing };
}

/** The same for reads: nothing locked. */
export async function callView(db: Executor, viewer: Actor | null, slug: string) {
  const call = await findCall(db, slug);
  return { call, standing: await standingOf(db, call.organizationId, viewer) };
}

const CALL_CONSTRAINTS = {
  pb_calls_slug_key: { path: "body.slug", message: t("slugTaken") },
};

/** A budget line the call's grants can be paid from: the body's, approved, in the call's currency, big enough. */
async function requireLine(tx: Executor, organizationId: string, lineId: string, currency: string, amount: bigint) {
  const [line] = await tx
    .select({ id: budgetLines.id, amount: budgetLines.amount, currency: budgetLines.currency })
    .from(budgetLines)
    .innerJoin(budgets, eq(budgets.id, budgetLines.budgetId))
    .where(and(eq(budgetLines.id, lineId), eq(budgets.organizationId, organizationId), eq(budgets.status, "approved")));
  if (!line || line.currency !== currency || line.amount < amount) throw AppError.validation("body.budgetLine", t("budgetLine"));
  return line;
}

/** A public body's stewards open a call; its phases then move on their dates. */
export async function createCall(db: Db, actor: Actor | null, body: NewCallBody) {
  return db.transaction(async (tx) => {
    const org = await findOrganization(tx, body.organization);
    const standing = await lockedStanding(tx, org.id, actor);
    const me = authorizeRunCalls(actor, standing);
    if (org.kind !== "public_body") throw AppError.validation("body.organization", t("publicBodiesOnly"));
    const currency = await currencyOf(tx, org.id);
    const budget = BigInt(body.budget);
    if (body.budgetLine) await requireLine(tx, org.id, body.budgetLine, currency, budget);
    const dates = {
      submissionOpens: new Date(body.submissionOpens),
      reviewOpens: new Date(body.reviewOpens),
      votingOpens: new Date(body.votingOpens),
      votingCloses: new Date(body.votingCloses),
      implementationOpens: new Date(body.implementationOpens),
    };
    try {
      const [call] = await tx
        .insert(pbCalls)
        .values({
          organizationId: org.id,
          slug: body.slug,
          title: body.title,
          description: body.description ?? "",
          eligibility: body.eligibility ?? "",
          budget,
          currency,
          budgetLineId: body.budgetLine ?? null,
          categories: body.categories ?? [],
          phase: phaseAt(dates, now()),
          ...dates,
          ballotType: body.ballotType,
          minProjects: body.minProjects ?? null,
          maxProjects: body.ballotType === "choose-1" ? 1 : (body.maxProjects ?? null),
          maxCost: body.maxCost === undefined ? null : BigInt(body.maxCost),
          totalPoints: body.totalPoints ?? null,
          maxPointsPerProject: body.maxPointsPerProject ?? null,
          voters: body.voters,
          secret: body.secret,
          rules: CallRulesSchema.parse(body.rules ?? {}),
          createdBy: me.id,
        })
        .returning();
      if (!call) throw new Error("insert returned no call");
      if (body.districts?.length) {
        await tx
          .insert(pbDistricts)
          .values(body.districts.map((d, i) => ({ callId: call.id, name: d.name, budget: BigInt(d.budget), position: i })));
      }
      await recordActivity(tx, {
        actorId: me.id,
        verb: "call.opened",
        objectType: "pb_call",
        objectId: call.id,
        organizationId: org.id,
        data: { title: call.title, slug: call.slug, budget: String(call.budget), currency },
      });
      return call;
    } catch (err) {
      throw integrityProblem(err, CALL_CONSTRAINTS) ?? err;
    }
  });
}

/** The body's books' currency, or EUR when it keeps none yet (a call can open before the books). */
async function currencyOf(tx: Executor, organizationId: string): Promise<string> {
  const [book] = await tx.select({ currency: books.currency }).from(books).where(eq(books.organizationId, organizationId)).limit(1);
  return book?.currency ?? "EUR";
}

export async function listCalls(db: Executor, opts: { organization?: string }) {
  const org = opts.organization ? await findOrganization(db, opts.organization) : null;
  return db
    .select()
    .from(pbCalls)
    .where(org ? eq(pbCalls.organizationId, org.id) : undefined)
    .orderBy(desc(pbCalls.votingOpens), desc(pbCalls.id))
    .limit(200);
}

/**
 * Moves every call whose dates say it has entered a later phase, one activity row per change (the
 * notifications' fan-out tells the people concerned); a call whose voting closed gets its results.
 */
export async function advancePhases(db: Db, onVotingClosed: (tx: Executor, call: Call) => Promise<void>): Promise<number> {
  const moment = now();
  const due = await db
    .select({ id: pbCalls.id })
    .from(pbCalls)
    .where(
      and(
        ne(pbCalls.phase, "implementation"),
        sql`${pbCalls.pabulibMeta} is null`,
        sql`case ${pbCalls.phase} when 'draft' then ${pbCalls.submissionOpens} when 'submission' then ${pbCalls.reviewOpens}
              when 'review' then ${pbCalls.votingOpens} when 'voting' then ${pbCalls.votingCloses} else ${pbCalls.implementationOpens} end <= ${moment}`,
      ),
    );
  let moved = 0;
  for (const { id } of due) {
    await db.transaction(async (tx) => {
      const [call] = await tx.select().from(pbCalls).where(eq(pbCalls.id, id)).for("update");
      if (!call) return;
      const phase = phaseAt(call, moment);
      if (CALL_PHASES.indexOf(phase) <= CALL_PHASES.indexOf(call.phase)) return;
      const closesVoting =
        CALL_PHASES.indexOf(call.phase) <= CALL_PHASES.indexOf("voting") && CALL_PHASES.indexOf(phase) > CALL_PHASES.indexOf("voting");
      await tx.update(pbCalls).set({ phase }).where(eq(pbCalls.id, id));
      await recordActivity(tx, {
        actorId: null,
        verb: `call.${phase}`,
        objectType: "pb_call",
        objectId: call.id,
        organizationId: call.organizationId,
        data: { title: call.title, slug: call.slug, from: call.phase },
      });
      if (closesVoting) await onVotingClosed(tx, { ...call, phase });
      moved++;
    });
  }
  return moved;
}
