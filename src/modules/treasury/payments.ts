import { randomUUID } from "node:crypto";
import type { Db } from "../../db/types.ts";
import type { Actor } from "../../http/env.ts";
import { AppError } from "../../http/errors.ts";
import { recordActivity } from "../activity/service.ts";
import { accountByCode, BANK, INCOME_ACCOUNT, requireCurrency, SPENDING_ACCOUNT } from "../ledger/books.ts";
import { postTransaction } from "../ledger/post.ts";
import { findOrganization } from "../organizations/service.ts";
import { booksOf, orgContext, today } from "./context.ts";
import { authorizeTreasurer } from "./policy.ts";

type PaymentKind = "sponsorship" | "grant" | "reciprocity" | "transfer";

/**
 * One organization pays another (an enterprise sponsors an association, a public body makes a grant).
 * The payer's treasurer posts it, and it lands in both books in one database transaction: spending and
 * a bank credit in the payer's, a bank debit and income in the payee's, sharing one transfer id.
 */
export async function payOrganization(
  db: Db,
  actor: Actor | null,
  slug: string,
  body: { to: string; kind: PaymentKind; amount: number; currency: string; description: string; date?: string },
) {
  return db.transaction(async (tx) => {
    const { org: payer, standing } = await orgContext(tx, actor, slug);
    const me = authorizeTreasurer(actor, standing);
    const payee = await findOrganization(tx, body.to).catch(() => {
      throw AppError.validation("body.to", `There is no organization ${body.to}.`);
    });
    if (payee.id === payer.id)
      throw AppError.validation("body.to", "An organization cannot pay itself; post a transfer between its accounts instead.");
    const payerBook = await booksOf(tx, payer, "body.amount");
    const payeeBook = await booksOf(tx, payee, "body.to");
    const amount = BigInt(body.amount);
    const date = body.date ?? today();
    const transferId = randomUUID();
    const accounts = async (bookId: string, codes: [string, string], path: string) => {
      const pair = [await accountByCode(tx, bookId, codes[0], path), await accountByCode(tx, bookId, codes[1], path)] as const;
      for (const a of pair) requireCurrency(a, body.currency, path);
      return pair;
    };
    const [spending, payerBank] = await accounts(payerBook.id, [SPENDING_ACCOUNT[body.kind], BANK], "body.currency");
    const [payeeBank, income] = await accounts(payeeBook.id, [BANK, INCOME_ACCOUNT[body.kind]], "body.currency");
    const paid = await postTransaction(tx, {
      bookId: payerBook.id,
      organizationId: payer.id,
      kind: body.kind,
      date,
      description: body.description,
      counterparty: { kind: payee.kind, organizationId: payee.id, name: payee.name },
      transferId,
      postedBy: me.id,
      postings: [
        { accountId: spending.id, amount, currency: body.currency },
        { accountId: payerBank.id, amount: -amount, currency: body.currency },
      ],
      path: "body.amount",
    });
    await postTransaction(tx, {
      bookId: payeeBook.id,
      organizationId: payee.id,
      kind: body.kind,
      date,
      description: body.description,
      counterparty: { kind: payer.kind, organizationId: payer.id, name: payer.name },
      transferId,
      postedBy: me.id,
      postings: [
        { accountId: payeeBank.id, amount, currency: body.currency },
        { accountId: income.id, amount: -amount, currency: body.currency },
      ],
      path: "body.amount",
    });
    await recordActivity(tx, {
      actorId: me.id,
      verb: "payment.sent",
      objectType: "transaction",
      objectId: paid.id,
      targetType: "organization",
      targetId: payee.id,
      organizationId: payer.id,
      data: { kind: body.kind, to: payee.slug, amount: String(amount), currency: body.currency },
    });
    return paid;
  });
}
