import { randomUUID } from "node:crypto";
import type { Executor } from "../../db/types.ts";
import { accountByCode, type Book, requireCurrency } from "../ledger/books.ts";
import { postTransaction, type Transaction, type TransactionKind } from "../ledger/post.ts";
import type { Organization } from "../organizations/service.ts";

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
