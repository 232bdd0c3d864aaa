import { sql } from "drizzle-orm";
import { type AnyPgColumn, check, index, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { writtenAt } from "../../db/written-at.ts";
import { people } from "../accounts/schema.ts";
import { organizations } from "../organizations/schema.ts";
import { LICENCE_IDS } from "./licences.ts";

const licenceList = sql.raw(LICENCE_IDS.map((id) => `'${id.replaceAll("'", "''")}'`).join(", "));

/**
 * A commons: versioned documents stewarded by a community. A trigger (see migrations) keeps
 * `community_id` on a community and `steward_association_id` on an association.
 */
export const commons = pgTable(
  "commons",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    slug: text("slug").notNull(),
    title: text("title").notNull(),
    summary: text("summary").notNull().default(""),
    licence: text("licence").notNull(),
    communityId: uuid("community_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "restrict" }),
    stewardAssociationId: uuid("steward_association_id").references(() => organizations.id, { onDelete: "set null" }),
    tags: text("tags").array().notNull().default(sql`'{}'::text[]`),
    forkedFromId: uuid("forked_from_id").references((): AnyPgColumn => commons.id, { onDelete: "set null" }),
    forkedAt: timestamp("forked_at", { withTimezone: true }),
    /** A fork of a commons on another instance: the origin's ActivityPub address (forkedFromId is then null). */
    forkedFromUri: text("forked_from_uri"),
    createdBy: uuid("created_by").references(() => people.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().default(writtenAt),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().default(writtenAt),
  },
  (t) => [
    uniqueIndex("commons_slug_key").on(t.slug),
    index("commons_community_idx").on(t.communityId),
    index("commons_forked_from_idx").on(t.forkedFromId, t.forkedAt),
    index("commons_created_idx").on(t.createdAt, t.id),
    index("commons_tags_idx").using("gin", t.tags),
    check("commons_licence_known", sql`${t.licence} in (${licenceList})`),
    check("commons_tags_bounded", sql`cardinality(${t.tags}) <= 12`),
    check("commons_fork_lineage", sql`(${t.forkedFromId} is null and ${t.forkedFromUri} is null) or (${t.forkedAt} is not null)`),
    check("commons_one_origin", sql`${t.forkedFromId} is null or ${t.forkedFromUri} is null`),
  ],
);
