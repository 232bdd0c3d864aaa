import { sql } from "drizzle-orm";
import { type AnyPgColumn, check, index, integer, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { writtenAt } from "../../db/written-at.ts";
import { people } from "../accounts/schema.ts";
import { commons } from "../commons/schema.ts";
import { DOCUMENT_FORMATS } from "./values.ts";

export { DOCUMENT_FORMATS };

export const documentFormat = pgEnum("document_format", DOCUMENT_FORMATS);

/** Content-addressed text: revisions, proposals and forks point at the same row for the same bytes. */
export const blobs = pgTable(
  "blobs",
  {
    hash: text("hash").primaryKey(),
    content: text("content").notNull(),
    bytes: integer("bytes").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().default(writtenAt),
  },
  (t) => [check("blobs_hash_format", sql`${t.hash} ~ '^[0-9a-f]{64}$'`)],
);

export const documents = pgTable(
  "documents",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    commonsId: uuid("commons_id")
      .notNull()
      .references(() => commons.id, { onDelete: "cascade" }),
    path: text("path").notNull(),
    title: text("title").notNull(),
    format: documentFormat("format").notNull(),
    /** The number of the newest revision; revisions are numbered 1, 2, 3… per document. */
    head: integer("head").notNull().default(0),
    /** In a fork: the origin's document and the revision it was forked at. */
    forkedFromDocumentId: uuid("forked_from_document_id").references((): AnyPgColumn => documents.id, { onDelete: "set null" }),
    forkedFromRevision: integer("forked_from_revision"),
    /** In a fork of a commons on another instance: the origin document's address there. */
    forkedFromUri: text("forked_from_uri"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().default(writtenAt),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().default(writtenAt),
  },
  (t) => [
    uniqueIndex("documents_commons_path_key").on(t.commonsId, t.path),
    index("documents_forked_from_idx").on(t.forkedFromDocumentId),
    check("documents_head_non_negative", sql`${t.head} >= 0`),
  ],
);

export const revisions = pgTable(
  "revisions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    documentId: uuid("document_id")
      .notNull()
      .references(() => documents.id, { onDelete: "cascade" }),
    number: integer("number").notNull(),
    blobHash: text("blob_hash")
      .notNull()
      .references(() => blobs.hash),
    authorId: uuid("author_id").references(() => people.id, { onDelete: "set null" }),
    message: text("message").notNull(),
    linesAdded: integer("lines_added").notNull().default(0),
    linesRemoved: integer("lines_removed").notNull().default(0),
    /** The accepted contribution that made this revision (none for revisions copied into a fork). */
    contributionId: uuid("contribution_id"),
    /** In a fork: the origin revision this one copies. */
    upstreamRevisionId: uuid("upstream_revision_id").references((): AnyPgColumn => revisions.id, { onDelete: "set null" }),
    /** In a fork of a commons on another instance: the origin revision's address there, and its author there. */
    upstreamUri: text("upstream_uri"),
    remoteAuthorUri: text("remote_author_uri"),
    remoteAuthorHandle: text("remote_author_handle"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().default(writtenAt),
  },
  (t) => [
    uniqueIndex("revisions_document_number_key").on(t.documentId, t.number),
    index("revisions_author_idx").on(t.authorId),
    check("revisions_number_positive", sql`${t.number} >= 1`),
  ],
);
