import type { Db } from "../../db/types.ts";
import type { Actor } from "../../http/env.ts";
import { AppError } from "../../http/errors.ts";
import { recordActivity } from "../activity/service.ts";
import { BANK, INCOME_ACCOUNT, SPENDING_ACCOUNT } from "../ledger/books.ts";
import { findOrganization } from "../organizations/service.ts";
import { booksOf, orgContext, today } from "./context.ts";
import { t } from "./messages.ts";
import { authorizeTreasurer } from "./policy.ts";
import { postTransfer } from "./transfer.ts";

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
      throw AppError.validation("body.to", t("noOrganization", { slug: body.to }));
    });
    if (payee.id === payer.id) throw AppError.validation("body.to", t("payItself"));
    const payerBook = await booksOf(tx, payer, "body.amount");
    const payeeBook = await booksOf(tx, payee, "body.to");
    const { from: paid } = await postTransfer(tx, {
      from: { org: payer, book: payerBook, debit: SPENDING_ACCOUNT[body.kind], credit: BANK },
      to: { org: payee, book: payeeBook, debit: BANK, credit: INCOME_ACCOUNT[body.kind] },
      kind: body.kind,
      amount: BigInt(body.amount),
      currency: body.currency,
      date: body.date ?? today(),
      description: body.description,
      postedBy: me.id,
      path: "body.amount",
      currencyPath: "body.currency",
    });
    await recordActivity(tx, {
      actorId: me.id,
      verb: "payment.sent",
      objectType: "transaction",
      objectId: paid.id,
      targetType: "organization",
      targetId: payee.id,
      organizationId: payer.id,
      data: { kind: body.kind, to: payee.slug, amount: String(body.amount), currency: body.currency },
    });
    return paid;
  });
}
