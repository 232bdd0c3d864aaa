import { and, eq, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { z } from "zod";
import { keyset } from "../../db/keyset.ts";
import { prepared } from "../../db/prepared.ts";
import type { Executor } from "../../db/types.ts";
import type { Actor } from "../../http/env.ts";
import { AppError } from "../../http/errors.ts";
import { decodeCursor, page } from "../../http/pagination.ts";
import { renderMarkdown } from "../../text/markdown.ts";
import { people } from "../accounts/schema.ts";
import { t as commonsText } from "../commons/messages.ts";
import { commons } from "../commons/schema.ts";
import { standingOf } from "../organizations/service.ts";
import { readBlob } from "./blobs.ts";
import { t } from "./messages.ts";
import { blobs, documents, revisions } from "./schema.ts";

export type Document = typeof documents.$inferSelect;
export type Revision = typeof revisions.$inferSelect;

const documentLookup = (db: Executor) =>
  db
    .select({
      document: documents,
      commons: { id: commons.id, slug: commons.slug, title: commons.title, communityId: commons.communityId },
    })
    .from(documents)
    .innerJoin(commons, eq(commons.id, documents.commonsId))
    .where(and(eq(commons.slug, sql.placeholder("slug")), eq(documents.path, sql.placeholder("path"))))
    .limit(1);

/** A document by its commons' slug and its own path. Reads use a prepared statement: every document page starts here. */
export async function findDocument(db: Executor, slug: string, path: string) {
  const params = { slug: slug.toLowerCase(), path: path.toLowerCase() };
  const [row] = await prepared(db, "document_by_path", () => documentLookup(db).prepare("document_by_path")).execute(params);
  if (!row) throw AppError.notFound(t("documentIn", { path, slug }));
  return row;
}

export async function revisionOf(db: Executor, documentId: string, number: number, field = "query.revision"): Promise<Revision> {
  const [row] = await db
    .select()
    .from(revisions)
    .where(and(eq(revisions.documentId, documentId), eq(revisions.number, number)))
    .limit(1);
  if (!row) throw missingRevision(number, field);
  return row;
}

const missingRevision = (number: number, path: string) =>
  new AppError(404, "not-found", t("noRevision", { revision: number }), [{ path, message: t("noRevisionField", { revision: number }) }]);

export interface NewRevision {
  documentId: string;
  number: number;
  blobHash: string;
  authorId: string | null;
  message: string;
  linesAdded: number;
  linesRemoved: number;
  contributionId?: string;
  createdAt?: Date;
  /** A change offered from another instance: its author there (authorId is then null). */
  remoteAuthorUri?: string | null;
  remoteAuthorHandle?: string | null;
}

/** Appends the next revision; the database refuses anything but head + 1 and moves the head. */
export async function appendRevision(tx: Executor, r: NewRevision): Promise<Revision> {
  const [row] = await tx.insert(revisions).values(r).returning();
  if (!row) throw new Error("insert returned no row");
  return row;
}

const author = alias(people, "author");

export async function listDocuments(db: Executor, slug: string) {
  const [found] = await db.select({ id: commons.id }).from(commons).where(eq(commons.slug, slug.toLowerCase())).limit(1);
  if (!found) throw AppError.notFound(commonsText("commonsNamed", { slug }));
  return db
    .select({
      path: documents.path,
      title: documents.title,
      format: documents.format,
      head: documents.head,
      updatedAt: documents.updatedAt,
      bytes: blobs.bytes,
      lastAuthor: { handle: author.handle, name: author.name },
    })
    .from(documents)
    .leftJoin(revisions, and(eq(revisions.documentId, documents.id), eq(revisions.number, documents.head)))
    .leftJoin(blobs, eq(blobs.hash, revisions.blobHash))
    .leftJoin(author, eq(author.id, revisions.authorId))
    .where(eq(documents.commonsId, found.id))
    .orderBy(documents.path);
}

const origin = alias(documents, "origin");
const originCommons = alias(commons, "origin_commons");

/** The fork lineage of a document: where it came from and at which revision. */
async function lineageOf(db: Executor, doc: Document) {
  if (!doc.forkedFromDocumentId) return null;
  const [row] = await db
    .select({ slug: originCommons.slug, title: originCommons.title, path: origin.path })
    .from(origin)
    .innerJoin(originCommons, eq(originCommons.id, origin.commonsId))
    .where(eq(origin.id, doc.forkedFromDocumentId))
    .limit(1);
  return row ? { commons: { slug: row.slug, title: row.title }, path: row.path, revision: doc.forkedFromRevision ?? 0 } : null;
}

const revisionColumns = {
  id: revisions.id,
  number: revisions.number,
  hash: revisions.blobHash,
  message: revisions.message,
  linesAdded: revisions.linesAdded,
  linesRemoved: revisions.linesRemoved,
  contributionId: revisions.contributionId,
  upstreamRevisionId: revisions.upstreamRevisionId,
  upstreamUri: revisions.upstreamUri,
  remoteAuthorHandle: revisions.remoteAuthorHandle,
  createdAt: revisions.createdAt,
  author: { handle: author.handle, name: author.name },
};

async function revisionWithAuthor(db: Executor, documentId: string, number: number, field = "query.revision") {
  const [row] = await db
    .select({ ...revisionColumns, bytes: blobs.bytes })
    .from(revisions)
    .innerJoin(blobs, eq(blobs.hash, revisions.blobHash))
    .leftJoin(author, eq(author.id, revisions.authorId))
    .where(and(eq(revisions.documentId, documentId), eq(revisions.number, number)))
    .limit(1);
  if (!row) throw missingRevision(number, field);
  return row;
}
export type RevisionSummary = Awaited<ReturnType<typeof revisionWithAuthor>>;

/** A document at its head or at any earlier revision, with the content and, for Markdown, its sanitized rendering. */
export async function getDocument(db: Executor, slug: string, path: string, viewer: Actor | null, number?: number) {
  const { document, commons: c } = await findDocument(db, slug, path);
  if (document.head === 0) throw AppError.notFound(t("document", { path }));
  const revision = await revisionWithAuthor(db, document.id, number ?? document.head);
  const content = await readBlob(db, revision.hash);
  return {
    document,
    commons: c,
    revision,
    content,
    html: document.format === "markdown" ? renderMarkdown(content) : null,
    lineage: await lineageOf(db, document),
    standing: await standingOf(db, c.communityId, viewer),
  };
}

const HistoryCursor = z.tuple([z.number().int()]);
const BEFORE_ALL = 2_147_483_647;
const newestFirst = keyset([{ column: revisions.number, type: "int" }], "desc");

const historyStatement = (db: Executor) =>
  db
    .select(revisionColumns)
    .from(revisions)
    .leftJoin(author, eq(author.id, revisions.authorId))
    .where(and(eq(revisions.documentId, sql.placeholder("document")), newestFirst.after([sql.placeholder("before")])))
    .orderBy(...newestFirst.orderBy)
    .limit(sql.placeholder("limit"))
    .prepare("document_history");

/** Newest first, by revision number; the cursor is the last number shown. */
export async function listRevisions(db: Executor, slug: string, path: string, f: { cursor?: string; limit: number }) {
  const { document } = await findDocument(db, slug, path);
  const after = decodeCursor(f.cursor, HistoryCursor);
  const rows = await prepared(db, "document_history", () => historyStatement(db)).execute({
    document: document.id,
    before: after ? after[0] : BEFORE_ALL,
    limit: f.limit + 1,
  });
  return {
    head: document.head,
    ...page(
      rows,
      f.limit,
      (r) => r,
      (r) => [r.number],
    ),
  };
}

/** Two revisions of one document and their contents, for a diff. */
export async function revisionPair(db: Executor, slug: string, path: string, from: number, to: number) {
  const { document } = await findDocument(db, slug, path);
  const [a, b] = await Promise.all([
    revisionWithAuthor(db, document.id, from, "query.from"),
    revisionWithAuthor(db, document.id, to, "query.to"),
  ]);
  const [before, after] = await Promise.all([readBlob(db, a.hash), readBlob(db, b.hash)]);
  return { document, from: a, to: b, before, after };
}
