import { and, eq, inArray } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { z } from "zod";
import { CursorTime, exactTime, keyset } from "../../db/keyset.ts";
import type { Executor } from "../../db/types.ts";
import type { Actor } from "../../http/env.ts";
import { AppError } from "../../http/errors.ts";
import { decodeCursor, page } from "../../http/pagination.ts";
import { people } from "../accounts/schema.ts";
import { personRef } from "../accounts/views.ts";
import { proposals } from "../decisions/schema.ts";
import { isTreasurer } from "../ledger/policy.ts";
import { accounts } from "../ledger/schema.ts";
import { organizations } from "../organizations/schema.ts";
import { standingOf } from "../organizations/service.ts";
import { orgContext } from "./context.ts";
import { t } from "./messages.ts";
import { authorizeSeeReceipt, canSeeReceipt } from "./policy.ts";
import { budgetLines, budgets, type EXPENSE_STATUSES, expenses, receipts } from "./schema.ts";

const submitter = alias(people, "submitter");
const payee = alias(people, "payee");
const decider = alias(people, "decider");
const budgetDecision = alias(proposals, "budget_decision");

const expenseFields = {
  e: expenses,
  organization: { slug: organizations.slug, name: organizations.name },
  submitter: { handle: submitter.handle, name: submitter.name },
  payee: { handle: payee.handle, name: payee.name },
  decider: { handle: decider.handle, name: decider.name },
  account: { code: accounts.code, name: accounts.name },
  decision: {
    id: proposals.id,
    title: proposals.title,
    status: proposals.status,
    outcome: proposals.outcome,
    closesAt: proposals.closesAt,
  },
  line: { id: budgetLines.id, name: budgetLines.name },
  budget: { id: budgets.id, title: budgets.title, year: budgets.year },
  budgetDecision: { id: budgetDecision.id, title: budgetDecision.title },
  receipt: { filename: receipts.filename, contentType: receipts.contentType, size: receipts.size, uploadedAt: receipts.uploadedAt },
  exactCreatedAt: exactTime(expenses.createdAt),
};

function expenseQuery(db: Executor) {
  return db
    .select(expenseFields)
    .from(expenses)
    .innerJoin(organizations, eq(organizations.id, expenses.organizationId))
    .innerJoin(accounts, eq(accounts.id, expenses.accountId))
    .leftJoin(submitter, eq(submitter.id, expenses.submittedBy))
    .leftJoin(payee, eq(payee.id, expenses.payeePersonId))
    .leftJoin(decider, eq(decider.id, expenses.decidedBy))
    .leftJoin(proposals, eq(proposals.id, expenses.proposalId))
    .leftJoin(budgetLines, eq(budgetLines.id, expenses.budgetLineId))
    .leftJoin(budgets, eq(budgets.id, budgetLines.budgetId))
    .leftJoin(budgetDecision, eq(budgetDecision.id, budgets.proposalId))
    .leftJoin(receipts, eq(receipts.expenseId, expenses.id));
}

type ExpenseRow = Awaited<ReturnType<ReturnType<typeof expenseQuery>["execute"]>>[number];

/** What everyone may see of an expense, and the authority behind it; the receipt only as its name unless the viewer may open it. */
function expenseView(r: ExpenseRow) {
  const { e } = r;
  return {
    id: e.id,
    organization: r.organization,
    submittedBy: personRef(r.submitter),
    payee: { name: e.payeeName, person: personRef(r.payee) },
    amount: String(e.amount),
    currency: e.currency,
    purpose: e.purpose,
    account: r.account,
    status: e.status,
    approval: e.approval,
    decision: r.decision?.id ? { ...r.decision, closesAt: r.decision.closesAt.toISOString() } : null,
    budgetLine:
      r.line?.id && r.budget?.id
        ? { id: r.line.id, name: r.line.name, budget: { ...r.budget, decision: r.budgetDecision?.id ? r.budgetDecision : null } }
        : null,
    decidedBy: personRef(r.decider),
    decidedAt: e.decidedAt?.toISOString() ?? null,
    decisionNote: e.decisionNote,
    transactionId: e.transactionId,
    paidAt: e.paidAt?.toISOString() ?? null,
    receipt: r.receipt?.filename
      ? {
          filename: r.receipt.filename,
          contentType: r.receipt.contentType,
          size: r.receipt.size,
          uploadedAt: r.receipt.uploadedAt.toISOString(),
        }
      : null,
    createdAt: e.createdAt.toISOString(),
  };
}

export async function getExpense(db: Executor, viewer: Actor | null, id: string) {
  const [row] = await expenseQuery(db).where(eq(expenses.id, id));
  if (!row) throw AppError.notFound(t("expense"));
  const standing = await standingOf(db, row.e.organizationId, viewer);
  const mine = !!viewer && viewer.id === row.e.submittedBy;
  return {
    ...expenseView(row),
    viewer: {
      isSubmitter: mine,
      isTreasurer: !!viewer && isTreasurer(standing),
      canSeeReceipt: canSeeReceipt(viewer, standing, row.e.submittedBy),
    },
  };
}

const expensesNewestFirst = keyset(
  [
    { column: expenses.createdAt, type: "timestamptz" },
    { column: expenses.id, type: "uuid" },
  ],
  "desc",
);

export async function listExpenses(
  db: Executor,
  slug: string,
  f: { status?: (typeof EXPENSE_STATUSES)[number][]; cursor?: string; limit: number },
) {
  const { org } = await orgContext(db, null, slug);
  const after = decodeCursor(f.cursor, z.tuple([CursorTime, z.uuid()]));
  const rows = await expenseQuery(db)
    .where(
      and(
        eq(expenses.organizationId, org.id),
        f.status?.length ? inArray(expenses.status, f.status) : undefined,
        expensesNewestFirst.after(after),
      ),
    )
    .orderBy(...expensesNewestFirst.orderBy)
    .limit(f.limit + 1);
  return page(rows, f.limit, expenseView, (r) => [r.exactCreatedAt, r.e.id]);
}

/** The receipt file, for the submitter and the organization's members. */
export async function readReceipt(db: Executor, viewer: Actor | null, id: string) {
  const [row] = await db
    .select({ r: receipts, organizationId: expenses.organizationId, submittedBy: expenses.submittedBy })
    .from(receipts)
    .innerJoin(expenses, eq(expenses.id, receipts.expenseId))
    .where(eq(receipts.expenseId, id));
  if (!row) throw AppError.notFound(t("receipt"));
  authorizeSeeReceipt(viewer, await standingOf(db, row.organizationId, viewer), row.submittedBy);
  return row.r;
}
