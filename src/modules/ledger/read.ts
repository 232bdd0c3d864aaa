import { and, asc, eq, inArray, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { z } from "zod";
import { keyset } from "../../db/keyset.ts";
import { rowsOf } from "../../db/rows.ts";
import type { Executor } from "../../db/types.ts";
import type { Actor } from "../../http/env.ts";
import { AppError } from "../../http/errors.ts";
import { decodeCursor, page } from "../../http/pagination.ts";
import { people } from "../accounts/schema.ts";
import { personRef } from "../accounts/views.ts";
import { proposals } from "../decisions/schema.ts";
import { organizations } from "../organizations/schema.ts";
import { findOrganization, standingOf } from "../organizations/service.ts";
import { bookOf } from "./books.ts";
import { t } from "./messages.ts";
import { money } from "./money.ts";
import { canKeepBooks } from "./policy.ts";
import { accountBalances, accounts, ledgerMonths, postings, type TRANSACTION_KINDS, transactions } from "./schema.ts";

const counterpartyOrg = alias(organizations, "counterparty_org");
const reversal = alias(transactions, "reversal");

/** Every account with its balance per currency; anyone may read an organization's books. */
export async function listAccounts(db: Executor, viewer: Actor | null, slug: string) {
  const org = await findOrganization(db, slug);
  const book = await bookOf(db, org.id);
  const viewerKeepsBooks = canKeepBooks(viewer, await standingOf(db, org.id, viewer));
  if (!book) return { opened: false, currency: null, accounts: [], canKeepBooks: viewerKeepsBooks };
  const rows = await db
    .select({ account: accounts, currency: accountBalances.currency, balance: accountBalances.balance })
    .from(accounts)
    .leftJoin(accountBalances, eq(accountBalances.accountId, accounts.id))
    .where(eq(accounts.bookId, book.id))
    .orderBy(asc(accounts.code));
  const byId = new Map<string, { account: (typeof rows)[number]["account"]; balances: { amount: string; currency: string }[] }>();
  for (const r of rows) {
    const entry = byId.get(r.account.id) ?? { account: r.account, balances: [] };
    if (r.currency && r.balance !== null) entry.balances.push(money(r.balance, r.currency));
    byId.set(r.account.id, entry);
  }
  return {
    opened: true,
    currency: book.currency,
    canKeepBooks: viewerKeepsBooks,
    accounts: [...byId.values()].map(({ account: a, balances }) => ({
      id: a.id,
      code: a.code,
      name: a.name,
      type: a.type,
      currencies: a.currencies,
      allowNegative: a.allowNegative,
      balances,
    })),
  };
}

const transactionFields = {
  t: transactions,
  counterpartyOrg: { slug: counterpartyOrg.slug, name: counterpartyOrg.name, kind: counterpartyOrg.kind },
  decision: { id: proposals.id, title: proposals.title, outcome: proposals.outcome },
  postedBy: { handle: people.handle, name: people.name },
  reversedBy: reversal.id,
};

function transactionQuery(db: Executor) {
  return db
    .select(transactionFields)
    .from(transactions)
    .leftJoin(counterpartyOrg, eq(counterpartyOrg.id, transactions.counterpartyOrganizationId))
    .leftJoin(proposals, eq(proposals.id, transactions.decisionId))
    .leftJoin(people, eq(people.id, transactions.postedBy))
    .leftJoin(reversal, eq(reversal.reversesId, transactions.id));
}

type TransactionRow = Awaited<ReturnType<ReturnType<typeof transactionQuery>["execute"]>>[number];

/** The expense, donation or fee behind each transaction, for linking from the public list. */
async function sourcesOf(db: Executor, ids: string[]) {
  if (!ids.length) return new Map<string, { type: "expense" | "donation"; id: string; label: string }>();
  const rows = await rowsOf<{ transaction_id: string; type: "expense" | "donation"; id: string; label: string }>(
    db,
    sql`select transaction_id, 'expense' as type, id, purpose as label from expenses where transaction_id in ${ids}
        union all
        select transaction_id, 'donation' as type, id, '' as label from donations where transaction_id in ${ids}`,
  );
  return new Map(rows.map((r) => [r.transaction_id, { type: r.type, id: r.id, label: r.label }]));
}

async function withPostings(db: Executor, rows: TransactionRow[]) {
  const ids = rows.map((r) => r.t.id);
  const lines = ids.length
    ? await db
        .select({
          transactionId: postings.transactionId,
          amount: postings.amount,
          currency: postings.currency,
          memo: postings.memo,
          code: accounts.code,
          name: accounts.name,
        })
        .from(postings)
        .innerJoin(accounts, eq(accounts.id, postings.accountId))
        .where(inArray(postings.transactionId, ids))
        .orderBy(asc(postings.id))
    : [];
  const sources = await sourcesOf(db, ids);
  return rows.map((r) => ({
    id: r.t.id,
    seq: r.t.seq,
    date: r.t.date,
    kind: r.t.kind,
    description: r.t.description,
    counterparty: {
      kind: r.t.counterpartyKind,
      name: r.t.counterpartyName,
      organization: r.counterpartyOrg?.slug ? r.counterpartyOrg : null,
    },
    postings: lines
      .filter((l) => l.transactionId === r.t.id)
      .map((l) => ({ account: { code: l.code, name: l.name }, ...money(l.amount, l.currency), memo: l.memo })),
    decision: r.decision?.id ? r.decision : null,
    source: sources.get(r.t.id) ?? null,
    transferId: r.t.transferId,
    reverses: r.t.reversesId,
    reversedBy: r.reversedBy,
    postedBy: personRef(r.postedBy),
    postedAt: r.t.postedAt.toISOString(),
  }));
}

export interface TransactionFilter {
  kind?: (typeof TRANSACTION_KINDS)[number];
  cursor?: string;
  limit: number;
}

const latestFirst = keyset(
  [
    { column: transactions.date, type: "date" },
    { column: transactions.seq, type: "bigint" },
  ],
  "desc",
);

/** Every transaction of an organization's books, latest first, each with the decision that authorised it. */
export async function listTransactions(db: Executor, slug: string, f: TransactionFilter) {
  const org = await findOrganization(db, slug);
  const book = await bookOf(db, org.id);
  if (!book) return { items: [], nextCursor: null };
  const after = decodeCursor(f.cursor, z.tuple([z.iso.date(), z.number().int()]));
  const rows = await transactionQuery(db)
    .where(and(eq(transactions.bookId, book.id), f.kind ? eq(transactions.kind, f.kind) : undefined, latestFirst.after(after)))
    .orderBy(...latestFirst.orderBy)
    .limit(f.limit + 1);
  const { items, nextCursor } = page(
    rows,
    f.limit,
    (r) => r,
    (r) => [r.t.date, r.t.seq],
  );
  return { items: await withPostings(db, items), nextCursor };
}

export async function getTransaction(db: Executor, id: string) {
  const rows = await transactionQuery(db).where(eq(transactions.id, id));
  if (!rows.length) throw AppError.notFound(t("transaction"));
  const [detail] = await withPostings(db, rows);
  if (!detail) throw AppError.notFound(t("transaction"));
  const [owner] = await db
    .select({ slug: organizations.slug, name: organizations.name, kind: organizations.kind })
    .from(transactions)
    .innerJoin(organizations, sql`${organizations.id} = (select organization_id from books where id = ${transactions.bookId})`)
    .where(eq(transactions.id, id));
  return { ...detail, organization: owner ?? null };
}

type FlowTotals = { total: bigint; byKind: Map<string, bigint>; bySource: Map<string, bigint> };
const emptyFlow = (): FlowTotals => ({ total: 0n, byKind: new Map(), bySource: new Map() });
const add = (m: Map<string, bigint>, k: string, v: bigint) => m.set(k, (m.get(k) ?? 0n) + v);
const flowView = (f: FlowTotals) => ({
  total: String(f.total),
  byKind: Object.fromEntries([...f.byKind].map(([k, v]) => [k, String(v)])),
  bySource: Object.fromEntries([...f.bySource].map(([k, v]) => [k, String(v)])),
});

/**
 * Income and spending per month, by kind and by source, from the monthly rollup the database keeps:
 * the report reads a few rows per month whatever the number of transactions. Income is what income
 * accounts were credited, spending what expense accounts were debited.
 */
export async function monthlyReport(db: Executor, slug: string, range: { from: string; to: string }) {
  const org = await findOrganization(db, slug);
  const book = await bookOf(db, org.id);
  if (!book) return { currency: null, from: range.from, to: range.to, months: [] };
  const rows = await db
    .select({
      month: ledgerMonths.month,
      currency: ledgerMonths.currency,
      kind: ledgerMonths.kind,
      source: ledgerMonths.counterpartyKind,
      type: accounts.type,
      amount: sql<string>`sum(${ledgerMonths.amount})`,
    })
    .from(ledgerMonths)
    .innerJoin(accounts, eq(accounts.id, ledgerMonths.accountId))
    .where(
      and(
        eq(ledgerMonths.bookId, book.id),
        inArray(accounts.type, ["income", "expense"]),
        sql`${ledgerMonths.month} between ${`${range.from}-01`}::date and ${`${range.to}-01`}::date`,
      ),
    )
    .groupBy(ledgerMonths.month, ledgerMonths.currency, ledgerMonths.kind, ledgerMonths.counterpartyKind, accounts.type)
    .orderBy(ledgerMonths.month);
  const months = new Map<string, { month: string; currency: string; income: FlowTotals; spending: FlowTotals }>();
  for (const r of rows) {
    const key = `${r.month}|${r.currency}`;
    const m = months.get(key) ?? { month: r.month.slice(0, 7), currency: r.currency, income: emptyFlow(), spending: emptyFlow() };
    const flow = r.type === "income" ? m.income : m.spending;
    const amount = r.type === "income" ? -BigInt(r.amount) : BigInt(r.amount);
    flow.total += amount;
    add(flow.byKind, r.kind, amount);
    add(flow.bySource, r.source, amount);
    months.set(key, m);
  }
  return {
    currency: book.currency,
    from: range.from,
    to: range.to,
    months: [...months.values()].map((m) => ({
      month: m.month,
      currency: m.currency,
      income: flowView(m.income),
      spending: flowView(m.spending),
    })),
  };
}
