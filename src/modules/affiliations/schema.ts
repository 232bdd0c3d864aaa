import { sql } from "drizzle-orm";
import { check, date, index, pgEnum, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { writtenAt } from "../../db/written-at.ts";
import { people } from "../accounts/schema.ts";
import { organizations } from "../organizations/schema.ts";
import { AFFILIATION_STATUSES } from "./values.ts";

export { AFFILIATION_STATUSES };

export const affiliationStatus = pgEnum("affiliation_status", AFFILIATION_STATUSES);

/**
 * "Enterprise X pays me for my work from A to B". Overlapping periods for the same
 * person and enterprise are refused by an exclusion constraint (see migrations), and a
 * trigger refuses affiliations to organizations that are not enterprises.
 */
export const affiliations = pgTable(
  "affiliations",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    personId: uuid("person_id")
      .notNull()
      .references(() => people.id, { onDelete: "cascade" }),
    enterpriseId: uuid("enterprise_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    startsOn: date("starts_on").notNull(),
    /** Inclusive last day; null while it lasts. */
    endsOn: date("ends_on"),
    status: affiliationStatus("status").notNull().default("claimed"),
    note: text("note").notNull().default(""),
    reviewNote: text("review_note").notNull().default(""),
    reviewedBy: uuid("reviewed_by").references(() => people.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().default(writtenAt),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().default(writtenAt),
  },
  (t) => [
    index("affiliations_person_idx").on(t.personId, t.startsOn),
    index("affiliations_enterprise_idx").on(t.enterpriseId, t.startsOn),
    check("affiliations_dates_ordered", sql`${t.endsOn} is null or ${t.endsOn} >= ${t.startsOn}`),
  ],
);
