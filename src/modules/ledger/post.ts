import { eq, inArray, sql } from "drizzle-orm";
import { integrityProblem } from "../../db/errors.ts";
import type { Executor } from "../../db/types.ts";
import { AppError } from "../../http/errors.ts";
import type { Translatable } from "../../text/messages.ts";
import { recordActivity } from "../activity/service.ts";
import { t } from "./messages.ts";
import { accounts, type COUNTERPARTY_KINDS, postings, type TRANSACTION_KINDS, transactions } from "./schema.ts";

export type TransactionKind = (typeof TRANSACTION_KINDS)[number];
export type CounterpartyKind = (typeof COUNTERPARTY_KINDS)[number];
export type Transaction = typeof transactions.$inferSelect;

export interface Counterparty {
  kind: CounterpartyKind;
  organizationId?: string | null;
  personId?: string | null;
  /** The name public pages show. */
  name: string;
}

export interface PostingInput {
  accountId: string;
  amount: bigint;
  currency: string;
  memo?: string | null;
}

export interface NewTransaction {
  bookId: string;
  /** The organization whose books these are, for the activity feed. */
  organizationId: string;
  kind: TransactionKind;
  date: string;
  description: string;
  counterparty: Counterparty;
  decisionId?: string | null;
  /** The commons the money moved for, where it moved for one. */
  commonsId?: string | null;
  transferId?: string | null;
  reversesId?: string | null;
  postedBy: string | null;
  postings: PostingInput[];
  /** Where the postings came from in the request, so a problem can name the field. */
  path?: string;
}

/** The database's ledger invariants, as the client should hear of them. */
export const LEDGER_CONSTRAINTS = (path: string) => ({
  account_balances_floor: { path, message: t("floor") },
  postings_currency_held: { path, message: t("currencyHeld") },
  postings_same_book: { path, message: t("sameBook") },
  transactions_balanced: { path, message: t("balanced") },
  transactions_reverses_key: { path: "path.id", message: t("alreadyReversed") },
});

/** Checks what the database would refuse at commit, so the client hears which field is wrong. */
export function checkBalanced(entries: PostingInput[], path: string) {
  if (entries.length < 2) throw AppError.validation(path, t("twoPostings"));
  const sums = new Map<string, bigint>();
  for (const p of entries) sums.set(p.currency, (sums.get(p.currency) ?? 0n) + p.amount);
  const off = [...sums].filter(([, sum]) => sum !== 0n);
  if (off.length) {
    const parts = off.map(([currency, amount]) => t("offBy", { currency, amount }));
    // The currencies that are off, one after the other, each in the language of the answer.
    const list: Translatable = { in: (language) => parts.map((p) => p.in(language)).join(", ") };
    throw AppError.validation(path, t("unbalanced", { off: list }));
  }
}

/**
 * Writes one balanced transaction with its postings and its activity row. The database checks the
 * rest (books, currencies, overdrafts, balance at commit); its refusals become problems naming `path`.
 */
export async function postTransaction(tx: Executor, input: NewTransaction): Promise<Transaction> {
  const path = input.path ?? "body.postings";
  checkBalanced(input.postings, path);
  try {
    const [row] = await tx
      .insert(transactions)
      .values({
        bookId: input.bookId,
        kind: input.kind,
        date: input.date,
        description: input.description,
        counterpartyKind: input.counterparty.kind,
        counterpartyOrganizationId: input.counterparty.organizationId ?? null,
        counterpartyPersonId: input.counterparty.personId ?? null,
        counterpartyName: input.counterparty.name,
        decisionId: input.decisionId ?? null,
        commonsId: input.commonsId ?? null,
        transferId: input.transferId ?? null,
        reversesId: input.reversesId ?? null,
        postedBy: input.postedBy,
      })
      .returning();
    if (!row) throw new Error("insert returned no transaction");
    // One JSON parameter rather than five per posting: a distribution's entry has one posting per contributor.
    const rows = JSON.stringify(
      input.postings.map((p) => ({ account_id: p.accountId, amount: String(p.amount), currency: p.currency, memo: p.memo ?? null })),
    );
    await tx.execute(sql`insert into ${postings} (transaction_id, account_id, amount, currency, memo)
      select ${row.id}::uuid, r.account_id, r.amount, r.currency, r.memo
      from jsonb_to_recordset(${rows}::jsonb) as r(account_id uuid, amount bigint, currency char(3), memo text)`);
    await recordActivity(tx, {
      actorId: input.postedBy,
      verb: input.reversesId ? "transaction.reversed" : "transaction.posted",
      objectType: "transaction",
      objectId: row.id,
      organizationId: input.organizationId,
      data: { kind: row.kind, description: row.description, date: row.date },
    });
    return row;
  } catch (err) {
    throw integrityProblem(err, LEDGER_CONSTRAINTS(path)) ?? err;
  }
}

/** The accounts of these ids, for naming them in responses. */
export async function accountsById(db: Executor, ids: string[]) {
  if (!ids.length) return new Map<string, typeof accounts.$inferSelect>();
  const rows = await db.select().from(accounts).where(inArray(accounts.id, ids));
  return new Map(rows.map((a) => [a.id, a]));
}

export async function findTransaction(db: Executor, id: string): Promise<Transaction> {
  const [row] = await db.select().from(transactions).where(eq(transactions.id, id));
  if (!row) throw AppError.notFound(t("transaction"));
  return row;
}
