import { type SQL, sql } from "drizzle-orm";
import { check, customType, index, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { writtenAt } from "../../db/written-at.ts";
import { people } from "../accounts/schema.ts";
import { JOIN_POLICIES, ORGANIZATION_KINDS, OWNERSHIPS } from "./values.ts";

export { JOIN_POLICIES, ORGANIZATION_KINDS, OWNERSHIPS };

export const organizationKind = pgEnum("organization_kind", ORGANIZATION_KINDS);
export const ownership = pgEnum("ownership", OWNERSHIPS);
export const joinPolicy = pgEnum("join_policy", JOIN_POLICIES);

const tsvector = customType<{ data: string }>({ dataType: () => "tsvector" });

export const organizations = pgTable(
  "organizations",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    slug: text("slug").notNull(),
    name: text("name").notNull(),
    kind: organizationKind("kind").notNull(),
    /** Only enterprises have an ownership form; the check constraint keeps it so. */
    ownership: ownership("ownership"),
    description: text("description").notNull().default(""),
    website: text("website"),
    joinPolicy: joinPolicy("join_policy").notNull(),
    createdBy: uuid("created_by").references(() => people.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().default(writtenAt),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().default(writtenAt),
    search: tsvector("search").generatedAlwaysAs(
      (): SQL =>
        sql`setweight(to_tsvector('simple', ${organizations.name}), 'A') || setweight(to_tsvector('simple', ${organizations.description}), 'B')`,
    ),
  },
  (t) => [
    uniqueIndex("organizations_slug_key").on(t.slug),
    index("organizations_name_idx").on(t.name, t.id),
    index("organizations_kind_name_idx").on(t.kind, t.name, t.id),
    index("organizations_search_idx").using("gin", t.search),
    check("organizations_ownership_only_enterprise", sql`(${t.kind} = 'enterprise') = (${t.ownership} is not null)`),
  ],
);
