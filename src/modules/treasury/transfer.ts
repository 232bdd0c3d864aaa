import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import type { Executor } from "../../db/types.ts";
import { AppError } from "../../http/errors.ts";
import { type Account, accountByCode, type Book, requireCurrency } from "../ledger/books.ts";
import { toDecimal } from "../ledger/money.ts";
import { postTransaction, type Transaction, type TransactionKind } from "../ledger/post.ts";
import { accountBalances } from "../ledger/schema.ts";
import type { Organization } from "../organizations/service.ts";
import { noTreasurerStep, treasurersOf } from "./keepers.ts";
import { t as text } from "./messages.ts";

/** One side of a movement between two organizations: its books, and the account debited and the one credited. */
export interface TransferSide {
  org: Pick<Organization, "id" | "kind" | "name">;
  book: Pick<Book, "id">;
  debit: string;
  credit: string;
}

export interface Transfer {
  from: TransferSide;
  to: TransferSide;
  kind: TransactionKind;
  amount: bigint;
  currency: string;
  date: string;
  description: string;
  postedBy: string | null;
  commonsId?: string | null;
  decisionId?: string | null;
  /** Several movements that belong together (a phyle period's payments) share one id; a new one by default. */
  transferId?: string;
  /** Where the amount came from in the request, so a problem can name the field. */
  path: string;
  currencyPath?: string;
}

/**
 * Refuses, before posting, a movement that would take an account that may not go negative past zero,
 * naming the organization, the account and what to record first. The database's floor check still
 * backs this (a concurrent posting can drain the account in between), with its shorter message.
 */
async function refuseOverdraft(tx: Executor, org: TransferSide["org"], account: Account, change: bigint, t: Transfer) {
  if (account.allowNegative) return;
  const [row] = await tx
    .select({ balance: accountBalances.balance })
    .from(accountBalances)
    .where(and(eq(accountBalances.accountId, account.id), eq(accountBalances.currency, t.currency)));
  // Debit-normal accounts (assets, expenses) keep a balance of zero or more; the others zero or less.
  const floor = account.type === "asset" || account.type === "expense" ? 1n : -1n;
  const balance = BigInt(row?.balance ?? 0);
  if ((balance + change) * floor >= 0n) return;
  const amount = (value: bigint) => `${toDecimal(value, t.currency)} ${t.currency}`;
  const detail = text("overdraft", {
    org: org.name,
    account: account.name,
    code: account.code,
    held: amount(balance * floor),
    amount: amount(t.amount),
    step: noTreasurerStep(org.name, await treasurersOf(tx, org.id)),
  });
  throw AppError.conflict(detail, t.path);
}

/**
 * Posts one movement between two organizations in both books, sharing one transfer id: a payment
 * (spending and bank in the payer's books, bank and income in the payee's), an invoice (a bill to pay
 * and a receivable) or its settlement. The caller holds the database transaction.
 */
export async function postTransfer(tx: Executor, t: Transfer): Promise<{ from: Transaction; to: Transaction; transferId: string }> {
  const transferId = t.transferId ?? randomUUID();
  const post = async (side: TransferSide, other: TransferSide) => {
    const debit = await accountByCode(tx, side.book.id, side.debit, t.currencyPath ?? t.path);
    const credit = await accountByCode(tx, side.book.id, side.credit, t.currencyPath ?? t.path);
    for (const a of [debit, credit]) requireCurrency(a, t.currency, t.currencyPath ?? t.path);
    await refuseOverdraft(tx, side.org, credit, -t.amount, t);
    await refuseOverdraft(tx, side.org, debit, t.amount, t);
    return postTransaction(tx, {
      bookId: side.book.id,
      organizationId: side.org.id,
      kind: t.kind,
      date: t.date,
      description: t.description,
      counterparty: { kind: other.org.kind, organizationId: other.org.id, name: other.org.name },
      commonsId: t.commonsId ?? null,
      decisionId: t.decisionId ?? null,
      transferId,
      postedBy: t.postedBy,
      postings: [
        { accountId: debit.id, amount: t.amount, currency: t.currency },
        { accountId: credit.id, amount: -t.amount, currency: t.currency },
      ],
      path: t.path,
    });
  };
  const from = await post(t.from, t.to);
  const to = await post(t.to, t.from);
  return { from, to, transferId };
}
