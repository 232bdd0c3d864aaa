import { sql } from "drizzle-orm";
import {
  bigint,
  char,
  check,
  date,
  index,
  integer,
  jsonb,
  numeric,
  pgEnum,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { writtenAt } from "../../db/written-at.ts";
import { people } from "../accounts/schema.ts";
import { commons } from "../commons/schema.ts";
import { accounts, books, transactions } from "../ledger/schema.ts";
import { organizations } from "../organizations/schema.ts";
import { SHARE_KINDS } from "./values.ts";

export { SHARE_KINDS };

export const shareKind = pgEnum("share_kind", SHARE_KINDS);

/**
 * A value equation (contributive accounting, as in Sensorica's open value networks), owned by a
 * commons or by a phyle enterprise. `buckets` are the fixed shares taken first, in order; the rest
 * goes to the contributor pool, shared by weighted accepted contributions. Both lists are validated
 * by zod on the way in; the database checks the fixed shares never pass 100% (see migrations).
 */
export const valueEquations = pgTable(
  "value_equations",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    commonsId: uuid("commons_id").references(() => commons.id, { onDelete: "cascade" }),
    enterpriseId: uuid("enterprise_id").references(() => organizations.id, { onDelete: "cascade" }),
    /** Fixed shares: [{ label, shareBp, recipient: { person } | { account } }], in order. */
    buckets: jsonb("buckets").notNull(),
    /** Per contribution kind: [{ kind, perContribution, perHour, perHundredLines }], integer points. */
    weights: jsonb("weights").notNull(),
    /** Points per review of a contribution (accepted or rejected) in the window. */
    reviewPoints: integer("review_points").notNull().default(0),
    /** Contributions performed in the last `windowDays` days up to the distribution's date count. */
    windowDays: integer("window_days").notNull(),
    /** When set, a contribution's points halve every this many days of age. */
    halfLifeDays: integer("half_life_days"),
    updatedBy: uuid("updated_by").references(() => people.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().default(writtenAt),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().default(writtenAt),
  },
  (t) => [
    uniqueIndex("value_equations_commons_key").on(t.commonsId),
    uniqueIndex("value_equations_enterprise_key").on(t.enterpriseId),
    check("value_equations_one_owner", sql`num_nonnulls(${t.commonsId}, ${t.enterpriseId}) = 1`),
    check("value_equations_window", sql`${t.windowDays} between 1 and 3660`),
    check("value_equations_half_life", sql`${t.halfLifeDays} is null or ${t.halfLifeDays} between 1 and 3660`),
    check("value_equations_review_points", sql`${t.reviewPoints} between 0 and 100000`),
  ],
);

/**
 * A distribution that was posted: the amount drawn from an account of the distributing organization's
 * books, the equation as it stood, and its statement (the shares). The statement's hash lets a client
 * post exactly the preview it saw.
 */
export const distributions = pgTable(
  "distributions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    commonsId: uuid("commons_id").references(() => commons.id, { onDelete: "set null" }),
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    bookId: uuid("book_id")
      .notNull()
      .references(() => books.id, { onDelete: "cascade" }),
    sourceAccountId: uuid("source_account_id")
      .notNull()
      .references(() => accounts.id),
    amount: bigint("amount", { mode: "number" }).notNull(),
    currency: char("currency", { length: 3 }).notNull(),
    /** The contribution window, inclusive. */
    windowFrom: date("window_from", { mode: "string" }).notNull(),
    windowTo: date("window_to", { mode: "string" }).notNull(),
    equation: jsonb("equation").notNull(),
    statementHash: text("statement_hash").notNull(),
    description: text("description").notNull(),
    transactionId: uuid("transaction_id")
      .notNull()
      .references(() => transactions.id),
    createdBy: uuid("created_by").references(() => people.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().default(writtenAt),
  },
  (t) => [
    index("distributions_commons_idx").on(t.commonsId, t.createdAt),
    index("distributions_organization_idx").on(t.organizationId, t.createdAt),
    check("distributions_amount", sql`${t.amount} between 1 and 1000000000000000`),
    check("distributions_window", sql`${t.windowTo} >= ${t.windowFrom}`),
  ],
);

/**
 * One line of a distribution's statement: a fixed share or a contributor's share, with the
 * contributions behind it. A deferred trigger (see migrations) checks at commit that a
 * distribution's shares sum to its amount exactly.
 */
export const distributionShares = pgTable(
  "distribution_shares",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    distributionId: uuid("distribution_id")
      .notNull()
      .references(() => distributions.id, { onDelete: "cascade" }),
    position: integer("position").notNull(),
    kind: shareKind("kind").notNull(),
    label: text("label").notNull(),
    personId: uuid("person_id").references(() => people.id, { onDelete: "set null" }),
    /** The account credited with the share (a person's `liabilities:contributors:<handle>` until paid out). */
    accountId: uuid("account_id")
      .notNull()
      .references(() => accounts.id),
    amount: bigint("amount", { mode: "number" }).notNull(),
    /** Points behind a contributor's share (exact, before rounding to minor units). */
    points: numeric("points", { precision: 38, scale: 6 }),
    contributions: integer("contributions").notNull().default(0),
    minutes: bigint("minutes", { mode: "number" }).notNull().default(0),
    lines: bigint("lines", { mode: "number" }).notNull().default(0),
    reviews: integer("reviews").notNull().default(0),
  },
  (t) => [
    uniqueIndex("distribution_shares_position_key").on(t.distributionId, t.position),
    index("distribution_shares_person_idx").on(t.personId, t.distributionId),
    check("distribution_shares_amount", sql`${t.amount} >= 0`),
    check("distribution_shares_person", sql`(${t.kind} = 'contributor') <= (${t.personId} is not null)`),
  ],
);
