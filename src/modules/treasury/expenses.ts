import { createHash } from "node:crypto";
import { eq } from "drizzle-orm";
import { integrityProblem } from "../../db/errors.ts";
import type { Db, Executor } from "../../db/types.ts";
import { writtenAt } from "../../db/written-at.ts";
import type { Actor } from "../../http/env.ts";
import { AppError } from "../../http/errors.ts";
import { now } from "../../now.ts";
import { people } from "../accounts/schema.ts";
import { recordActivity } from "../activity/service.ts";
import { insertProposal } from "../decisions/service.ts";
import { accountByCode, BANK, requireCurrency } from "../ledger/books.ts";
import { postTransaction } from "../ledger/post.ts";
import { booksOf, orgContext, orgContextById, today } from "./context.ts";
import type { DecisionTermsBody, ExpenseBody } from "./inputs.ts";
import { t } from "./messages.ts";
import { authorizeSubmitExpense, authorizeSubmitter, authorizeTreasurer } from "./policy.ts";
import { budgetLines, budgets, expenses, receipts } from "./schema.ts";

export type Expense = typeof expenses.$inferSelect;

/** Receipts up to 5 MB, as images or PDF. */
export const MAX_RECEIPT_BYTES = 5 * 1024 * 1024;
export const RECEIPT_TYPES = ["application/pdf", "image/png", "image/jpeg", "image/webp"] as const;

const EXPENSE_CONSTRAINTS = {
  expenses_budget_room: { path: "body.budgetLine", message: t("budgetRoom") },
  expenses_budget_approved: { path: "body.budgetLine", message: t("budgetApproved") },
  expenses_decision_passed: { path: "path.id", message: t("decisionPassed") },
  expenses_final: { path: "path.id", message: t("settled") },
  account_balances_floor: { path: "body.from", message: t("notEnough") },
};

async function personByHandle(tx: Executor, handle: string, path: string) {
  const [p] = await tx.select({ id: people.id, name: people.name }).from(people).where(eq(people.handle, handle));
  if (!p) throw AppError.validation(path, t("noHandle", { handle }));
  return p;
}

function record(tx: Executor, actorId: string | null, verb: string, e: Expense, data: Record<string, unknown> = {}) {
  return recordActivity(tx, {
    actorId,
    verb,
    objectType: "expense",
    objectId: e.id,
    organizationId: e.organizationId,
    data: { purpose: e.purpose, amount: String(e.amount), currency: e.currency, ...data },
  });
}

/** Any member submits an expense; nothing is paid until it is approved. */
export async function submitExpense(db: Db, actor: Actor | null, slug: string, body: ExpenseBody) {
  return db.transaction(async (tx) => {
    const { org, standing } = await orgContext(tx, actor, slug);
    const me = authorizeSubmitExpense(actor, standing);
    const book = await booksOf(tx, org);
    const account = await accountByCode(tx, book.id, body.account ?? "expenses:operations", "body.account");
    if (account.type !== "expense") throw AppError.validation("body.account", t("expenseAccount"));
    requireCurrency(account, body.currency, "body.currency");
    const payee = body.payeeName ? null : body.payee ? await personByHandle(tx, body.payee, "body.payee") : { id: me.id, name: me.name };
    const [expense] = await tx
      .insert(expenses)
      .values({
        organizationId: org.id,
        submittedBy: me.id,
        payeePersonId: payee?.id ?? null,
        payeeName: payee?.name ?? body.payeeName ?? me.name,
        amount: BigInt(body.amount),
        currency: body.currency,
        purpose: body.purpose,
        accountId: account.id,
      })
      .returning();
    if (!expense) throw new Error("insert returned no expense");
    await record(tx, me.id, "expense.submitted", expense);
    return expense;
  });
}

/** Locks an expense and loads its organization and the actor's standing there. */
async function lockExpense(tx: Executor, actor: Actor | null, id: string) {
  const [expense] = await tx.select().from(expenses).where(eq(expenses.id, id)).for("update");
  if (!expense) throw AppError.notFound(t("expense"));
  return { expense, ...(await orgContextById(tx, actor, expense.organizationId)) };
}

