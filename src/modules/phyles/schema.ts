import { sql } from "drizzle-orm";
import {
  bigint,
  char,
  check,
  date,
  index,
  integer,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { writtenAt } from "../../db/written-at.ts";
import { people } from "../accounts/schema.ts";
import { commons } from "../commons/schema.ts";
import { organizations } from "../organizations/schema.ts";
import { PHYLE_BASES, PHYLE_DESTINATIONS } from "./values.ts";

export { PHYLE_BASES, PHYLE_DESTINATIONS };

export const phyleBasis = pgEnum("phyle_basis", PHYLE_BASES);
export const phyleDestination = pgEnum("phyle_destination", PHYLE_DESTINATIONS);

/** An enterprise's phyle charter: it commits a share of its surplus (or revenue) to the commons it builds on. */
export const phyleCharters = pgTable(
  "phyle_charters",
  {
    enterpriseId: uuid("enterprise_id")
      .primaryKey()
      .references(() => organizations.id, { onDelete: "cascade" }),
    basis: phyleBasis("basis").notNull(),
    shareBp: integer("share_bp").notNull(),
    mission: text("mission").notNull(),
    currency: char("currency", { length: 3 }).notNull(),
    adoptedBy: uuid("adopted_by").references(() => people.id, { onDelete: "set null" }),
    adoptedAt: timestamp("adopted_at", { withTimezone: true }).notNull().default(writtenAt),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().default(writtenAt),
  },
  (t) => [
    check("phyle_charters_share", sql`${t.shareBp} between 1 and 10000`),
    check("phyle_charters_currency", sql`${t.currency} ~ '^[A-Z]{3}$'`),
  ],
);

/**
 * The commons a phyle commits to and how the committed amount is split between them; a deferred
 * trigger (see migrations) keeps each charter's weights summing to 100%.
 */
export const phyleBeneficiaries = pgTable(
  "phyle_beneficiaries",
  {
    enterpriseId: uuid("enterprise_id")
      .notNull()
      .references(() => phyleCharters.enterpriseId, { onDelete: "cascade" }),
    commonsId: uuid("commons_id")
      .notNull()
      .references(() => commons.id, { onDelete: "cascade" }),
    destination: phyleDestination("destination").notNull(),
    weightBp: integer("weight_bp").notNull(),
  },
  (t) => [
    primaryKey({ name: "phyle_beneficiaries_pkey", columns: [t.enterpriseId, t.commonsId, t.destination] }),
    check("phyle_beneficiaries_weight", sql`${t.weightBp} between 1 and 10000`),
  ],
);

/** One period's revenue (and costs) as the phyle records it, and the amount it committed from it. */
export const phylePeriods = pgTable(
  "phyle_periods",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    enterpriseId: uuid("enterprise_id")
      .notNull()
      .references(() => phyleCharters.enterpriseId, { onDelete: "cascade" }),
    periodStart: date("period_start", { mode: "string" }).notNull(),
    periodEnd: date("period_end", { mode: "string" }).notNull(),
    currency: char("currency", { length: 3 }).notNull(),
    revenue: bigint("revenue", { mode: "number" }).notNull(),
    costs: bigint("costs", { mode: "number" }).notNull().default(0),
    /** The charter's basis and share when the period was recorded, so later charter changes leave it as it was. */
    basis: phyleBasis("basis").notNull(),
    shareBp: integer("share_bp").notNull(),
    committed: bigint("committed", { mode: "number" }).notNull(),
    recordedBy: uuid("recorded_by").references(() => people.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().default(writtenAt),
  },
  (t) => [
    uniqueIndex("phyle_periods_key").on(t.enterpriseId, t.periodStart),
    index("phyle_periods_enterprise_idx").on(t.enterpriseId, t.periodStart),
    check("phyle_periods_dates", sql`${t.periodEnd} >= ${t.periodStart}`),
    check("phyle_periods_amounts", sql`${t.revenue} between 0 and 1000000000000000 and ${t.costs} between 0 and 1000000000000000`),
    check("phyle_periods_committed", sql`${t.committed} >= 0 and ${t.committed} <= ${t.revenue}`),
    check("phyle_periods_share", sql`${t.shareBp} between 1 and 10000`),
  ],
);

/** One beneficiary's part of a period's commitment, as posted (largest remainder: the parts sum to the commitment). */
export const phyleCommitments = pgTable(
  "phyle_commitments",
  {
    periodId: uuid("period_id")
      .notNull()
      .references(() => phylePeriods.id, { onDelete: "cascade" }),
    commonsId: uuid("commons_id")
      .notNull()
      .references(() => commons.id, { onDelete: "cascade" }),
    destination: phyleDestination("destination").notNull(),
    amount: bigint("amount", { mode: "number" }).notNull(),
    /** The payment into the steward's books: a transfer of its own (none when the part is zero). */
    transferId: uuid("transfer_id"),
  },
  (t) => [
    primaryKey({ name: "phyle_commitments_pkey", columns: [t.periodId, t.commonsId, t.destination] }),
    index("phyle_commitments_commons_idx").on(t.commonsId),
    check("phyle_commitments_amount", sql`${t.amount} >= 0`),
  ],
);
