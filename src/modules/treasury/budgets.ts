import { and, asc, eq, sql } from "drizzle-orm";
import type { Db, Executor } from "../../db/types.ts";
import type { Actor } from "../../http/env.ts";
import { AppError } from "../../http/errors.ts";
import { recordActivity } from "../activity/service.ts";
import { insertProposal } from "../decisions/service.ts";
import { accountByCode } from "../ledger/books.ts";
import { t as ledger } from "../ledger/messages.ts";
import { accounts } from "../ledger/schema.ts";
import { booksOf, orgContext, orgContextById } from "./context.ts";
import type { BudgetBody, DecisionTermsBody } from "./inputs.ts";
import { t } from "./messages.ts";
import { authorizeTreasurer } from "./policy.ts";
import { budgetLines, budgets, expenses } from "./schema.ts";

async function lineValues(tx: Executor, bookId: string, currency: string, body: BudgetBody) {
  const values = [];
  for (const [i, l] of body.lines.entries()) {
    const account = await accountByCode(tx, bookId, l.account, `body.lines.${i}.account`);
    const lineCurrency = l.currency ?? currency;
    if (!account.currencies.includes(lineCurrency)) {
      throw AppError.validation(
        `body.lines.${i}.currency`,
        ledger("currencyNotHeld", { code: account.code, held: account.currencies.join(", "), currency: lineCurrency }),
      );
    }
    values.push({ name: l.name, accountId: account.id, amount: BigInt(l.amount), currency: lineCurrency, position: i });
  }
  return values;
}

/** A treasurer drafts a year's budget; it binds nobody until the members approve it by a decision. */
export async function draftBudget(db: Db, actor: Actor | null, slug: string, body: BudgetBody) {
  return db.transaction(async (tx) => {
    const { org, standing } = await orgContext(tx, actor, slug);
    const me = authorizeTreasurer(actor, standing);
    const book = await booksOf(tx, org);
    const [budget] = await tx
      .insert(budgets)
      .values({ organizationId: org.id, year: body.year, title: body.title, createdBy: me.id })
      .returning();
    if (!budget) throw new Error("insert returned no budget");
    await tx.insert(budgetLines).values((await lineValues(tx, book.id, book.currency, body)).map((l) => ({ ...l, budgetId: budget.id })));
    await recordActivity(tx, {
      actorId: me.id,
      verb: "budget.drafted",
      objectType: "budget",
      objectId: budget.id,
      organizationId: org.id,
      data: { title: budget.title, year: budget.year },
    });
    return budget;
  });
}

async function lockBudget(tx: Executor, actor: Actor | null, id: string) {
  const [budget] = await tx.select().from(budgets).where(eq(budgets.id, id)).for("update");
  if (!budget) throw AppError.notFound(t("budget"));
  return { budget, ...(await orgContextById(tx, actor, budget.organizationId)) };
}

/** Replaces a draft's lines (the database refuses once it has been put to a vote). */
export async function reviseBudget(db: Db, actor: Actor | null, id: string, body: BudgetBody) {
  return db.transaction(async (tx) => {
    const { budget, org, standing } = await lockBudget(tx, actor, id);
    const me = authorizeTreasurer(actor, standing);
    if (budget.status !== "draft") throw AppError.conflict(t("draftOnly"));
    const book = await booksOf(tx, org);
    await tx.delete(budgetLines).where(eq(budgetLines.budgetId, id));
    await tx.insert(budgetLines).values((await lineValues(tx, book.id, book.currency, body)).map((l) => ({ ...l, budgetId: id })));
    const [updated] = await tx.update(budgets).set({ year: body.year, title: body.title }).where(eq(budgets.id, id)).returning();
    await recordActivity(tx, {
      actorId: me.id,
      verb: "budget.revised",
      objectType: "budget",
      objectId: id,
      organizationId: org.id,
      data: { title: body.title },
    });
    return updated ?? budget;
  });
}

/** Puts a draft budget to the members; when the proposal passes, its lines bind the treasurers. */
export async function proposeBudget(db: Db, actor: Actor | null, id: string, terms: DecisionTermsBody) {
  return db.transaction(async (tx) => {
    const { budget, org, standing } = await lockBudget(tx, actor, id);
    const me = authorizeTreasurer(actor, standing);
    if (budget.status !== "draft") throw AppError.conflict(t("notDraft", { status: budget.status }));
    const proposal = await insertProposal(tx, me, org, {
      ...terms,
      title: terms.title ?? `Approve the budget "${budget.title}" for ${budget.year}`,
      options: undefined,
      scoreMax: undefined,
    });
    await tx.update(budgets).set({ status: "proposed", proposalId: proposal.id }).where(eq(budgets.id, id));
    return proposal;
  });
}

/** Budgets of a year with each line's spending: paid, committed (approved, not yet paid) and what is left. */
export async function listBudgets(db: Executor, slug: string, year?: number) {
  const { org } = await orgContext(db, null, slug);
  const rows = await db
    .select({
      budget: budgets,
      line: budgetLines,
      account: { code: accounts.code, name: accounts.name },
      paid: sql<string>`coalesce((select sum(${expenses.amount}) from ${expenses} where ${expenses.budgetLineId} = ${budgetLines.id} and ${expenses.status} = 'paid'), 0)`,
      committed: sql<string>`coalesce((select sum(${expenses.amount}) from ${expenses} where ${expenses.budgetLineId} = ${budgetLines.id} and ${expenses.status} = 'approved'), 0)`,
    })
    .from(budgets)
    .leftJoin(budgetLines, eq(budgetLines.budgetId, budgets.id))
    .leftJoin(accounts, eq(accounts.id, budgetLines.accountId))
    .where(and(eq(budgets.organizationId, org.id), year ? eq(budgets.year, year) : undefined))
    .orderBy(sql`${budgets.year} desc`, sql`${budgets.createdAt} desc`, asc(budgetLines.position));
  const byId = new Map<string, { budget: (typeof rows)[number]["budget"]; lines: ReturnType<typeof lineView>[] }>();
  for (const r of rows) {
    const entry = byId.get(r.budget.id) ?? { budget: r.budget, lines: [] };
    if (r.line && r.account) entry.lines.push(lineView(r.line, r.account, r.paid, r.committed));
    byId.set(r.budget.id, entry);
  }
  return [...byId.values()].map(({ budget, lines }) => ({
    id: budget.id,
    year: budget.year,
    title: budget.title,
    status: budget.status,
    proposalId: budget.proposalId,
    createdAt: budget.createdAt.toISOString(),
    lines,
  }));
}

function lineView(line: typeof budgetLines.$inferSelect, account: { code: string; name: string }, paid: string, committed: string) {
  const left = line.amount - BigInt(paid) - BigInt(committed);
  return {
    id: line.id,
    name: line.name,
    account,
    currency: line.currency,
    amount: String(line.amount),
    paid: String(paid),
    committed: String(committed),
    left: String(left),
  };
}
