import { sql } from "drizzle-orm";
import { bigint, index, jsonb, pgEnum, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { writtenAt } from "../../db/written-at.ts";
import { people } from "../accounts/schema.ts";
import { organizations } from "../organizations/schema.ts";
import { VISIBILITIES } from "./values.ts";

export { VISIBILITIES };

export const visibility = pgEnum("activity_visibility", VISIBILITIES);

/**
 * The public log of every state change (holoptism). Rows are only ever appended, in
 * the same transaction as the change they describe; the id orders them and serves
 * as the pagination cursor.
 */
export const activities = pgTable(
  "activities",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    actorId: uuid("actor_id").references(() => people.id, { onDelete: "set null" }),
    verb: text("verb").notNull(),
    objectType: text("object_type").notNull(),
    objectId: uuid("object_id").notNull(),
    targetType: text("target_type"),
    targetId: uuid("target_id"),
    /** The organization whose feed shows this row, if any. */
    organizationId: uuid("organization_id").references(() => organizations.id, { onDelete: "cascade" }),
    /** Who may read it: everyone, the organization's active members, or the actor alone (and its audience). */
    visibility: visibility("visibility").notNull().default("public"),
    /**
     * People a private row also concerns, who may read it and be told of it: the owner asked to approve
     * a booking, the borrower whose booking the desk changed. Nobody else learns who booked what.
     */
    audience: uuid("audience").array().notNull().default(sql`'{}'::uuid[]`),
    /** A small public summary (names, slugs, roles) so feeds read without joins; never personal data. */
    data: jsonb("data").$type<Record<string, unknown>>().notNull().default({}),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().default(writtenAt),
  },
  (t) => [
    index("activities_org_idx").on(t.organizationId, t.id),
    index("activities_actor_idx").on(t.actorId, t.id),
    index("activities_verb_idx").on(t.verb, t.id),
    index("activities_object_idx").on(t.objectType, t.objectId, t.id),
    index("activities_target_idx").on(t.targetType, t.targetId, t.id),
  ],
);
