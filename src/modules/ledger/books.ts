import { and, eq } from "drizzle-orm";
import type { Executor } from "../../db/types.ts";
import { AppError } from "../../http/errors.ts";
import type { Language, Message } from "../../text/messages.ts";
import { t } from "./messages.ts";
import { accounts, books } from "./schema.ts";

export type Book = typeof books.$inferSelect;
export type Account = typeof accounts.$inferSelect;
type AccountType = Account["type"];

interface DefaultAccount {
  code: string;
  /** Written into the books in the language of the request that opens them (English outside a request). */
  name: Message;
  type: AccountType;
  allowNegative?: false;
}

/** The chart of accounts every organization's books open with; treasurers add more as they need. */
export const DEFAULT_ACCOUNTS: readonly DefaultAccount[] = [
  { code: "assets:bank", name: t("accountBank"), type: "asset", allowNegative: false },
  { code: "assets:cash", name: t("accountCash"), type: "asset", allowNegative: false },
  { code: "assets:receivable", name: t("accountReceivable"), type: "asset" },
  { code: "liabilities:payable", name: t("accountPayable"), type: "liability" },
  { code: "liabilities:reimbursements", name: t("accountReimbursements"), type: "liability" },
  { code: "liabilities:contributor-pool", name: t("accountContributorPool"), type: "liability" },
  { code: "equity:opening-balances", name: t("accountOpeningBalances"), type: "equity" },
  { code: "equity:retained-surplus", name: t("accountRetainedSurplus"), type: "equity" },
  { code: "income:donations", name: t("accountDonations"), type: "income" },
  { code: "income:membership-fees", name: t("accountMembershipFees"), type: "income" },
  { code: "income:sponsorships", name: t("accountSponsorships"), type: "income" },
  { code: "income:grants", name: t("accountGrants"), type: "income" },
  { code: "income:reciprocity", name: t("accountReciprocity"), type: "income" },
  { code: "income:other", name: t("accountOtherIncome"), type: "income" },
  { code: "expenses:infrastructure", name: t("accountInfrastructure"), type: "expense" },
  { code: "expenses:operations", name: t("accountOperations"), type: "expense" },
  { code: "expenses:events", name: t("accountEvents"), type: "expense" },
  { code: "expenses:contributors", name: t("accountContributors"), type: "expense" },
  { code: "expenses:sponsorships", name: t("accountSponsorshipsGiven"), type: "expense" },
  { code: "expenses:reciprocity", name: t("accountReciprocityPaid"), type: "expense" },
  { code: "expenses:grants", name: t("accountGrantsGiven"), type: "expense" },
  { code: "expenses:bank-fees", name: t("accountBankFees"), type: "expense" },
];

/** Where money lands or leaves for each kind of income and spending, by default. */
export const INCOME_ACCOUNT = {
  donation: "income:donations",
  membership_fee: "income:membership-fees",
  sponsorship: "income:sponsorships",
  grant: "income:grants",
  reciprocity: "income:reciprocity",
  transfer: "income:other",
} as const;
export const SPENDING_ACCOUNT = {
  sponsorship: "expenses:sponsorships",
  grant: "expenses:grants",
  reciprocity: "expenses:reciprocity",
  transfer: "expenses:operations",
} as const;
export const BANK = "assets:bank";

export async function bookOf(db: Executor, organizationId: string): Promise<Book | undefined> {
  const [book] = await db.select().from(books).where(eq(books.organizationId, organizationId));
  return book;
}

/** The organization's books, which must have been opened before money can be recorded in them. */
export async function requireBook(db: Executor, organizationId: string, orgName: string, path?: string): Promise<Book> {
  const book = await bookOf(db, organizationId);
  if (!book) {
    const detail = t("booksNotOpen", { org: orgName });
    throw path ? new AppError(409, "conflict", detail, [{ path, message: detail }]) : AppError.conflict(detail);
  }
  return book;
}

/**
 * Opens an organization's books with the default chart of accounts, all in one currency. The
 * accounts' names are data in the books from then on, written in `language` (the language of the
 * request that opens them: service.ts).
 */
export async function openBook(tx: Executor, organizationId: string, currency: string, language: Language): Promise<Book> {
  const [book] = await tx.insert(books).values({ organizationId, currency }).onConflictDoNothing().returning();
  if (!book) throw AppError.conflict(t("booksAlreadyOpen"), "body.currency");
  await tx.insert(accounts).values(
    DEFAULT_ACCOUNTS.map((a) => ({
      ...a,
      name: a.name.in(language),
      bookId: book.id,
      currencies: [currency],
      allowNegative: a.allowNegative ?? true,
    })),
  );
  return book;
}

export async function accountByCode(db: Executor, bookId: string, code: string, path: string): Promise<Account> {
  const [account] = await db
    .select()
    .from(accounts)
    .where(and(eq(accounts.bookId, bookId), eq(accounts.code, code)));
  if (!account) throw AppError.validation(path, t("noAccount", { code }));
  return account;
}

export function requireCurrency(account: Account, currency: string, path: string) {
  if (!account.currencies.includes(currency)) {
    throw AppError.validation(path, t("currencyNotHeld", { code: account.code, held: account.currencies.join(", "), currency }));
  }
}

/**
 * The account of this code in these books, opened with the given name and type if the books do not
 * have it yet (books opened before an account joined the default chart, or one account per person).
 */
export async function ensureAccount(
  tx: Executor,
  book: Pick<Book, "id" | "currency">,
  account: { code: string; name: string; type: AccountType },
): Promise<Account> {
  await tx
    .insert(accounts)
    .values({ ...account, bookId: book.id, currencies: [book.currency], allowNegative: true })
    .onConflictDoNothing();
  const [row] = await tx
    .select()
    .from(accounts)
    .where(and(eq(accounts.bookId, book.id), eq(accounts.code, account.code)));
  if (!row) throw new Error(`account ${account.code} was not opened`);
  return row;
}
