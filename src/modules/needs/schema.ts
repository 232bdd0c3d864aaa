import { sql } from "drizzle-orm";
import { check, date, index, integer, pgEnum, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { writtenAt } from "../../db/written-at.ts";
import { people } from "../accounts/schema.ts";
import { commons } from "../commons/schema.ts";
import { contributions } from "../contributions/schema.ts";
import { organizations } from "../organizations/schema.ts";
import { NEED_STATUSES, NEED_TYPES, URGENCIES } from "./values.ts";

export { NEED_STATUSES, NEED_TYPES, URGENCIES };

export const needType = pgEnum("need_type", NEED_TYPES);
export const needStatus = pgEnum("need_status", NEED_STATUSES);
export const urgency = pgEnum("urgency", URGENCIES);

/** A need or offer on a commons or on an organization (exactly one of the two). Nobody assigns it. */
export const needs = pgTable(
  "needs",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    type: needType("type").notNull(),
    commonsId: uuid("commons_id").references(() => commons.id, { onDelete: "cascade" }),
    organizationId: uuid("organization_id").references(() => organizations.id, { onDelete: "cascade" }),
    title: text("title").notNull(),
    body: text("body").notNull().default(""),
    tags: text("tags").array().notNull().default(sql`'{}'::text[]`),
    urgency: urgency("urgency"),
    dueOn: date("due_on"),
    status: needStatus("status").notNull().default("open"),
    authorId: uuid("author_id").references(() => people.id, { onDelete: "set null" }),
    takerCount: integer("taker_count").notNull().default(0),
    closedBy: uuid("closed_by").references(() => people.id, { onDelete: "set null" }),
    closedAt: timestamp("closed_at", { withTimezone: true }),
    closeNote: text("close_note").notNull().default(""),
    /** Freshness: moved forward by every update, take-up and link. */
    activeAt: timestamp("active_at", { withTimezone: true }).notNull().default(writtenAt),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().default(writtenAt),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().default(writtenAt),
  },
  (t) => [
    index("needs_commons_idx").on(t.commonsId, t.status, t.activeAt),
    index("needs_organization_idx").on(t.organizationId, t.status, t.activeAt),
    index("needs_tags_idx").using("gin", t.tags),
    check("needs_one_scope", sql`(${t.commonsId} is null) <> (${t.organizationId} is null)`),
    check("needs_closed", sql`(${t.status} = 'done') = (${t.closedAt} is not null)`),
    check("needs_tags_bounded", sql`cardinality(${t.tags}) <= 12`),
    check("needs_taker_count", sql`${t.takerCount} >= 0`),
  ],
);

/** "I'm taking this up": several people may. */
export const needTakers = pgTable(
  "need_takers",
  {
    needId: uuid("need_id")
      .notNull()
      .references(() => needs.id, { onDelete: "cascade" }),
    personId: uuid("person_id")
      .notNull()
      .references(() => people.id, { onDelete: "cascade" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().default(writtenAt),
  },
  (t) => [primaryKey({ columns: [t.needId, t.personId], name: "need_takers_pkey" }), index("need_takers_person_idx").on(t.personId)],
);

/** People on other instances who took a need up (answering its FEP-0837 Proposal): their address there and handle. */
export const needRemoteTakers = pgTable(
  "need_remote_takers",
  {
    needId: uuid("need_id")
      .notNull()
      .references(() => needs.id, { onDelete: "cascade" }),
    actorUri: text("actor_uri").notNull(),
    handle: text("handle").notNull(),
    name: text("name").notNull().default(""),
    offerUri: text("offer_uri").notNull().unique(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().default(writtenAt),
  },
  (t) => [primaryKey({ columns: [t.needId, t.actorUri], name: "need_remote_takers_pkey" })],
);

export const needUpdates = pgTable(
  "need_updates",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    needId: uuid("need_id")
      .notNull()
      .references(() => needs.id, { onDelete: "cascade" }),
    authorId: uuid("author_id").references(() => people.id, { onDelete: "set null" }),
    body: text("body").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().default(writtenAt),
  },
  (t) => [index("need_updates_need_idx").on(t.needId, t.createdAt)],
);

/** Contributions that answer a need. */
export const needLinks = pgTable(
  "need_links",
  {
    needId: uuid("need_id")
      .notNull()
      .references(() => needs.id, { onDelete: "cascade" }),
    contributionId: uuid("contribution_id")
      .notNull()
      .references(() => contributions.id, { onDelete: "cascade" }),
    linkedBy: uuid("linked_by").references(() => people.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().default(writtenAt),
  },
  (t) => [primaryKey({ columns: [t.needId, t.contributionId], name: "need_links_pkey" })],
);
