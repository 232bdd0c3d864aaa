import { sql } from "drizzle-orm";
import { check, index, integer, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { writtenAt } from "../../db/written-at.ts";
import { people } from "../accounts/schema.ts";
import { commons } from "../commons/schema.ts";
import { organizations } from "../organizations/schema.ts";
import { SUBJECT_TYPES } from "./values.ts";

export { SUBJECT_TYPES };

export const subjectType = pgEnum("thread_subject", SUBJECT_TYPES);

export const threads = pgTable(
  "threads",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    subjectType: subjectType("subject_type").notNull(),
    subjectId: uuid("subject_id").notNull(),
    /** Whose maintainers moderate it: the commons', or the organization's stewards for an organization's need. */
    commonsId: uuid("commons_id").references(() => commons.id, { onDelete: "cascade" }),
    organizationId: uuid("organization_id").references(() => organizations.id, { onDelete: "cascade" }),
    title: text("title").notNull(),
    authorId: uuid("author_id").references(() => people.id, { onDelete: "set null" }),
    commentCount: integer("comment_count").notNull().default(0),
    lastCommentAt: timestamp("last_comment_at", { withTimezone: true }).notNull().default(writtenAt),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().default(writtenAt),
  },
  (t) => [
    index("threads_subject_idx").on(t.subjectType, t.subjectId, t.lastCommentAt, t.id),
    index("threads_commons_idx").on(t.commonsId, t.lastCommentAt, t.id),
    uniqueIndex("threads_one_per_item_key").on(t.subjectType, t.subjectId).where(sql`subject_type in ('contribution', 'need')`),
    check("threads_one_scope", sql`(${t.commonsId} is null) <> (${t.organizationId} is null)`),
  ],
);

export const comments = pgTable(
  "comments",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    threadId: uuid("thread_id")
      .notNull()
      .references(() => threads.id, { onDelete: "cascade" }),
    authorId: uuid("author_id").references(() => people.id, { onDelete: "set null" }),
    /** A reply from another instance: its author's address, handle and name, and its own address. */
    remoteAuthorUri: text("remote_author_uri"),
    remoteAuthorHandle: text("remote_author_handle"),
    remoteAuthorName: text("remote_author_name"),
    remoteUri: text("remote_uri").unique(),
    body: text("body").notNull(),
    /** Sanitized HTML rendered from `body` when it is written. */
    html: text("html").notNull(),
    editedAt: timestamp("edited_at", { withTimezone: true }),
    hiddenAt: timestamp("hidden_at", { withTimezone: true }),
    hiddenBy: uuid("hidden_by").references(() => people.id, { onDelete: "set null" }),
    hiddenReason: text("hidden_reason"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().default(writtenAt),
  },
  (t) => [
    index("comments_thread_idx").on(t.threadId, t.createdAt, t.id),
    check("comments_hidden_reason", sql`(${t.hiddenAt} is null) = (${t.hiddenReason} is null)`),
    check(
      "comments_remote_author",
      sql`(${t.remoteAuthorUri} is null) = (${t.remoteUri} is null) and (${t.remoteAuthorUri} is null or ${t.authorId} is null)`,
    ),
  ],
);

/** Earlier versions of an edited comment: the history is kept. */
export const commentVersions = pgTable(
  "comment_versions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    commentId: uuid("comment_id")
      .notNull()
      .references(() => comments.id, { onDelete: "cascade" }),
    body: text("body").notNull(),
    writtenAt: timestamp("written_at", { withTimezone: true }).notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().default(writtenAt),
  },
  (t) => [index("comment_versions_comment_idx").on(t.commentId, t.writtenAt)],
);
