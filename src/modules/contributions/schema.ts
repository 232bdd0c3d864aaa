import { sql } from "drizzle-orm";
import {
  bigint,
  boolean,
  check,
  date,
  index,
  integer,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { writtenAt } from "../../db/written-at.ts";
import { people } from "../accounts/schema.ts";
import { commons } from "../commons/schema.ts";
import { blobs, documentFormat, documents, revisions } from "../documents/schema.ts";
import { organizations } from "../organizations/schema.ts";
import { CONTRIBUTION_KINDS, CONTRIBUTION_STATUSES, CONTRIBUTION_TYPES, FUNDINGS } from "./values.ts";

export { CONTRIBUTION_KINDS, CONTRIBUTION_STATUSES, CONTRIBUTION_TYPES, FUNDINGS };

export const contributionType = pgEnum("contribution_type", CONTRIBUTION_TYPES);
export const contributionKind = pgEnum("contribution_kind", CONTRIBUTION_KINDS);
export const contributionStatus = pgEnum("contribution_status", CONTRIBUTION_STATUSES);
export const funding = pgEnum("funding", FUNDINGS);

/**
 * The one record of value creation, whatever its type: credit reports and distributions read it.
 * The checks keep each type's fields present and the credit complete once accepted.
 */
export const contributions = pgTable(
  "contributions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    commonsId: uuid("commons_id")
      .notNull()
      .references(() => commons.id, { onDelete: "cascade" }),
    type: contributionType("type").notNull(),
    kind: contributionKind("kind").notNull(),
    status: contributionStatus("status").notNull().default("pending"),
    authorId: uuid("author_id").references(() => people.id, { onDelete: "set null" }),
    title: text("title").notNull(),
    description: text("description").notNull().default(""),
    /** The day the work was done; the affiliation in force that day decides the credit. */
    performedOn: date("performed_on").notNull(),
    // Documents: the edited document and the revision the proposal starts from.
    documentId: uuid("document_id").references(() => documents.id, { onDelete: "cascade" }),
    baseRevisionId: uuid("base_revision_id").references(() => revisions.id),
    proposedHash: text("proposed_hash").references(() => blobs.hash),
    // A new document's path, title and format.
    path: text("path"),
    documentTitle: text("document_title"),
    format: documentFormat("format"),
    /** A revision in a fork that this proposal brings upstream. */
    sourceRevisionId: uuid("source_revision_id").references(() => revisions.id, { onDelete: "set null" }),
    // Logged work.
    minutes: integer("minutes"),
    link: text("link"),
    /** Lines added and removed against the base (documents), kept current as the proposal changes. */
    linesAdded: integer("lines_added").notNull().default(0),
    linesRemoved: integer("lines_removed").notNull().default(0),
    supportCount: integer("support_count").notNull().default(0),
    conflictNote: text("conflict_note"),
    // Imported history: the commit's id and its author as git recorded them (the email is not kept).
    externalId: text("external_id"),
    externalAuthor: text("external_author"),
    /** A change offered from another instance (an ActivityPub Offer): its author there, and the Offer's address. */
    remoteAuthorUri: text("remote_author_uri"),
    remoteAuthorHandle: text("remote_author_handle"),
    remoteAuthorName: text("remote_author_name"),
    remoteOfferUri: text("remote_offer_uri").unique(),
    // Review.
    reviewerId: uuid("reviewer_id").references(() => people.id, { onDelete: "set null" }),
    reviewNote: text("review_note").notNull().default(""),
    reviewedAt: timestamp("reviewed_at", { withTimezone: true }),
    resultRevisionId: uuid("result_revision_id").references(() => revisions.id, { onDelete: "set null" }),
    // Credit, fixed when accepted.
    funding: funding("funding"),
    paidById: uuid("paid_by_id").references(() => organizations.id, { onDelete: "set null" }),
    /** Lines changed for documents, minutes for logged work. */
    size: integer("size").notNull().default(0),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().default(writtenAt),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().default(writtenAt),
  },
  (t) => [
    index("contributions_commons_status_idx").on(t.commonsId, t.status, t.updatedAt, t.id),
    index("contributions_commons_updated_idx").on(t.commonsId, t.updatedAt, t.id),
    index("contributions_author_idx").on(t.authorId, t.createdAt),
    index("contributions_document_idx").on(t.documentId, t.status),
    uniqueIndex("contributions_external_key").on(t.commonsId, t.externalId),
    // Distributions read a window of accepted contributions and of reviews.
    index("contributions_accepted_idx").on(t.commonsId, t.performedOn).where(sql`status = 'accepted'`),
    index("contributions_reviewed_idx").on(t.commonsId, t.reviewedAt).where(sql`reviewer_id is not null`),
    check(
      "contributions_type_fields",
      sql`case ${t.type}
        when 'work' then ${t.minutes} is not null and ${t.documentId} is null and ${t.proposedHash} is null
        when 'edit' then ${t.documentId} is not null and ${t.baseRevisionId} is not null and ${t.proposedHash} is not null
        when 'new_document' then ${t.path} is not null and ${t.documentTitle} is not null and ${t.format} is not null and ${t.proposedHash} is not null
        when 'commit' then ${t.externalId} is not null and ${t.documentId} is null and ${t.proposedHash} is null
      end`,
    ),
    check(
      "contributions_remote_author",
      sql`(${t.remoteAuthorUri} is null) = (${t.remoteOfferUri} is null) and (${t.remoteAuthorUri} is null or ${t.authorId} is null)`,
    ),
    check("contributions_minutes_range", sql`${t.minutes} is null or ${t.minutes} between 1 and 60000`),
    check("contributions_reviewed", sql`(${t.status} in ('accepted', 'rejected')) = (${t.reviewedAt} is not null)`),
    check("contributions_credited", sql`(${t.status} = 'accepted') = (${t.funding} is not null)`),
    check("contributions_paid_by", sql`(${t.funding} = 'paid') = (${t.paidById} is not null)`),
    check("contributions_counts", sql`${t.linesAdded} >= 0 and ${t.linesRemoved} >= 0 and ${t.size} >= 0 and ${t.supportCount} >= 0`),
  ],
);

