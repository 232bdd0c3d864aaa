import { and, desc, eq } from "drizzle-orm";
import { periodEnd, periodStart } from "../../calendar.ts";
import { integrityProblem } from "../../db/errors.ts";
import type { Db, Executor } from "../../db/types.ts";
import { writtenAt } from "../../db/written-at.ts";
import type { Actor } from "../../http/env.ts";
import { AppError } from "../../http/errors.ts";
import { recordActivity } from "../activity/service.ts";
import { findCommonsById } from "../commons/service.ts";
import { today } from "../treasury/context.ts";
import type { AgreementBody, AgreementPatchBody } from "./inputs.ts";
import { t } from "./messages.ts";
import { isPeriodEnd, isPeriodStart } from "./periods.ts";
import { authorizeEnd, authorizeOffer, authorizeRespond, authorizeRevise, type Side } from "./policy.ts";
import { lockedStandingsOf } from "./read.ts";
import { commonsUses, reciprocityAgreements, reciprocityInvoices } from "./schema.ts";

type Agreement = typeof reciprocityAgreements.$inferSelect;

const AGREEMENT_CONFLICTS = {
  reciprocity_agreements_no_overlap: { path: "body.startsOn", message: t("agreementOverlap") },
  reciprocity_agreements_steward: { path: "path.id", message: t("agreementSteward") },
  reciprocity_agreements_enterprise: { path: "path.id", message: t("agreementEnterprise") },
  reciprocity_agreements_fixed: { path: "path.id", message: t("agreementFixed") },
  reciprocity_agreements_final: { path: "path.id", message: t("agreementFinal") },
  reciprocity_agreements_terms: { path: "body.fixedFee", message: t("keepTerms") },
  reciprocity_agreements_dates: { path: "body.endsOn", message: t("endBeforeStart") },
};

const withConflicts = async <T>(work: () => Promise<T>): Promise<T> => {
  try {
    return await work();
  } catch (err) {
    throw integrityProblem(err, AGREEMENT_CONFLICTS) ?? err;
  }
};

const orgOf = (a: Pick<Agreement, "enterpriseId" | "associationId">, side: Side) =>
  side === "enterprise" ? a.enterpriseId : a.associationId;

function record(tx: Executor, actorId: string, verb: string, a: Agreement, side: Side, data: Record<string, unknown> = {}) {
  return recordActivity(tx, {
    actorId,
    verb,
    objectType: "agreement",
    objectId: a.id,
    targetType: "commons",
    targetId: a.commonsId,
    organizationId: orgOf(a, side),
    data: { status: a.status, period: a.period, currency: a.currency, ...data },
  });
}

/** Either side offers an agreement on a declared use; the other side answers it. */
export async function offerAgreement(db: Db, actor: Actor | null, useId: string, body: AgreementBody) {
  return withConflicts(() =>
    db.transaction(async (tx) => {
      const [use] = await tx.select().from(commonsUses).where(eq(commonsUses.id, useId));
      if (!use) throw AppError.notFound(t("declaredUse"));
      const c = await findCommonsById(tx, use.commonsId);
      if (!c.stewardAssociationId) throw AppError.conflict(t("noSteward", { commons: c.title }), "path.id");
      const parties = { enterpriseId: use.enterpriseId, associationId: c.stewardAssociationId };
      const { actor: me, side } = authorizeOffer(actor, await lockedStandingsOf(tx, actor, parties), body.side);
      const [agreement] = await tx
        .insert(reciprocityAgreements)
        .values({
          commonsId: c.id,
          ...parties,
          proposedBySide: side,
          period: body.period,
          currency: body.currency,
          fixedFee: body.fixedFee ?? null,
          revenueShareBp: body.revenueShare ?? null,
          pledgeMinutes: body.pledgeHours ?? null,
          dueDays: body.dueDays,
          startsOn: body.startsOn ?? periodStart(today(), body.period),
          terms: body.terms,
          proposedBy: me.id,
        })
        .returning();
      if (!agreement) throw new Error("insert returned no agreement");
      await record(tx, me.id, "agreement.offered", agreement, side, { use: use.id });
      return agreement;
    }),
  );
}

async function lockAgreement(tx: Executor, actor: Actor | null, id: string) {
  const [agreement] = await tx.select().from(reciprocityAgreements).where(eq(reciprocityAgreements.id, id)).for("update");
  if (!agreement) throw AppError.notFound(t("agreement"));
  return { agreement, standings: await lockedStandingsOf(tx, actor, agreement) };
}

