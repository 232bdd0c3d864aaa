import { and, eq, gte, inArray, isNotNull, isNull, lte, sql } from "drizzle-orm";
import { addDays, periodEnd } from "../../calendar.ts";
import { integrityProblem } from "../../db/errors.ts";
import type { Db, Executor } from "../../db/types.ts";
import type { Actor } from "../../http/env.ts";
import { AppError } from "../../http/errors.ts";
import { recordActivity } from "../activity/service.ts";
import { findCommonsById } from "../commons/service.ts";
import { contributions } from "../contributions/schema.ts";
import { BANK } from "../ledger/books.ts";
import { findOrganizationById } from "../organizations/service.ts";
import { booksOf, today } from "../treasury/context.ts";
import { treasurersOf } from "../treasury/keepers.ts";
import { postTransfer } from "../treasury/transfer.ts";
import { type ClosedBooks, closedBooksProblem, closedParties, noticeClosedBooks } from "./closed-books.ts";
import type { InvoiceBody } from "./inputs.ts";
import { t } from "./messages.ts";
import { isPeriodStart } from "./periods.ts";
import { authorizePay, authorizeRaise } from "./policy.ts";
import { lockedStandingsOf } from "./read.ts";
import { reciprocityAgreements, reciprocityInvoices } from "./schema.ts";
import { firstUninvoiced } from "./views.ts";

type Agreement = typeof reciprocityAgreements.$inferSelect;
type Invoice = typeof reciprocityInvoices.$inferSelect;

const INVOICE_CONFLICTS = {
  reciprocity_invoices_period_key: { path: "body.periodStart", message: t("periodInvoiced") },
  reciprocity_invoices_agreement: { path: "path.id", message: t("invoiceAgreement") },
  reciprocity_invoices_amount: { path: "body.revenue", message: t("invoiceAmount") },
  reciprocity_invoices_final: { path: "path.id", message: t("invoiceFinal") },
};

const PAYABLE = "liabilities:payable";
const RECEIVABLE = "assets:receivable";

/** Minutes of accepted logged work on the commons, in the period, by people the enterprise paid for it. */
async function deliveredMinutes(tx: Executor, a: Agreement, start: string, end: string) {
  const [row] = await tx
    .select({ minutes: sql<string>`coalesce(sum(${contributions.size}), 0)` })
    .from(contributions)
    .where(
      and(
        eq(contributions.commonsId, a.commonsId),
        eq(contributions.type, "work"),
        eq(contributions.status, "accepted"),
        eq(contributions.paidById, a.enterpriseId),
        gte(contributions.performedOn, start),
        lte(contributions.performedOn, end),
      ),
    );
  return Number(row?.minutes ?? 0);
}

/**
 * Raises one period's invoice on a locked agreement: the fixed fee plus the share of the declared
 * revenue, with the pledge against the hours delivered. A non-zero amount is posted at once as a bill
 * in the enterprise's books and a receivable in the association's; a zero one is settled as raised.
 */
