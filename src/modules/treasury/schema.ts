import { sql } from "drizzle-orm";
import {
  bigint,
  boolean,
  char,
  check,
  customType,
  date,
  index,
  integer,
  pgEnum,
  pgTable,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { writtenAt } from "../../db/written-at.ts";
import { people } from "../accounts/schema.ts";
import { proposals } from "../decisions/schema.ts";
import { accounts, transactions } from "../ledger/schema.ts";
import { organizations } from "../organizations/schema.ts";
import { APPROVALS, BUDGET_STATUSES, DONATION_STATUSES, EXPENSE_STATUSES, FEE_PERIODS } from "./values.ts";

export { APPROVALS, BUDGET_STATUSES, DONATION_STATUSES, EXPENSE_STATUSES, FEE_PERIODS };

export const budgetStatus = pgEnum("budget_status", BUDGET_STATUSES);
export const expenseStatus = pgEnum("expense_status", EXPENSE_STATUSES);
export const expenseApproval = pgEnum("expense_approval", APPROVALS);
export const donationStatus = pgEnum("donation_status", DONATION_STATUSES);
export const feePeriod = pgEnum("fee_period", FEE_PERIODS);

/** PGlite hands bytea back as a Uint8Array, node-postgres as a Buffer: both come out as a Buffer. */
const bytea = customType<{ data: Buffer; driverData: Uint8Array }>({
  dataType: () => "bytea",
  fromDriver: (value) => Buffer.from(value),
});

/** A year's budget; its lines bind the treasurer only once the members approve it by a decision. */
export const budgets = pgTable(
  "budgets",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    year: smallint("year").notNull(),
    title: text("title").notNull(),
    status: budgetStatus("status").notNull().default("draft"),
    proposalId: uuid("proposal_id").references(() => proposals.id, { onDelete: "set null" }),
    createdBy: uuid("created_by").references(() => people.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().default(writtenAt),
  },
  (t) => [
    index("budgets_org_idx").on(t.organizationId, t.year),
    uniqueIndex("budgets_one_approved_per_year").on(t.organizationId, t.year).where(sql`status = 'approved'`),
    uniqueIndex("budgets_proposal_key").on(t.proposalId),
    check("budgets_year", sql`${t.year} between 2000 and 2200`),
    check("budgets_decided", sql`${t.status} in ('draft') or ${t.proposalId} is not null`),
  ],
);

export const budgetLines = pgTable(
  "budget_lines",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    budgetId: uuid("budget_id")
      .notNull()
      .references(() => budgets.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    /** The expense account spending on this line is booked to. */
    accountId: uuid("account_id")
      .notNull()
      .references(() => accounts.id, { onDelete: "no action" }),
    amount: bigint("amount", { mode: "bigint" }).notNull(),
    currency: char("currency", { length: 3 }).notNull(),
    position: smallint("position").notNull(),
  },
  (t) => [
    uniqueIndex("budget_lines_budget_name_key").on(t.budgetId, t.name),
    check("budget_lines_amount", sql`${t.amount} > 0 and ${t.amount} <= 1000000000000000`),
  ],
);

/**
 * Money a member asks the organization to pay. A database trigger refuses to mark it approved or paid
 * without an authority: a passed decision that names it, or an approved budget line with room left.
 */
export const expenses = pgTable(
  "expenses",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    submittedBy: uuid("submitted_by").references(() => people.id, { onDelete: "set null" }),
    payeePersonId: uuid("payee_person_id").references(() => people.id, { onDelete: "set null" }),
    payeeName: text("payee_name").notNull(),
    amount: bigint("amount", { mode: "bigint" }).notNull(),
    currency: char("currency", { length: 3 }).notNull(),
    purpose: text("purpose").notNull(),
    accountId: uuid("account_id")
      .notNull()
      .references(() => accounts.id, { onDelete: "no action" }),
    budgetLineId: uuid("budget_line_id").references(() => budgetLines.id, { onDelete: "no action" }),
    status: expenseStatus("status").notNull().default("submitted"),
    approval: expenseApproval("approval"),
    proposalId: uuid("proposal_id").references(() => proposals.id, { onDelete: "no action" }),
    decidedBy: uuid("decided_by").references(() => people.id, { onDelete: "set null" }),
    decidedAt: timestamp("decided_at", { withTimezone: true }),
    decisionNote: text("decision_note"),
    transactionId: uuid("transaction_id").references(() => transactions.id, { onDelete: "no action" }),
    paidAt: timestamp("paid_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().default(writtenAt),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().default(writtenAt),
  },
  (t) => [
    index("expenses_org_idx").on(t.organizationId, t.createdAt, t.id),
    index("expenses_line_idx").on(t.budgetLineId),
    uniqueIndex("expenses_proposal_key").on(t.proposalId),
    check("expenses_amount", sql`${t.amount} > 0 and ${t.amount} <= 1000000000000000`),
    check(
      "expenses_authorised",
      sql`${t.status} not in ('approved', 'paid') or (${t.approval} = 'decision' and ${t.proposalId} is not null) or (${t.approval} = 'budget' and ${t.budgetLineId} is not null and ${t.decidedBy} is not null)`,
    ),
    check("expenses_paid", sql`(${t.status} = 'paid') = (${t.transactionId} is not null and ${t.paidAt} is not null)`),
  ],
);

/** The receipt attached to an expense: the file itself, kept in the database with the expense. */
export const receipts = pgTable("receipts", {
  expenseId: uuid("expense_id")
    .primaryKey()
    .references(() => expenses.id, { onDelete: "cascade" }),
  filename: text("filename").notNull(),
  contentType: text("content_type").notNull(),
  size: integer("size").notNull(),
  sha256: char("sha256", { length: 64 }).notNull(),
  data: bytea("data").notNull(),
  uploadedAt: timestamp("uploaded_at", { withTimezone: true }).notNull().default(writtenAt),
});

/** A donation as the donor reports it; a treasurer confirms its receipt before it is posted. */
export const donations = pgTable(
  "donations",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    donorId: uuid("donor_id").references(() => people.id, { onDelete: "set null" }),
    /** Public pages show "Anonymous" instead of the donor's name. */
    anonymous: boolean("anonymous").notNull().default(false),
    amount: bigint("amount", { mode: "bigint" }).notNull(),
    currency: char("currency", { length: 3 }).notNull(),
    message: text("message").notNull().default(""),
    status: donationStatus("status").notNull().default("pending"),
    reviewedBy: uuid("reviewed_by").references(() => people.id, { onDelete: "set null" }),
    reviewedAt: timestamp("reviewed_at", { withTimezone: true }),
    transactionId: uuid("transaction_id").references(() => transactions.id, { onDelete: "no action" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().default(writtenAt),
  },
  (t) => [
    index("donations_org_idx").on(t.organizationId, t.status, t.createdAt, t.id),
    check("donations_amount", sql`${t.amount} > 0 and ${t.amount} <= 1000000000000000`),
    check("donations_posted", sql`(${t.status} = 'confirmed') = (${t.transactionId} is not null)`),
  ],
);

/** What members pay, per period; one schedule per organization at a time. */
export const feeSchedules = pgTable(
  "fee_schedules",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    amount: bigint("amount", { mode: "bigint" }).notNull(),
    currency: char("currency", { length: 3 }).notNull(),
    period: feePeriod("period").notNull(),
    startsOn: date("starts_on", { mode: "string" }).notNull(),
    createdBy: uuid("created_by").references(() => people.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().default(writtenAt),
  },
  (t) => [
    uniqueIndex("fee_schedules_org_start_key").on(t.organizationId, t.startsOn),
    check("fee_schedules_amount", sql`${t.amount} > 0 and ${t.amount} <= 1000000000000000`),
  ],
);

/** A member's fee for one period, paid: the unique key keeps anyone from paying the same period twice. */
export const membershipFees = pgTable(
  "membership_fees",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    personId: uuid("person_id")
      .notNull()
      .references(() => people.id, { onDelete: "cascade" }),
    periodStart: date("period_start", { mode: "string" }).notNull(),
    periodEnd: date("period_end", { mode: "string" }).notNull(),
    transactionId: uuid("transaction_id")
      .notNull()
      .references(() => transactions.id, { onDelete: "no action" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().default(writtenAt),
  },
  (t) => [
    uniqueIndex("membership_fees_period_key").on(t.organizationId, t.personId, t.periodStart),
    check("membership_fees_period", sql`${t.periodEnd} > ${t.periodStart}`),
  ],
);
