import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { dayOf } from "../../calendar.ts";
import { integrityProblem } from "../../db/errors.ts";
import type { Db, Executor } from "../../db/types.ts";
import type { Actor } from "../../http/env.ts";
import { AppError } from "../../http/errors.ts";
import { now } from "../../now.ts";
import { recordActivity } from "../activity/service.ts";
import { findOrganization, findOrganizationById, lockedStanding } from "../organizations/service.ts";
import { accountByCode, type Book, openBook, requireBook, requireCurrency } from "./books.ts";
import { accountTypeOf, type NewTransactionBody } from "./inputs.ts";
import { authorizeOpenBooks, authorizeTreasurer } from "./policy.ts";
import { findTransaction, postTransaction, type Transaction } from "./post.ts";
import { accounts, books, postings, transactions } from "./schema.ts";

/** Opens an organization's books in a currency, with the default chart of accounts. */
export async function openBooks(db: Db, actor: Actor | null, slug: string, currency: string): Promise<Book> {
  return db.transaction(async (tx) => {
    const org = await findOrganization(tx, slug);
    const me = authorizeOpenBooks(actor, await lockedStanding(tx, org.id, actor));
    const book = await openBook(tx, org.id, currency);
    await recordActivity(tx, {
      actorId: me.id,
      verb: "books.opened",
      objectType: "organization",
      objectId: org.id,
      organizationId: org.id,
      data: { currency },
    });
    return book;
  });
}

/** The organization, its books, and the acting treasurer: where every write to the books starts. */
export async function treasurerContext(tx: Executor, actor: Actor | null, slug: string) {
  const org = await findOrganization(tx, slug);
  const me = authorizeTreasurer(actor, await lockedStanding(tx, org.id, actor));
  const book = await requireBook(tx, org.id, org.name);
  return { org, me, book };
}

export async function addAccount(
  db: Db,
  actor: Actor | null,
  slug: string,
  input: { code: string; name: string; currencies?: string[]; allowNegative?: boolean },
) {
  return db.transaction(async (tx) => {
    const { org, me, book } = await treasurerContext(tx, actor, slug);
    const type = accountTypeOf(input.code);
    try {
      const [account] = await tx
        .insert(accounts)
        .values({
          bookId: book.id,
          code: input.code,
          name: input.name,
          type,
          currencies: [...new Set(input.currencies ?? [book.currency])],
          allowNegative: input.allowNegative ?? type !== "asset",
        })
        .returning();
      if (!account) throw new Error("insert returned no account");
      await recordActivity(tx, {
        actorId: me.id,
        verb: "account.added",
        objectType: "account",
        objectId: account.id,
        organizationId: org.id,
        data: { code: account.code, name: account.name },
      });
      return account;
    } catch (err) {
      throw (
        integrityProblem(err, { accounts_book_code_key: { path: "body.code", message: "These books already have this account." } }) ?? err
      );
    }
  });
}

/** A treasurer's own entry: any balanced set of postings between the organization's accounts. */
export async function postManual(db: Db, actor: Actor | null, slug: string, input: NewTransactionBody) {
  return db.transaction(async (tx) => {
    const { org, me, book } = await treasurerContext(tx, actor, slug);
    const lines = [];
    for (const [i, p] of input.postings.entries()) {
      const account = await accountByCode(tx, book.id, p.account, `body.postings.${i}.account`);
      requireCurrency(account, p.currency, `body.postings.${i}.currency`);
      lines.push({ accountId: account.id, amount: BigInt(p.amount), currency: p.currency, memo: p.memo ?? null });
    }
    return postTransaction(tx, {
      bookId: book.id,
      organizationId: org.id,
      kind: input.kind,
      date: input.date,
      description: input.description,
      counterparty: { kind: input.counterpartyKind, name: input.counterparty ?? org.name },
      postedBy: me.id,
      postings: lines,
    });
  });
}

/** The organization whose books hold an entry. */
async function ownerOfBook(tx: Executor, bookId: string) {
  const [book] = await tx.select({ organizationId: books.organizationId }).from(books).where(eq(books.id, bookId));
  if (!book?.organizationId) throw AppError.notFound("The organization of this transaction");
  return findOrganizationById(tx, book.organizationId);
}

/**
 * Corrects a posted entry the only way the books allow: an entry that mirrors it, on today's date.
 * A payment between two organizations is reversed in both books at once, as it was posted, so the
 * two sides never disagree.
 */
export async function reverseTransaction(db: Db, actor: Actor | null, id: string, reason: string) {
  return db.transaction(async (tx) => {
    const original = await findTransaction(tx, id);
    if (original.reversesId) throw AppError.conflict("This entry is itself a reversal; post a new entry instead.");
    const { me } = await treasurerContext(tx, actor, (await ownerOfBook(tx, original.bookId)).slug);
    const entries = original.transferId
      ? await tx.select().from(transactions).where(eq(transactions.transferId, original.transferId))
      : [original];
    const transferId = original.transferId ? randomUUID() : null;
    let reversal: Transaction | undefined;
    for (const entry of entries) {
      const owner = await ownerOfBook(tx, entry.bookId);
      const lines = await tx.select().from(postings).where(eq(postings.transactionId, entry.id));
      const posted = await postTransaction(tx, {
        bookId: entry.bookId,
        organizationId: owner.id,
        kind: entry.kind,
        date: dayOf(now()),
        description: `Reversal of "${entry.description}": ${reason}`.slice(0, 500),
        counterparty: {
          kind: entry.counterpartyKind,
          organizationId: entry.counterpartyOrganizationId,
          personId: entry.counterpartyPersonId,
          name: entry.counterpartyName,
        },
        decisionId: entry.decisionId,
        transferId,
        reversesId: entry.id,
        postedBy: me.id,
        postings: lines.map((l) => ({ accountId: l.accountId, amount: -l.amount, currency: l.currency, memo: l.memo })),
        path: "path.id",
      });
      if (entry.id === id) reversal = posted;
    }
    if (!reversal) throw new Error("the reversed entry was not among its transfer's entries");
    return reversal;
  });
}