async function raise(
  tx: Executor,
  a: Agreement,
  periodStart: string,
  revenue: number | undefined,
  by: string | null,
): Promise<{ invoice: Invoice } | { closed: ClosedBooks }> {
  const [existing] = await tx
    .select({ id: reciprocityInvoices.id })
    .from(reciprocityInvoices)
    .where(and(eq(reciprocityInvoices.agreementId, a.id), eq(reciprocityInvoices.periodStart, periodStart)));
  if (existing) throw AppError.conflict(t("periodInvoiced"), "body.periodStart");
  const end = periodEnd(periodStart, a.period);
  const share = a.revenueShareBp === null ? 0n : (BigInt(revenue ?? 0) * BigInt(a.revenueShareBp)) / 10_000n;
  const amount = BigInt(a.fixedFee ?? 0) + share;
  const day = today();
  let raisedTransactionId: string | null = null;
  if (amount > 0n) {
    const [enterprise, association, c] = await Promise.all([
      findOrganizationById(tx, a.enterpriseId),
      findOrganizationById(tx, a.associationId),
      findCommonsById(tx, a.commonsId),
    ]);
    const parties = await closedParties(tx, enterprise, association);
    if (parties.length) {
      // Nothing is written but the notice, which must outlive the refusal: the caller commits it, then refuses.
      const closed = { parties, periodStart, periodEnd: end, amount, currency: a.currency };
      await noticeClosedBooks(tx, { id: a.id, commonsTitle: c.title, other: { enterprise, association } }, closed, by);
      return { closed };
    }
    const posted = await postTransfer(tx, {
      from: { org: enterprise, book: await booksOf(tx, enterprise, "path.id"), debit: "expenses:reciprocity", credit: PAYABLE },
      to: { org: association, book: await booksOf(tx, association, "path.id"), debit: RECEIVABLE, credit: "income:reciprocity" },
      kind: "reciprocity",
      amount,
      currency: a.currency,
      date: day,
      description: `Reciprocity for ${c.title}, ${periodStart} to ${end}`,
      postedBy: by,
      commonsId: a.commonsId,
      path: "path.id",
    });
    raisedTransactionId = posted.to.id;
  }
  const [invoice] = await tx
    .insert(reciprocityInvoices)
    .values({
      agreementId: a.id,
      periodStart,
      periodEnd: end,
      declaredRevenue: a.revenueShareBp === null ? null : (revenue ?? null),
      amount: Number(amount),
      currency: a.currency,
      pledgeMinutes: a.pledgeMinutes,
      deliveredMinutes: a.pledgeMinutes === null ? null : await deliveredMinutes(tx, a, periodStart, end),
      dueOn: addDays(end, a.dueDays),
      raisedTransactionId,
      raisedBy: by,
      ...(amount === 0n ? { status: "paid" as const, paidOn: day } : {}),
    })
    .returning();
  if (!invoice) throw new Error("insert returned no invoice");
  await recordActivity(tx, {
    actorId: by,
    verb: "invoice.raised",
    objectType: "invoice",
    objectId: invoice.id,
    targetType: "agreement",
    targetId: a.id,
    organizationId: a.associationId,
    data: { periodStart, periodEnd: end, amount: String(amount), currency: a.currency },
  });
  return { invoice };
}

const lockAgreement = async (tx: Executor, id: string) => {
  // The row lock queues two raises of one agreement, so the second sees the first's invoice.
  const [a] = await tx.select().from(reciprocityAgreements).where(eq(reciprocityAgreements.id, id)).for("update");
  if (!a) throw AppError.notFound(t("agreement"));
  return a;
};

/** A treasurer raises a period's invoice once it has ended; a revenue share needs the revenue the enterprise declares. */
export async function raiseInvoice(db: Db, actor: Actor | null, agreementId: string, body: InvoiceBody): Promise<Invoice> {
  let outcome: Awaited<ReturnType<typeof raise>>;
  try {
    outcome = await db.transaction(async (tx) => {
      const a = await lockAgreement(tx, agreementId);
      const me = authorizeRaise(actor, await lockedStandingsOf(tx, actor, a), a.revenueShareBp !== null);
      if (a.status !== "active" && a.status !== "ended") throw AppError.conflict(t("invoicesInForce"));
      if (!isPeriodStart(body.periodStart, a.period))
        throw AppError.validation("body.periodStart", t("giveStartOfPeriod", { period: a.period }));
      if (body.periodStart < a.startsOn || (a.endsOn && body.periodStart > a.endsOn))
        throw AppError.validation(
          "body.periodStart",
          a.endsOn ? t("notCovered", { start: a.startsOn, end: a.endsOn }) : t("notCoveredOpen", { start: a.startsOn }),
        );
      const end = periodEnd(body.periodStart, a.period);
      if (end > today()) throw AppError.conflict(t("periodNotEnded", { day: end }), "body.periodStart");
      if (a.revenueShareBp !== null && body.revenue === undefined) throw AppError.validation("body.revenue", t("declareRevenue"));
      if (a.revenueShareBp === null && body.revenue !== undefined) throw AppError.validation("body.revenue", t("noRevenue"));
      return raise(tx, a, body.periodStart, body.revenue, me.id);
    });
  } catch (err) {
    throw integrityProblem(err, INVOICE_CONFLICTS) ?? err;
  }
  if ("closed" in outcome) throw closedBooksProblem(outcome.closed);
  return outcome.invoice;
}

