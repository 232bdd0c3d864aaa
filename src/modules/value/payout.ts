import { and, eq } from "drizzle-orm";
import type { Db, Executor } from "../../db/types.ts";
import type { Actor } from "../../http/env.ts";
import { AppError } from "../../http/errors.ts";
import { people } from "../accounts/schema.ts";
import { accountByCode, BANK, requireCurrency } from "../ledger/books.ts";
import { toDecimal } from "../ledger/money.ts";
import { postTransaction } from "../ledger/post.ts";
import { accountBalances, accounts } from "../ledger/schema.ts";
import { booksOf, orgContext, today } from "../treasury/context.ts";
import type { PayoutBody } from "./inputs.ts";
import { t } from "./messages.ts";
import { authorizePayout } from "./policy.ts";
import { contributorAccount } from "./statement.ts";

const balanceOf = async (tx: Executor, accountId: string, currency: string) => {
  const [row] = await tx
    .select({ balance: accountBalances.balance })
    .from(accountBalances)
    .where(and(eq(accountBalances.accountId, accountId), eq(accountBalances.currency, currency)));
  return BigInt(row?.balance ?? "0");
};

/**
 * A treasurer pays a person what the books owe them from distributions: their liability is debited
 * and the bank credited. The person's account row is locked first, so two payouts at once queue and
 * the second sees what the first left; the bank's floor is the database's.
 */
export async function payout(db: Db, actor: Actor | null, slug: string, body: PayoutBody) {
  return db.transaction(async (tx) => {
    const { org, standing } = await orgContext(tx, actor, slug);
    const me = authorizePayout(actor, standing);
    const book = await booksOf(tx, org);
    const [person] = await tx
      .select({ id: people.id, handle: people.handle, name: people.name })
      .from(people)
      .where(eq(people.handle, body.person));
    if (!person) throw AppError.validation("body.person", t("noOneWithHandle", { handle: body.person }));
    const [owedAccount] = await tx
      .select()
      .from(accounts)
      .where(and(eq(accounts.bookId, book.id), eq(accounts.code, contributorAccount(person.handle))))
      .for("update");
    const parties = { organization: org.name, person: person.name };
    if (!owedAccount) throw AppError.validation("body.person", t("owesNothing", parties));
    const currency = owedAccount.currencies[0] ?? book.currency;
    const owed = -(await balanceOf(tx, owedAccount.id, currency));
    if (owed <= 0n) throw AppError.validation("body.person", t("owesNothingNow", parties));
    const amount = body.amount === undefined ? owed : BigInt(body.amount);
    if (amount > owed) throw AppError.validation("body.amount", t("payAtMost", { ...parties, owed: toDecimal(owed, currency), currency }));
    const bank = await accountByCode(tx, book.id, BANK, "body.amount");
    requireCurrency(bank, currency, "body.amount");
    const inBank = await balanceOf(tx, bank.id, currency);
    if (inBank < amount)
      throw AppError.conflict(
        t("bankTooLow", { held: toDecimal(inBank, currency), currency, amount: toDecimal(amount, currency) }),
        "body.amount",
      );
    const transaction = await postTransaction(tx, {
      bookId: book.id,
      organizationId: org.id,
      kind: "payout",
      date: body.date ?? today(),
      description: `Paid out to ${person.name}`.slice(0, 500),
      counterparty: { kind: "individual", personId: person.id, name: person.name },
      postedBy: me.id,
      postings: [
        { accountId: owedAccount.id, amount, currency },
        { accountId: bank.id, amount: -amount, currency },
      ],
      path: "body.amount",
    });
    return {
      transactionId: transaction.id,
      person: { handle: person.handle, name: person.name },
      amount: String(amount),
      owed: String(owed - amount),
      currency,
    };
  });
}
