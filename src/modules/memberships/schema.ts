import { index, pgEnum, pgTable, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { writtenAt } from "../../db/written-at.ts";
import { people } from "../accounts/schema.ts";
import { organizations } from "../organizations/schema.ts";
import { MEMBERSHIP_STATUSES, ROLES } from "./values.ts";

export { MEMBERSHIP_STATUSES, ROLES };

export const role = pgEnum("membership_role", ROLES);
export const membershipStatus = pgEnum("membership_status", MEMBERSHIP_STATUSES);

/**
 * One row per person and organization. `pending` is a request awaiting a steward,
 * `invited` an invitation awaiting the person. The "always one steward" rule is a
 * trigger in the migrations, so it holds whatever code path writes here.
 */
export const memberships = pgTable(
  "memberships",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    personId: uuid("person_id")
      .notNull()
      .references(() => people.id, { onDelete: "cascade" }),
    role: role("role").notNull().default("member"),
    status: membershipStatus("status").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().default(writtenAt),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().default(writtenAt),
  },
  (t) => [
    uniqueIndex("memberships_org_person_key").on(t.organizationId, t.personId),
    index("memberships_person_idx").on(t.personId),
    index("memberships_org_status_idx").on(t.organizationId, t.status, t.createdAt, t.id),
  ],
);
