import { and, eq } from "drizzle-orm";
import type { Executor } from "../../db/types.ts";
import { AppError } from "../../http/errors.ts";
import { accounts, books } from "./schema.ts";

export type Book = typeof books.$inferSelect;
export type Account = typeof accounts.$inferSelect;
type AccountType = Account["type"];

interface DefaultAccount {
  code: string;
  name: string;
  type: AccountType;
  allowNegative?: false;
}

/** The chart of accounts every organization's books open with; treasurers add more as they need. */
export const DEFAULT_ACCOUNTS: readonly DefaultAccount[] = [
  { code: "assets:bank", name: "Bank account", type: "asset", allowNegative: false },
  { code: "assets:cash", name: "Cash", type: "asset", allowNegative: false },
  { code: "assets:receivable", name: "Receivables", type: "asset" },
  { code: "liabilities:payable", name: "Bills to pay", type: "liability" },
  { code: "liabilities:reimbursements", name: "Owed to members", type: "liability" },
  { code: "liabilities:contributor-pool", name: "Held for contributors", type: "liability" },
  { code: "equity:opening-balances", name: "Opening balances", type: "equity" },
  { code: "equity:retained-surplus", name: "Retained surplus", type: "equity" },
  { code: "income:donations", name: "Donations", type: "income" },
  { code: "income:membership-fees", name: "Membership fees", type: "income" },
  { code: "income:sponsorships", name: "Sponsorships", type: "income" },
  { code: "income:grants", name: "Grants", type: "income" },
  { code: "income:reciprocity", name: "Reciprocity", type: "income" },
  { code: "income:other", name: "Other income", type: "income" },
  { code: "expenses:infrastructure", name: "Infrastructure", type: "expense" },
  { code: "expenses:operations", name: "Operations", type: "expense" },
  { code: "expenses:events", name: "Events", type: "expense" },
  { code: "expenses:contributors", name: "Paid to contributors", type: "expense" },
  { code: "expenses:sponsorships", name: "Sponsorships given", type: "expense" },
  { code: "expenses:reciprocity", name: "Reciprocity paid", type: "expense" },
  { code: "expenses:grants", name: "Grants given", type: "expense" },
  { code: "expenses:bank-fees", name: "Bank fees", type: "expense" },
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
    const detail = `${orgName} has not opened its books yet: one of its stewards or treasurers opens them on its Treasury page, choosing a currency.`;
    throw path ? new AppError(409, "conflict", detail, [{ path, message: detail }]) : AppError.conflict(detail);
  }
  return book;
}

/** Opens an organization's books with the default chart of accounts, all in one currency. */
export async function openBook(tx: Executor, organizationId: string, currency: string): Promise<Book> {
  const [book] = await tx.insert(books).values({ organizationId, currency }).onConflictDoNothing().returning();
  if (!book) throw AppError.conflict("The books are already open.", "body.currency");
  await tx
    .insert(accounts)
    .values(DEFAULT_ACCOUNTS.map((a) => ({ ...a, bookId: book.id, currencies: [currency], allowNegative: a.allowNegative ?? true })));
  return book;
}

export async function accountByCode(db: Executor, bookId: string, code: string, path: string): Promise<Account> {
  const [account] = await db
    .select()
    .from(accounts)
    .where(and(eq(accounts.bookId, bookId), eq(accounts.code, code)));
  if (!account) throw AppError.validation(path, `There is no account ${code} in these books.`);
  return account;
}

export function requireCurrency(account: Account, currency: string, path: string) {
  if (!account.currencies.includes(currency)) {
    throw AppError.validation(path, `${account.code} holds ${account.currencies.join(", ")}, not ${currency}.`);
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