export const contributionSupports = pgTable(
  "contribution_supports",
  {
    contributionId: uuid("contribution_id")
      .notNull()
      .references(() => contributions.id, { onDelete: "cascade" }),
    personId: uuid("person_id")
      .notNull()
      .references(() => people.id, { onDelete: "cascade" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().default(writtenAt),
  },
  (t) => [primaryKey({ columns: [t.contributionId, t.personId], name: "contribution_supports_pkey" })],
);

/**
 * Accepted contributions summed per commons, day, funding and payer: what "who writes this
 * commons" reads, so the report costs the same over a million contributions as over a hundred.
 * Only the database writes it (a trigger on contributions, see migrations), so it cannot drift;
 * backups leave it out and a restore rebuilds it as the contributions come back.
 */
export const creditDays = pgTable(
  "credit_days",
  {
    commonsId: uuid("commons_id")
      .notNull()
      .references(() => commons.id, { onDelete: "cascade" }),
    day: date("day").notNull(),
    funding: funding("funding").notNull(),
    paidById: uuid("paid_by_id").references(() => organizations.id),
    /** Logged work (size in minutes) apart from document changes (size in lines). */
    work: boolean("work").notNull(),
    contributions: integer("contributions").notNull(),
    size: bigint("size", { mode: "number" }).notNull(),
  },
  (t) => [
    unique("credit_days_key").on(t.commonsId, t.day, t.funding, t.paidById, t.work).nullsNotDistinct(),
    check("credit_days_counts", sql`${t.contributions} > 0 and ${t.size} >= 0`),
  ],
);
