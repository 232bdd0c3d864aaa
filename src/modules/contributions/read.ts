import { and, eq, inArray, type SQL, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { z } from "zod";
import { CursorTime, exactTime, keyset } from "../../db/keyset.ts";
import { prepared } from "../../db/prepared.ts";
import type { Executor } from "../../db/types.ts";
import type { Actor } from "../../http/env.ts";
import { AppError } from "../../http/errors.ts";
import { decodeCursor, page } from "../../http/pagination.ts";
import { textDiff } from "../../text/diff.ts";
import { threeWayMerge } from "../../text/merge.ts";
import { people } from "../accounts/schema.ts";
import { commons } from "../commons/schema.ts";
import { readBlob } from "../documents/blobs.ts";
import { documents, revisions } from "../documents/schema.ts";
import { organizations } from "../organizations/schema.ts";
import { standingOf } from "../organizations/service.ts";
import { t } from "./messages.ts";
import { type CONTRIBUTION_STATUSES, type CONTRIBUTION_TYPES, contributionSupports, contributions } from "./schema.ts";
import { findContribution } from "./service.ts";

const author = alias(people, "author");
const reviewer = alias(people, "reviewer");
const payer = alias(organizations, "payer");
const baseRevision = alias(revisions, "base_revision");
const resultRevision = alias(revisions, "result_revision");
const sourceRevision = alias(revisions, "source_revision");
const sourceDocument = alias(documents, "source_document");
const sourceCommons = alias(commons, "source_commons");

/** The columns every listing and page of a contribution shows. */
const listColumns = {
  id: contributions.id,
  type: contributions.type,
  kind: contributions.kind,
  status: contributions.status,
  title: contributions.title,
  minutes: contributions.minutes,
  linesAdded: contributions.linesAdded,
  linesRemoved: contributions.linesRemoved,
  supportCount: contributions.supportCount,
  performedOn: contributions.performedOn,
  funding: contributions.funding,
  externalId: contributions.externalId,
  externalAuthor: contributions.externalAuthor,
  createdAt: contributions.createdAt,
  updatedAt: contributions.updatedAt,
  cursorTime: exactTime(contributions.updatedAt),
  path: sql<string | null>`coalesce(${documents.path}, ${contributions.path})`,
  commons: { slug: commons.slug, title: commons.title },
  author: { handle: author.handle, name: author.name },
  remoteAuthor: {
    handle: contributions.remoteAuthorHandle,
    name: contributions.remoteAuthorName,
    uri: contributions.remoteAuthorUri,
  },
};

function listQuery(db: Executor) {
  return db
    .select(listColumns)
    .from(contributions)
    .innerJoin(commons, eq(commons.id, contributions.commonsId))
    .leftJoin(author, eq(author.id, contributions.authorId))
    .leftJoin(documents, eq(documents.id, contributions.documentId));
}
export type ContributionListRow = Awaited<ReturnType<ReturnType<typeof listQuery>["execute"]>>[number];

export interface ContributionQuery {
  commons?: string;
  author?: string;
  document?: string;
  status?: (typeof CONTRIBUTION_STATUSES)[number][];
  type?: (typeof CONTRIBUTION_TYPES)[number];
  cursor?: string;
  limit: number;
}

const Cursor = z.tuple([CursorTime, z.uuid()]);

const byChange = keyset(
  [
    { column: contributions.updatedAt, type: "timestamptz" },
    { column: contributions.id, type: "uuid" },
  ],
  "desc",
);

/** Most recently changed first, filtered by commons, author, document, status and type. */
export async function listContributions(db: Executor, f: ContributionQuery) {
  const after = decodeCursor(f.cursor, Cursor);
  const filters: (SQL | undefined)[] = [
    f.commons ? eq(commons.slug, f.commons) : undefined,
    f.author ? eq(author.handle, f.author) : undefined,
    f.document ? eq(documents.path, f.document) : undefined,
    f.status?.length ? inArray(contributions.status, f.status) : undefined,
    f.type ? eq(contributions.type, f.type) : undefined,
    byChange.after(after),
  ];
  const rows = await listQuery(db)
    .where(and(...filters))
    .orderBy(...byChange.orderBy)
    .limit(f.limit + 1);
  return page(
    rows,
    f.limit,
    (r) => r,
    (r) => [r.cursorTime, r.id],
  );
}

function detailStatement(db: Executor) {
  return db
    .select({
      ...listColumns,
      description: contributions.description,
      link: contributions.link,
      documentTitle: sql<string | null>`coalesce(${documents.title}, ${contributions.documentTitle})`,
      format: sql<"markdown" | "text" | null>`coalesce(${documents.format}::text, ${contributions.format}::text)`,
      head: documents.head,
      baseRevision: baseRevision.number,
      resultRevision: resultRevision.number,
      conflictNote: contributions.conflictNote,
      reviewNote: contributions.reviewNote,
      reviewedAt: contributions.reviewedAt,
      size: contributions.size,
      reviewer: { handle: reviewer.handle, name: reviewer.name },
      paidBy: { slug: payer.slug, name: payer.name },
      source: { commons: sourceCommons.slug, path: sourceDocument.path, revision: sourceRevision.number },
      communityId: commons.communityId,
      authorId: contributions.authorId,
    })
    .from(contributions)
    .innerJoin(commons, eq(commons.id, contributions.commonsId))
    .leftJoin(author, eq(author.id, contributions.authorId))
    .leftJoin(documents, eq(documents.id, contributions.documentId))
    .leftJoin(reviewer, eq(reviewer.id, contributions.reviewerId))
    .leftJoin(payer, eq(payer.id, contributions.paidById))
    .leftJoin(baseRevision, eq(baseRevision.id, contributions.baseRevisionId))
    .leftJoin(resultRevision, eq(resultRevision.id, contributions.resultRevisionId))
    .leftJoin(sourceRevision, eq(sourceRevision.id, contributions.sourceRevisionId))
    .leftJoin(sourceDocument, eq(sourceDocument.id, sourceRevision.documentId))
    .leftJoin(sourceCommons, eq(sourceCommons.id, sourceDocument.commonsId))
    .where(eq(contributions.id, sql.placeholder("id")))
    .limit(1)
    .prepare("contribution_detail");
}

/** One contribution with everything its page shows, and what the viewer may do with it. */
export async function getContribution(db: Executor, id: string, viewer: Actor | null) {
  // Eleven joins: planning them costs more than running them, so the plan is kept per connection.
  const [row] = await prepared(db, "contribution_detail", () => detailStatement(db)).execute({ id });
  if (!row) throw AppError.notFound(t("contribution"));
  const [standing, supported] = await Promise.all([
    standingOf(db, row.communityId, viewer),
    viewer
      ? db
          .select({ one: sql`1` })
          .from(contributionSupports)
          .where(and(eq(contributionSupports.contributionId, id), eq(contributionSupports.personId, viewer.id)))
          .limit(1)
      : [],
  ]);
  return { row, standing, supported: supported.length > 0 };
}
export type ContributionDetail = Awaited<ReturnType<typeof getContribution>>["row"];

/**
 * What the proposal changes (its base → its text) and, for an edit whose document has moved on,
 * how it would merge into the newest revision: the conflicts to resolve, if any.
 */
export async function proposalChanges(db: Executor, id: string) {
  const c = await findContribution(db, id);
  if (c.type === "work" || !c.proposedHash) throw AppError.notFound(t("documentChange"));
  const proposed = await readBlob(db, c.proposedHash);
  if (c.type === "new_document") return { proposed, diff: textDiff("", proposed), merge: null };
  const [base] = await db
    .select({ number: revisions.number, hash: revisions.blobHash, head: documents.head, documentId: documents.id })
    .from(revisions)
    .innerJoin(documents, eq(documents.id, revisions.documentId))
    .where(eq(revisions.id, c.baseRevisionId ?? ""));
  if (!base) throw AppError.notFound(t("baseRevision"));
  const baseText = await readBlob(db, base.hash);
  const diff = textDiff(baseText, proposed);
  const open = c.status === "pending" || c.status === "conflicted";
  if (!open || base.number === base.head) return { proposed, diff, merge: null };
  const [head] = await db
    .select({ hash: revisions.blobHash })
    .from(revisions)
    .where(and(eq(revisions.documentId, base.documentId), eq(revisions.number, base.head)));
  const merged = threeWayMerge(baseText, await readBlob(db, head?.hash ?? ""), proposed);
  return {
    proposed,
    diff,
    merge: {
      base: base.number,
      head: base.head,
      clean: merged.clean,
      conflicts: merged.clean ? [] : merged.conflicts,
      rebased: merged.clean ? merged.content : merged.proposalFirst,
    },
  };
}