/** The offering side changes its offer until it is answered; the database keeps terms in force fixed. */
export async function reviseAgreement(db: Db, actor: Actor | null, id: string, patch: AgreementPatchBody) {
  return withConflicts(() =>
    db.transaction(async (tx) => {
      const { agreement: a, standings } = await lockAgreement(tx, actor, id);
      const me = authorizeRevise(actor, standings, a.proposedBySide);
      const next = {
        period: patch.period ?? a.period,
        currency: patch.currency ?? a.currency,
        fixedFee: patch.fixedFee === undefined ? a.fixedFee : patch.fixedFee,
        revenueShareBp: patch.revenueShare === undefined ? a.revenueShareBp : patch.revenueShare,
        pledgeMinutes: patch.pledgeHours === undefined ? a.pledgeMinutes : patch.pledgeHours,
        dueDays: patch.dueDays ?? a.dueDays,
        startsOn: patch.startsOn ?? a.startsOn,
        terms: patch.terms ?? a.terms,
      };
      if (next.fixedFee === null && next.revenueShareBp === null && next.pledgeMinutes === null)
        throw AppError.validation("body.fixedFee", t("keepTerms"));
      if (!isPeriodStart(next.startsOn, next.period))
        throw AppError.validation("body.startsOn", t("startOnPeriod", { period: next.period }));
      const [revised] = await tx
        .update(reciprocityAgreements)
        .set({ ...next, updatedAt: writtenAt })
        .where(eq(reciprocityAgreements.id, id))
        .returning();
      if (!revised) throw new Error("update returned no agreement");
      await record(tx, me.id, "agreement.revised", revised, a.proposedBySide, { changed: Object.keys(patch) });
      return revised;
    }),
  );
}

/** The side that did not offer accepts (the agreement is in force from its first day) or declines. */
export async function respondToAgreement(db: Db, actor: Actor | null, id: string, answer: "accept" | "decline") {
  return withConflicts(() =>
    db.transaction(async (tx) => {
      const { agreement: a, standings } = await lockAgreement(tx, actor, id);
      const me = authorizeRespond(actor, standings, a.proposedBySide);
      if (a.status !== "proposed") throw AppError.conflict(t("agreementIs", { status: a.status }));
      const [answered] = await tx
        .update(reciprocityAgreements)
        .set({ status: answer === "accept" ? "active" : "declined", respondedBy: me.id, respondedAt: writtenAt, updatedAt: writtenAt })
        .where(eq(reciprocityAgreements.id, id))
        .returning();
      if (!answered) throw new Error("update returned no agreement");
      const side = a.proposedBySide === "enterprise" ? "association" : "enterprise";
      await record(tx, me.id, answer === "accept" ? "agreement.accepted" : "agreement.declined", answered, side);
      return answered;
    }),
  );
}

/**
 * Either side ends an agreement on the last day of a period (the current one's by default), never
 * before a period already invoiced; an offer not yet answered is withdrawn instead.
 */
export async function endAgreement(db: Db, actor: Actor | null, id: string, body: { endsOn?: string }) {
  return withConflicts(() =>
    db.transaction(async (tx) => {
      const { agreement: a, standings } = await lockAgreement(tx, actor, id);
      const { actor: me, side } = authorizeEnd(actor, standings);
      if (a.status === "proposed") {
        if (body.endsOn) throw AppError.validation("body.endsOn", t("withdrawNoEndDate"));
        const [withdrawn] = await tx
          .update(reciprocityAgreements)
          .set({ status: "declined", respondedBy: me.id, respondedAt: writtenAt, updatedAt: writtenAt })
          .where(eq(reciprocityAgreements.id, id))
          .returning();
        if (!withdrawn) throw new Error("update returned no agreement");
        await record(tx, me.id, "agreement.withdrawn", withdrawn, side);
        return withdrawn;
      }
      if (a.status !== "active") throw AppError.conflict(t("agreementIs", { status: a.status }));
      const current = periodEnd(periodStart(today() < a.startsOn ? a.startsOn : today(), a.period), a.period);
      const endsOn = body.endsOn ?? (a.endsOn && a.endsOn < current ? a.endsOn : current);
      if (!isPeriodEnd(endsOn, a.period)) throw AppError.validation("body.endsOn", t("endOnPeriod", { period: a.period }));
      if (endsOn < a.startsOn) throw AppError.validation("body.endsOn", t("endBeforeStart"));
      const [lastInvoiced] = await tx
        .select({ periodEnd: reciprocityInvoices.periodEnd })
        .from(reciprocityInvoices)
        .where(and(eq(reciprocityInvoices.agreementId, id)))
        .orderBy(desc(reciprocityInvoices.periodEnd))
        .limit(1);
      if (lastInvoiced && endsOn < lastInvoiced.periodEnd)
        throw AppError.validation("body.endsOn", t("invoicedUpTo", { day: lastInvoiced.periodEnd }));
      const [ended] = await tx
        .update(reciprocityAgreements)
        .set({ status: "ended", endsOn, updatedAt: writtenAt })
        .where(eq(reciprocityAgreements.id, id))
        .returning();
      if (!ended) throw new Error("update returned no agreement");
      await record(tx, me.id, "agreement.ended", ended, side, { endsOn });
      return ended;
    }),
  );
}
