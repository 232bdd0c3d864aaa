import { sql } from "drizzle-orm";
import { boolean, check, integer, pgTable, text, timestamp } from "drizzle-orm/pg-core";
import { writtenAt } from "../../db/written-at.ts";

/** One row once the instance is set up; its absence is what the first-run page looks for. */
export const instance = pgTable(
  "instance",
  {
    id: integer("id").primaryKey().default(1),
    name: text("name").notNull(),
    description: text("description").notNull().default(""),
    /** When set, an account must prove its email address before it may write (reading stays open). */
    requireVerifiedEmail: boolean("require_verified_email").notNull().default(false),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().default(writtenAt),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().default(writtenAt),
  },
  (t) => [check("instance_singleton", sql`${t.id} = 1`)],
);
