import { sql } from "drizzle-orm";
import {
  bigint,
  boolean,
  char,
  check,
  date,
  index,
  integer,
  numeric,
  pgEnum,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { writtenAt } from "../../db/written-at.ts";
import { people } from "../accounts/schema.ts";
import { commons } from "../commons/schema.ts";
import { proposals } from "../decisions/schema.ts";
import { organizations } from "../organizations/schema.ts";
import { ACCOUNT_TYPES, COUNTERPARTY_KINDS, MAX_AMOUNT, TRANSACTION_KINDS } from "./values.ts";

export { ACCOUNT_TYPES, COUNTERPARTY_KINDS, MAX_AMOUNT, TRANSACTION_KINDS };

export const accountType = pgEnum("account_type", ACCOUNT_TYPES);
export const transactionKind = pgEnum("transaction_kind", TRANSACTION_KINDS);
export const counterpartyKind = pgEnum("counterparty_kind", COUNTERPARTY_KINDS);

/** One set of books per organization (or person); every account and transaction belongs to one. */
export const books = pgTable(
  "books",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organizationId: uuid("organization_id").references(() => organizations.id, { onDelete: "cascade" }),
    personId: uuid("person_id").references(() => people.id, { onDelete: "cascade" }),
    /** The currency new accounts hold unless told otherwise (ISO 4217). */
    currency: char("currency", { length: 3 }).notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().default(writtenAt),
  },
  (t) => [
    uniqueIndex("books_organization_key").on(t.organizationId),
    uniqueIndex("books_person_key").on(t.personId),
    check("books_one_owner", sql`num_nonnulls(${t.organizationId}, ${t.personId}) = 1`),
    check("books_currency", sql`${t.currency} ~ '^[A-Z]{3}$'`),
  ],
);

export const accounts = pgTable(
  "accounts",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    bookId: uuid("book_id")
      .notNull()
      .references(() => books.id, { onDelete: "cascade" }),
    /** The hledger account name, e.g. `assets:bank`; its first segment matches the type. */
    code: text("code").notNull(),
    name: text("name").notNull(),
    type: accountType("type").notNull(),
    currencies: char("currencies", { length: 3 }).array().notNull(),
    /**
     * Whether the balance may go past zero against the account's normal side (an asset below
     * zero, a liability above). Bank and cash accounts may not.
     */
    allowNegative: boolean("allow_negative").notNull().default(true),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().default(writtenAt),
  },
  (t) => [
    uniqueIndex("accounts_book_code_key").on(t.bookId, t.code),
    check("accounts_code_format", sql`${t.code} ~ '^(assets|liabilities|equity|income|expenses)(:[a-z0-9][a-z0-9-]{0,49}){1,3}$'`),
    check(
      "accounts_code_type",
      sql`split_part(${t.code}, ':', 1) = case ${t.type} when 'asset' then 'assets' when 'liability' then 'liabilities' when 'equity' then 'equity' when 'income' then 'income' else 'expenses' end`,
    ),
    check("accounts_currencies", sql`cardinality(${t.currencies}) between 1 and 10`),
  ],
);

/**
 * A journal entry in one book. Immutable once written (a trigger refuses updates and deletes); a
 * mistake is corrected by a reversing entry. A deferred constraint trigger refuses, at commit, any
 * transaction whose postings do not sum to zero in every currency or that has fewer than two.
 */
