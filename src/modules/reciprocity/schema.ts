import { sql } from "drizzle-orm";
import {
  bigint,
  boolean,
  char,
  check,
  date,
  index,
  integer,
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
import { transactions } from "../ledger/schema.ts";
import { organizations } from "../organizations/schema.ts";
import { AGREEMENT_PERIODS, AGREEMENT_SIDES, AGREEMENT_STATUSES, INVOICE_STATUSES, USE_PURPOSES } from "./values.ts";

export { AGREEMENT_PERIODS, AGREEMENT_SIDES, AGREEMENT_STATUSES, INVOICE_STATUSES, USE_PURPOSES };

export const purposeEnum = pgEnum("use_purpose", USE_PURPOSES);
export const agreementStatus = pgEnum("agreement_status", AGREEMENT_STATUSES);
export const agreementPeriod = pgEnum("agreement_period", AGREEMENT_PERIODS);
export const agreementSide = pgEnum("agreement_side", AGREEMENT_SIDES);
export const invoiceStatus = pgEnum("invoice_status", INVOICE_STATUSES);

/**
 * "We build X on this commons": an enterprise's declared use. One declaration per commons and
 * enterprise (its purpose can change; ending it keeps the record). A trigger keeps the user an enterprise.
 */
export const commonsUses = pgTable(
  "commons_uses",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    commonsId: uuid("commons_id")
      .notNull()
      .references(() => commons.id, { onDelete: "cascade" }),
    enterpriseId: uuid("enterprise_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    purpose: purposeEnum("purpose").notNull(),
    /** What the enterprise builds on the commons. */
    product: text("product").notNull(),
    description: text("description").notNull().default(""),
    /**
     * The enterprise states that it distributes all its surplus among its worker-owners: the
     * Peer Production License's condition for free commercial use by a collective.
     */
    surplusToWorkers: boolean("surplus_to_workers").notNull().default(false),
    since: date("since", { mode: "string" }).notNull(),
    endedOn: date("ended_on", { mode: "string" }),
    declaredBy: uuid("declared_by").references(() => people.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().default(writtenAt),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().default(writtenAt),
  },
  (t) => [
    uniqueIndex("commons_uses_key").on(t.commonsId, t.enterpriseId),
    index("commons_uses_enterprise_idx").on(t.enterpriseId),
    check("commons_uses_dates", sql`${t.endedOn} is null or ${t.endedOn} >= ${t.since}`),
    check("commons_uses_product", sql`length(${t.product}) between 1 and 200`),
  ],
);

/**
 * A reciprocity agreement between an enterprise and a commons' steward association: a fee (fixed
 * per period and/or a share of declared revenue) and/or a pledge of contributed hours per period.
 * An exclusion constraint (see migrations) refuses two live agreements overlapping in time for the
 * same commons and enterprise.
 */
export const reciprocityAgreements = pgTable(
  "reciprocity_agreements",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    commonsId: uuid("commons_id")
      .notNull()
      .references(() => commons.id, { onDelete: "cascade" }),
    enterpriseId: uuid("enterprise_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    associationId: uuid("association_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    status: agreementStatus("status").notNull().default("proposed"),
    proposedBySide: agreementSide("proposed_by_side").notNull(),
    period: agreementPeriod("period").notNull(),
    currency: char("currency", { length: 3 }).notNull(),
    /** Minor units per period. */
    fixedFee: bigint("fixed_fee", { mode: "number" }),
    /** Basis points of the revenue the enterprise declares from the product each period. */
    revenueShareBp: integer("revenue_share_bp"),
    /** Minutes of accepted contributions per period by people the enterprise pays. */
    pledgeMinutes: integer("pledge_minutes"),
    /** Days after a period ends that its invoice falls due. */
    dueDays: integer("due_days").notNull().default(30),
    startsOn: date("starts_on", { mode: "string" }).notNull(),
    /** Inclusive last day; null while it lasts. */
    endsOn: date("ends_on", { mode: "string" }),
    terms: text("terms").notNull().default(""),
    proposedBy: uuid("proposed_by").references(() => people.id, { onDelete: "set null" }),
    respondedBy: uuid("responded_by").references(() => people.id, { onDelete: "set null" }),
    respondedAt: timestamp("responded_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().default(writtenAt),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().default(writtenAt),
  },
  (t) => [
    index("reciprocity_agreements_commons_idx").on(t.commonsId, t.status),
    index("reciprocity_agreements_enterprise_idx").on(t.enterpriseId, t.status),
    index("reciprocity_agreements_association_idx").on(t.associationId, t.status),
    check("reciprocity_agreements_terms", sql`num_nonnulls(${t.fixedFee}, ${t.revenueShareBp}, ${t.pledgeMinutes}) >= 1`),
    check("reciprocity_agreements_fee", sql`${t.fixedFee} is null or ${t.fixedFee} between 1 and 1000000000000000`),
    check("reciprocity_agreements_share", sql`${t.revenueShareBp} is null or ${t.revenueShareBp} between 1 and 10000`),
    check("reciprocity_agreements_pledge", sql`${t.pledgeMinutes} is null or ${t.pledgeMinutes} between 1 and 1000000`),
    check("reciprocity_agreements_due", sql`${t.dueDays} between 0 and 365`),
    check("reciprocity_agreements_dates", sql`${t.endsOn} is null or ${t.endsOn} >= ${t.startsOn}`),
    check("reciprocity_agreements_parties", sql`${t.enterpriseId} <> ${t.associationId}`),
    check("reciprocity_agreements_currency", sql`${t.currency} ~ '^[A-Z]{3}$'`),
  ],
);

/**
 * One period of an agreement: what is owed (the fixed fee plus the revenue share of the declared
 * revenue) and the pledge against the hours delivered. Raising it posts a receivable in the
 * association's books (and the bill in the enterprise's); paying it posts through both.
 */
export const reciprocityInvoices = pgTable(
  "reciprocity_invoices",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    agreementId: uuid("agreement_id")
      .notNull()
      .references(() => reciprocityAgreements.id, { onDelete: "cascade" }),
    periodStart: date("period_start", { mode: "string" }).notNull(),
    /** Inclusive. */
    periodEnd: date("period_end", { mode: "string" }).notNull(),
    declaredRevenue: bigint("declared_revenue", { mode: "number" }),
    amount: bigint("amount", { mode: "number" }).notNull(),
    currency: char("currency", { length: 3 }).notNull(),
    pledgeMinutes: integer("pledge_minutes"),
    deliveredMinutes: integer("delivered_minutes"),
    dueOn: date("due_on", { mode: "string" }).notNull(),
    status: invoiceStatus("status").notNull().default("open"),
    raisedTransactionId: uuid("raised_transaction_id").references(() => transactions.id),
    paidTransactionId: uuid("paid_transaction_id").references(() => transactions.id),
    raisedBy: uuid("raised_by").references(() => people.id, { onDelete: "set null" }),
    paidBy: uuid("paid_by").references(() => people.id, { onDelete: "set null" }),
    paidOn: date("paid_on", { mode: "string" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().default(writtenAt),
  },
  (t) => [
    uniqueIndex("reciprocity_invoices_period_key").on(t.agreementId, t.periodStart),
    index("reciprocity_invoices_due_idx").on(t.status, t.dueOn),
    check("reciprocity_invoices_period", sql`${t.periodEnd} >= ${t.periodStart}`),
    check("reciprocity_invoices_amount", sql`${t.amount} between 0 and 1000000000000000`),
    check("reciprocity_invoices_revenue", sql`${t.declaredRevenue} is null or ${t.declaredRevenue} between 0 and 1000000000000000`),
    check("reciprocity_invoices_paid", sql`(${t.status} = 'paid') = (${t.paidOn} is not null)`),
    check("reciprocity_invoices_posted", sql`${t.amount} = 0 or ${t.raisedTransactionId} is not null`),
  ],
);
