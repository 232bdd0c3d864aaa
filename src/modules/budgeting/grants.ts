import { asc, eq, inArray } from "drizzle-orm";
import { integrityProblem } from "../../db/errors.ts";
import type { Db, Executor } from "../../db/types.ts";
import { writtenAt } from "../../db/written-at.ts";
import type { Actor } from "../../http/env.ts";
import { AppError } from "../../http/errors.ts";
import { people } from "../accounts/schema.ts";
import { recordActivity } from "../activity/service.ts";
import { accountByCode, BANK, bookOf, INCOME_ACCOUNT, requireBook } from "../ledger/books.ts";
import { postTransaction } from "../ledger/post.ts";
import { accounts } from "../ledger/schema.ts";
import { findOrganizationById, lockedStanding, standingOf } from "../organizations/service.ts";
import { today } from "../treasury/context.ts";
import { budgetLines, expenses } from "../treasury/schema.ts";
import { postTransfer } from "../treasury/transfer.ts";
import { type Call, findCallById } from "./calls.ts";
import type { ReportBody, TrancheBody } from "./inputs.ts";
import { t } from "./messages.ts";
import { authorizePayGrant, authorizeReport, authorizeRunCalls } from "./policy.ts";
import { pbGrants, pbProjects, pbReports, pbTranches } from "./schema.ts";

export type Grant = typeof pbGrants.$inferSelect;

/**
 * Each winning project of the official outcome becomes a grant of its cost from the public body to its
 * team: the organization it was submitted for, or its author. Written in the transaction that stores
 * the results; a project that already has a grant keeps it.
 */
export async function grantWinners(tx: Executor, call: Call, winners: string[]) {
  if (!winners.length) return;
  const projects = await tx
    .select({
      id: pbProjects.id,
      cost: pbProjects.cost,
      authorId: pbProjects.authorId,
      organizationId: pbProjects.organizationId,
      title: pbProjects.title,
    })
    .from(pbProjects)
    .where(inArray(pbProjects.id, winners));
  for (const p of projects) {
    const team = p.organizationId ? await findOrganizationById(tx, p.organizationId) : null;
    const [author] = p.authorId ? await tx.select({ name: people.name }).from(people).where(eq(people.id, p.authorId)) : [];
    await tx
      .insert(pbGrants)
      .values({
        callId: call.id,
        projectId: p.id,
        recipientOrganizationId: team?.id ?? null,
        recipientPersonId: team ? null : p.authorId,
        recipientName: team?.name ?? author?.name ?? p.title,
        amount: p.cost,
      })
      .onConflictDoNothing();
  }
}

async function lockGrant(tx: Executor, id: string) {
  const [grant] = await tx.select().from(pbGrants).where(eq(pbGrants.id, id)).for("update");
  if (!grant) throw AppError.notFound(t("grant"));
  return { grant, call: await findCallById(tx, grant.callId) };
}

/** The body's stewards set a grant's milestones and tranches, once; the database keeps their sum within the grant. */
export async function planTranches(db: Db, actor: Actor | null, grantId: string, body: TrancheBody) {
  return db.transaction(async (tx) => {
    const { grant, call } = await lockGrant(tx, grantId);
    const me = authorizeRunCalls(actor, await lockedStanding(tx, call.organizationId, actor));
    const existing = await tx.select({ id: pbTranches.id }).from(pbTranches).where(eq(pbTranches.grantId, grant.id));
    if (existing.length) throw AppError.conflict(t("tranchesPlanned"));
    if (body.tranches.reduce((s, x) => s + BigInt(x.amount), 0n) > grant.amount) throw AppError.validation("body.tranches", t("overGrant"));
    try {
      await tx.insert(pbTranches).values(
        body.tranches.map((x, i) => ({
          grantId: grant.id,
          position: i + 1,
          milestone: x.milestone,
          amount: BigInt(x.amount),
          dueOn: x.dueOn ?? null,
        })),
      );
    } catch (err) {
      throw integrityProblem(err, { pb_tranches_within_grant: { path: "body.tranches", message: t("overGrant") } }) ?? err;
    }
    await recordActivity(tx, {
      actorId: me.id,
      verb: "grant.planned",
      objectType: "pb_grant",
      objectId: grant.id,
      organizationId: call.organizationId,
      data: { call: call.slug, tranches: body.tranches.length },
    });
    return grant;
  });
}

/**
 * A treasurer of the public body pays a tranche. It is an expense of the call's budget line (so the
 * database's budget-room check keeps all grants within the line) posted in the body's books, and in the
 * recipient organization's books too when it keeps them in Triarchy.
 */