function requireWaiting(e: Expense) {
  if (e.status !== "submitted") throw AppError.conflict(t("expenseStatus", { status: e.status }));
}

export async function attachReceipt(db: Db, actor: Actor | null, id: string, file: { name: string; type: string; data: Buffer }) {
  if (!(RECEIPT_TYPES as readonly string[]).includes(file.type)) {
    throw AppError.validation("body.file", t("receiptType"));
  }
  if (file.data.length > MAX_RECEIPT_BYTES)
    throw new AppError(413, "payload-too-large", t("receiptSize"), [{ path: "body.file", message: t("receiptSize") }]);
  if (!file.data.length) throw AppError.validation("body.file", t("receiptEmpty"));
  return db.transaction(async (tx) => {
    const { expense, standing } = await lockExpense(tx, actor, id);
    const me = authorizeSubmitter(actor, standing, expense.submittedBy);
    if (expense.status === "paid" || expense.status === "withdrawn")
      throw AppError.conflict(t("expenseStatus", { status: expense.status }));
    const values = {
      filename: file.name.slice(0, 200) || "receipt",
      contentType: file.type,
      size: file.data.length,
      sha256: createHash("sha256").update(file.data).digest("hex"),
      data: file.data,
      uploadedAt: now(),
    };
    await tx
      .insert(receipts)
      .values({ expenseId: id, ...values })
      .onConflictDoUpdate({ target: receipts.expenseId, set: values });
    await record(tx, me.id, "expense.receipt_attached", expense, { filename: values.filename });
    return expense;
  });
}

/** Puts an expense to the members' vote; when the proposal passes, the expense is approved. */
export async function putToVote(db: Db, actor: Actor | null, id: string, terms: DecisionTermsBody) {
  return db.transaction(async (tx) => {
    const { expense, org, standing } = await lockExpense(tx, actor, id);
    const me = authorizeSubmitter(actor, standing, expense.submittedBy);
    requireWaiting(expense);
    if (expense.proposalId) throw AppError.conflict(t("alreadyBeforeMembers"));
    const proposal = await insertProposal(tx, me, org, {
      ...terms,
      title: terms.title ?? `Pay ${expense.payeeName} for: ${expense.purpose}`.slice(0, 200),
      options: undefined,
      scoreMax: undefined,
    });
    await tx.update(expenses).set({ proposalId: proposal.id, updatedAt: writtenAt }).where(eq(expenses.id, id));
    return proposal;
  });
}

/** A treasurer approves an expense within a budget line the members approved; the database checks the room left. */
export async function approveWithinBudget(db: Db, actor: Actor | null, id: string, lineId: string) {
  return db.transaction(async (tx) => {
    const { expense, standing } = await lockExpense(tx, actor, id);
    const me = authorizeTreasurer(actor, standing);
    requireWaiting(expense);
    if (expense.proposalId) throw AppError.conflict(t("beforeMembers"));
    try {
      const [approved] = await tx
        .update(expenses)
        .set({
          status: "approved",
          approval: "budget",
          budgetLineId: lineId,
          decidedBy: me.id,
          decidedAt: writtenAt,
          updatedAt: writtenAt,
        })
        .where(eq(expenses.id, id))
        .returning();
      if (!approved) throw new Error("update returned no expense");
      await record(tx, me.id, "expense.approved", approved, { by: "budget" });
      return approved;
    } catch (err) {
      throw integrityProblem(err, EXPENSE_CONSTRAINTS) ?? foreignLine(err) ?? err;
    }
  });
}

const foreignLine = (err: unknown) =>
  integrityProblem(err, {
    expenses_budget_line_id_budget_lines_id_fk: { path: "body.budgetLine", message: t("noSuchLine") },
  });