/** The enterprise's treasurer pays, or the association's records the payment received: once, in both books. */
export async function payInvoice(db: Db, actor: Actor | null, id: string, body: { date?: string }) {
  try {
    return await db.transaction(async (tx) => {
      // Locking the invoice makes a second payment wait, then find it paid.
      const [invoice] = await tx.select().from(reciprocityInvoices).where(eq(reciprocityInvoices.id, id)).for("update");
      if (!invoice) throw AppError.notFound(t("invoice"));
      const [a] = await tx.select().from(reciprocityAgreements).where(eq(reciprocityAgreements.id, invoice.agreementId));
      if (!a) throw AppError.notFound(t("agreement"));
      const standings = await lockedStandingsOf(tx, actor, a);
      const [enterprise, association, treasurers] = await Promise.all([
        findOrganizationById(tx, a.enterpriseId),
        findOrganizationById(tx, a.associationId),
        treasurersOf(tx, a.enterpriseId),
      ]);
      const me = authorizePay(actor, standings, {
        enterprise: enterprise.name,
        association: association.name,
        enterpriseTreasurers: treasurers.map((t) => t.name),
      });
      if (invoice.status !== "open") throw AppError.conflict(t("invoiceAlready", { status: invoice.status }));
      const date = body.date ?? today();
      const paid = await postTransfer(tx, {
        from: { org: enterprise, book: await booksOf(tx, enterprise, "path.id"), debit: PAYABLE, credit: BANK },
        to: { org: association, book: await booksOf(tx, association, "path.id"), debit: BANK, credit: RECEIVABLE },
        kind: "reciprocity",
        amount: BigInt(invoice.amount),
        currency: invoice.currency,
        date,
        description: `Reciprocity paid for ${invoice.periodStart} to ${invoice.periodEnd}`,
        postedBy: me.id,
        commonsId: a.commonsId,
        path: "path.id",
      });
      const [settled] = await tx
        .update(reciprocityInvoices)
        .set({ status: "paid", paidOn: date, paidBy: me.id, paidTransactionId: paid.to.id })
        .where(and(eq(reciprocityInvoices.id, id), eq(reciprocityInvoices.status, "open")))
        .returning();
      if (!settled) throw AppError.conflict(t("invoiceAlready", { status: "paid" }));
      await recordActivity(tx, {
        actorId: me.id,
        verb: "invoice.paid",
        objectType: "invoice",
        objectId: id,
        targetType: "agreement",
        targetId: a.id,
        organizationId: a.enterpriseId,
        data: { amount: String(invoice.amount), currency: invoice.currency, paidOn: date },
      });
      return settled;
    });
  } catch (err) {
    throw integrityProblem(err, INVOICE_CONFLICTS) ?? err;
  }
}

/**
 * The clock raises the invoices of fixed-fee agreements (no revenue to declare) whose periods have
 * ended, one period per agreement per tick. An agreement whose books are not open is left for later.
 */
export async function raiseDueFixedFees(db: Db): Promise<number> {
  const due = await db
    .select({ id: reciprocityAgreements.id })
    .from(reciprocityAgreements)
    .where(
      and(
        inArray(reciprocityAgreements.status, ["active", "ended"]),
        isNull(reciprocityAgreements.revenueShareBp),
        isNotNull(reciprocityAgreements.fixedFee),
        // Only agreements whose period after the last invoiced one has ended, so idle ticks touch nothing.
        sql`(coalesce((select max(i.period_end) + 1 from ${reciprocityInvoices} i where i.agreement_id = ${reciprocityAgreements.id}), ${reciprocityAgreements.startsOn})
          + case ${reciprocityAgreements.period} when 'month' then interval '1 month' when 'quarter' then interval '3 months' else interval '1 year' end
          - interval '1 day')::date <= ${today()}::date`,
        sql`(${reciprocityAgreements.endsOn} is null or coalesce((select max(i.period_end) from ${reciprocityInvoices} i where i.agreement_id = ${reciprocityAgreements.id}), ${reciprocityAgreements.startsOn}) < ${reciprocityAgreements.endsOn})`,
      ),
    )
    .limit(500);
  let raised = 0;
  for (const { id } of due) {
    try {
      const done = await db.transaction(async (tx) => {
        const a = await lockAgreement(tx, id);
        const invoiced = await tx
          .select({ start: reciprocityInvoices.periodStart })
          .from(reciprocityInvoices)
          .where(eq(reciprocityInvoices.agreementId, id));
        const next = firstUninvoiced(a, new Set(invoiced.map((i) => i.start)), today());
        if (!next) return false;
        // Books not open yet: their organization is told (once), and the period waits for a later tick.
        return "invoice" in (await raise(tx, a, next.start, undefined, null));
      });
      if (done) raised++;
    } catch (err) {
      if (!(err instanceof AppError)) throw err;
    }
  }
  return raised;
}