export const transactions = pgTable(
  "transactions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    /** Order of entry, for stable listings and exports. */
    seq: bigint("seq", { mode: "number" }).notNull().generatedAlwaysAsIdentity(),
    bookId: uuid("book_id")
      .notNull()
      .references(() => books.id, { onDelete: "cascade" }),
    kind: transactionKind("kind").notNull(),
    date: date("date", { mode: "string" }).notNull(),
    description: text("description").notNull(),
    counterpartyKind: counterpartyKind("counterparty_kind").notNull(),
    counterpartyOrganizationId: uuid("counterparty_organization_id").references(() => organizations.id, { onDelete: "set null" }),
    counterpartyPersonId: uuid("counterparty_person_id").references(() => people.id, { onDelete: "set null" }),
    /** The name shown publicly: an organization's or person's name, "Anonymous", or a name given for someone without an account. */
    counterpartyName: text("counterparty_name").notNull(),
    /** The passed proposal that authorised it, where one did. */
    decisionId: uuid("decision_id").references(() => proposals.id, { onDelete: "no action" }),
    /** The commons the money moved for (reciprocity, phyle commitments, distributions), for its feedback-loop page. */
    commonsId: uuid("commons_id").references(() => commons.id, { onDelete: "set null" }),
    /** A payment between two organizations is an entry in each book, sharing this id. */
    transferId: uuid("transfer_id"),
    reversesId: uuid("reverses_id"),
    postedBy: uuid("posted_by").references(() => people.id, { onDelete: "set null" }),
    postedAt: timestamp("posted_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("transactions_seq_key").on(t.seq),
    index("transactions_book_idx").on(t.bookId, t.date, t.seq),
    index("transactions_book_seq_idx").on(t.bookId, t.seq),
    index("transactions_transfer_idx").on(t.transferId),
    index("transactions_decision_idx").on(t.decisionId),
    index("transactions_commons_idx").on(t.commonsId, t.date),
    uniqueIndex("transactions_reverses_key").on(t.reversesId),
    check("transactions_description", sql`length(${t.description}) between 1 and 500`),
  ],
);

export const postings = pgTable(
  "postings",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    transactionId: uuid("transaction_id")
      .notNull()
      .references(() => transactions.id, { onDelete: "cascade" }),
    accountId: uuid("account_id")
      .notNull()
      .references(() => accounts.id, { onDelete: "no action" }),
    /** Minor units; positive is a debit, negative a credit (hledger's convention). */
    amount: bigint("amount", { mode: "bigint" }).notNull(),
    currency: char("currency", { length: 3 }).notNull(),
    memo: text("memo"),
  },
  (t) => [
    index("postings_transaction_idx").on(t.transactionId),
    index("postings_account_idx").on(t.accountId, t.id),
    check("postings_amount", sql`${t.amount} <> 0 and abs(${t.amount}) <= ${sql.raw(String(MAX_AMOUNT))}`),
  ],
);

/**
 * Each account's balance per currency, kept by a trigger on postings (and writable by nothing else).
 * `floor` is the sign the balance must keep when the account may not go negative: +1 for debit-normal
 * accounts, −1 for credit-normal ones; the check makes an overdraft fail the posting that causes it.
 */
export const accountBalances = pgTable(
  "account_balances",
  {
    accountId: uuid("account_id")
      .notNull()
      .references(() => accounts.id, { onDelete: "cascade" }),
    currency: char("currency", { length: 3 }).notNull(),
    balance: numeric("balance", { precision: 38, scale: 0 }).notNull(),
    postings: integer("postings").notNull(),
    floor: smallint("floor"),
  },
  (t) => [
    primaryKey({ name: "account_balances_pkey", columns: [t.accountId, t.currency] }),
    check("account_balances_floor", sql`${t.floor} is null or ${t.balance} * ${t.floor} >= 0`),
  ],
);

/** Monthly sums per account, kind and counterparty kind, kept by the same trigger: the transparency report reads these. */
export const ledgerMonths = pgTable(
  "ledger_months",
  {
    bookId: uuid("book_id")
      .notNull()
      .references(() => books.id, { onDelete: "cascade" }),
    month: date("month", { mode: "string" }).notNull(),
    accountId: uuid("account_id")
      .notNull()
      .references(() => accounts.id, { onDelete: "cascade" }),
    kind: transactionKind("kind").notNull(),
    counterpartyKind: counterpartyKind("counterparty_kind").notNull(),
    currency: char("currency", { length: 3 }).notNull(),
    amount: numeric("amount", { precision: 38, scale: 0 }).notNull(),
    postings: integer("postings").notNull(),
  },
  (t) => [
    primaryKey({
      name: "ledger_months_pkey",
      columns: [t.bookId, t.month, t.accountId, t.kind, t.counterpartyKind, t.currency],
    }),
  ],
);