/** A treasurer turns down an expense that is not before the members, with a public note. */
export async function rejectExpense(db: Db, actor: Actor | null, id: string, note: string) {
  return db.transaction(async (tx) => {
    const { expense, standing } = await lockExpense(tx, actor, id);
    const me = authorizeTreasurer(actor, standing);
    requireWaiting(expense);
    if (expense.proposalId) throw AppError.conflict(t("beforeMembers"));
    const [rejected] = await tx
      .update(expenses)
      .set({ status: "rejected", decidedBy: me.id, decidedAt: writtenAt, decisionNote: note, updatedAt: writtenAt })
      .where(eq(expenses.id, id))
      .returning();
    if (!rejected) throw new Error("update returned no expense");
    await record(tx, me.id, "expense.rejected", rejected, { by: "treasurer" });
    return rejected;
  });
}

export async function withdrawExpense(db: Db, actor: Actor | null, id: string) {
  return db.transaction(async (tx) => {
    const { expense, standing } = await lockExpense(tx, actor, id);
    const me = authorizeSubmitter(actor, standing, expense.submittedBy);
    requireWaiting(expense);
    if (expense.proposalId) throw AppError.conflict(t("cancelProposalFirst"));
    const [withdrawn] = await tx.update(expenses).set({ status: "withdrawn", updatedAt: writtenAt }).where(eq(expenses.id, id)).returning();
    if (!withdrawn) throw new Error("update returned no expense");
    await record(tx, me.id, "expense.withdrawn", withdrawn);
    return withdrawn;
  });
}

/** The decision behind an approved expense: its own proposal, or the one that approved its budget. */
async function authorisingDecision(tx: Executor, e: Expense): Promise<string | null> {
  if (e.approval === "decision") return e.proposalId;
  if (!e.budgetLineId) return null;
  const [row] = await tx
    .select({ proposalId: budgets.proposalId })
    .from(budgetLines)
    .innerJoin(budgets, eq(budgets.id, budgetLines.budgetId))
    .where(eq(budgetLines.id, e.budgetLineId));
  return row?.proposalId ?? null;
}

/**
 * A treasurer pays an approved expense: one transaction debits its expense account and credits the
 * account it is paid from, carrying the decision that authorised it; the expense is marked paid in
 * the same database transaction.
 */
export async function payExpense(db: Db, actor: Actor | null, id: string, opts: { date?: string; from?: string }) {
  return db.transaction(async (tx) => {
    const { expense, org, standing } = await lockExpense(tx, actor, id);
    const me = authorizeTreasurer(actor, standing);
    if (expense.status !== "approved") {
      throw AppError.conflict(expense.status === "submitted" ? t("notApproved") : t("expenseStatus", { status: expense.status }));
    }
    const book = await booksOf(tx, org);
    const from = await accountByCode(tx, book.id, opts.from ?? BANK, "body.from");
    if (from.type !== "asset" && from.type !== "liability") throw AppError.validation("body.from", t("payFrom"));
    requireCurrency(from, expense.currency, "body.from");
    try {
      const transaction = await postTransaction(tx, {
        bookId: book.id,
        organizationId: org.id,
        kind: "expense",
        date: opts.date ?? today(),
        description: expense.purpose,
        counterparty: { kind: "individual", personId: expense.payeePersonId, name: expense.payeeName },
        decisionId: await authorisingDecision(tx, expense),
        postedBy: me.id,
        postings: [
          { accountId: expense.accountId, amount: expense.amount, currency: expense.currency },
          { accountId: from.id, amount: -expense.amount, currency: expense.currency },
        ],
        path: "body.from",
      });
      const [paid] = await tx
        .update(expenses)
        .set({ status: "paid", transactionId: transaction.id, paidAt: writtenAt, updatedAt: writtenAt })
        .where(eq(expenses.id, id))
        .returning();
      if (!paid) throw new Error("update returned no expense");
      await record(tx, me.id, "expense.paid", paid);
      return paid;
    } catch (err) {
      throw integrityProblem(err, EXPENSE_CONSTRAINTS) ?? err;
    }
  });
}