export async function payTranche(db: Db, actor: Actor | null, trancheId: string, opts: { date?: string }) {
  return db.transaction(async (tx) => {
    const [tranche] = await tx.select().from(pbTranches).where(eq(pbTranches.id, trancheId)).for("update");
    if (!tranche) throw AppError.notFound(t("tranche"));
    const { grant, call } = await lockGrant(tx, tranche.grantId);
    const body = await findOrganizationById(tx, call.organizationId);
    const me = authorizePayGrant(actor, await lockedStanding(tx, body.id, actor));
    if (tranche.expenseId) throw AppError.conflict(t("alreadyPaid"));
    if (!call.budgetLineId) throw AppError.conflict(t("noLine"));
    const [line] = await tx
      .select({ accountId: budgetLines.accountId, code: accounts.code })
      .from(budgetLines)
      .innerJoin(accounts, eq(accounts.id, budgetLines.accountId))
      .where(eq(budgetLines.id, call.budgetLineId));
    if (!line) throw AppError.conflict(t("noLine"));
    const [project] = await tx.select({ title: pbProjects.title }).from(pbProjects).where(eq(pbProjects.id, grant.projectId));
    const description = `${call.title}: ${project?.title ?? ""} — ${tranche.milestone}`;
    const date = opts.date ?? today();
    const bodyBook = await requireBook(tx, body.id, body.name, "path.id");
    const team = grant.recipientOrganizationId ? await findOrganizationById(tx, grant.recipientOrganizationId) : null;
    const teamBook = team ? await bookOf(tx, team.id) : undefined;
    try {
      const transaction =
        team && teamBook
          ? (
              await postTransfer(tx, {
                from: { org: body, book: bodyBook, debit: line.code, credit: BANK },
                to: { org: team, book: teamBook, debit: BANK, credit: INCOME_ACCOUNT.grant },
                kind: "grant",
                amount: tranche.amount,
                currency: call.currency,
                date,
                description,
                postedBy: me.id,
                path: "path.id",
              })
            ).from
          : await postTransaction(tx, {
              bookId: bodyBook.id,
              organizationId: body.id,
              kind: "grant",
              date,
              description,
              counterparty: team
                ? { kind: team.kind, organizationId: team.id, name: team.name }
                : { kind: "individual", personId: grant.recipientPersonId, name: grant.recipientName },
              postedBy: me.id,
              postings: [
                { accountId: line.accountId, amount: tranche.amount, currency: call.currency },
                { accountId: (await accountByCode(tx, bodyBook.id, BANK, "path.id")).id, amount: -tranche.amount, currency: call.currency },
              ],
              path: "path.id",
            });
      const [expense] = await tx
        .insert(expenses)
        .values({
          organizationId: body.id,
          submittedBy: me.id,
          payeePersonId: grant.recipientPersonId,
          payeeName: grant.recipientName,
          amount: tranche.amount,
          currency: call.currency,
          purpose: description,
          accountId: line.accountId,
          budgetLineId: call.budgetLineId,
          status: "paid",
          approval: "budget",
          decidedBy: me.id,
          decidedAt: writtenAt,
          decisionNote: `Grant of ${call.title}`,
          transactionId: transaction.id,
          paidAt: writtenAt,
        })
        .returning({ id: expenses.id });
      if (!expense) throw new Error("insert returned no expense");
      const [paid] = await tx
        .update(pbTranches)
        .set({ expenseId: expense.id, paidAt: writtenAt })
        .where(eq(pbTranches.id, tranche.id))
        .returning();
      await recordActivity(tx, {
        actorId: me.id,
        verb: "grant.tranche_paid",
        objectType: "pb_grant",
        objectId: grant.id,
        organizationId: body.id,
        audience: grant.recipientPersonId ? [grant.recipientPersonId] : [],
        data: {
          call: call.slug,
          milestone: tranche.milestone,
          amount: String(tranche.amount),
          currency: call.currency,
          to: grant.recipientName,
        },
      });
      return paid ?? tranche;
    } catch (err) {
      throw integrityProblem(err, { expenses_budget_room: { path: "path.id", message: t("lineRoom") } }) ?? err;
    }
  });
}

/** The project's team reports progress with evidence; the grant shows the latest progress. */
export async function reportProgress(db: Db, actor: Actor | null, grantId: string, body: ReportBody) {
  return db.transaction(async (tx) => {
    const { grant, call } = await lockGrant(tx, grantId);
    const [project] = await tx.select().from(pbProjects).where(eq(pbProjects.id, grant.projectId));
    const team = grant.recipientOrganizationId ? await standingOf(tx, grant.recipientOrganizationId, actor) : null;
    const me = authorizeReport(actor, project?.authorId ?? null, team);
    const [report] = await tx
      .insert(pbReports)
      .values({ grantId, authorId: me.id, body: body.body, progress: body.progress, evidence: body.evidence })
      .returning();
    await tx
      .update(pbGrants)
      .set({ progress: body.progress, status: body.progress === 100 ? "completed" : grant.status })
      .where(eq(pbGrants.id, grantId));
    await recordActivity(tx, {
      actorId: me.id,
      verb: "grant.reported",
      objectType: "pb_grant",
      objectId: grant.id,
      organizationId: call.organizationId,
      data: { call: call.slug, progress: body.progress, title: project?.title ?? "" },
    });
    return report;
  });
}

/** Every grant of a call with its tranches and reports: the accountability page. */
export async function accountability(db: Executor, callId: string) {
  const grants = await db
    .select({
      grant: pbGrants,
      project: {
        id: pbProjects.id,
        number: pbProjects.number,
        title: pbProjects.title,
        commonsId: pbProjects.commonsId,
        authorId: pbProjects.authorId,
      },
    })
    .from(pbGrants)
    .innerJoin(pbProjects, eq(pbProjects.id, pbGrants.projectId))
    .where(eq(pbGrants.callId, callId))
    .orderBy(asc(pbProjects.number));
  const ids = grants.map((g) => g.grant.id);
  const tranches = ids.length
    ? await db.select().from(pbTranches).where(inArray(pbTranches.grantId, ids)).orderBy(asc(pbTranches.position))
    : [];
  const reports = ids.length
    ? await db.select().from(pbReports).where(inArray(pbReports.grantId, ids)).orderBy(asc(pbReports.createdAt))
    : [];
  return grants.map((g) => ({
    ...g,
    tranches: tranches.filter((x) => x.grantId === g.grant.id),
    reports: reports.filter((r) => r.grantId === g.grant.id),
  }));
}
