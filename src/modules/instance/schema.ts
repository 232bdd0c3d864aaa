import { sql } from "drizzle-orm";
import { check, integer, pgTable, text, timestamp } from "drizzle-orm/pg-core";
import { writtenAt } from "../../db/written-at.ts";

/** One row once the instance is set up; its absence is what the first-run page looks for. */
export const instance = pgTable(
  "instance",
  {
    id: integer("id").primaryKey().default(1),
    name: text("name").notNull(),
    description: text("description").notNull().default(""),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().default(writtenAt),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().default(writtenAt),
  },
  (t) => [check("instance_singleton", sql`${t.id} = 1`)],
);
