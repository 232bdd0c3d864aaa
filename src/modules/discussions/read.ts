import { and, asc, eq, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { z } from "zod";
import { CursorTime, exactTime, keyset } from "../../db/keyset.ts";
import type { Executor } from "../../db/types.ts";
import type { Actor } from "../../http/env.ts";
import { AppError } from "../../http/errors.ts";
import { decodeCursor, page } from "../../http/pagination.ts";
import { renderMarkdown } from "../../text/markdown.ts";
import { people } from "../accounts/schema.ts";
import { commons } from "../commons/schema.ts";
import { findCommons } from "../commons/service.ts";
import { standingOf } from "../organizations/service.ts";
import type { SubjectType } from "./inputs.ts";
import { t } from "./messages.ts";
import { canModerate } from "./policy.ts";
import { comments, commentVersions, threads } from "./schema.ts";
import { commentView, threadView } from "./views.ts";

const author = alias(people, "author");
const hider = alias(people, "hider");

const Cursor = z.tuple([CursorTime, z.uuid()]);

const threadFields = {
  id: threads.id,
  subjectType: threads.subjectType,
  subjectId: threads.subjectId,
  title: threads.title,
  commentCount: threads.commentCount,
  lastCommentAt: threads.lastCommentAt,
  createdAt: threads.createdAt,
  exactLastCommentAt: exactTime(threads.lastCommentAt),
  author: { handle: author.handle, name: author.name },
  commons: { slug: commons.slug, title: commons.title },
  /** Whose maintainers moderate it: the commons' community, or the organization of an organization's need. */
  moderatorOrgId: sql<string>`coalesce(${threads.organizationId}, ${commons.communityId})`,
};

function threadQuery(db: Executor) {
  return db
    .select(threadFields)
    .from(threads)
    .leftJoin(author, eq(author.id, threads.authorId))
    .leftJoin(commons, eq(commons.id, threads.commonsId));
}

export interface ThreadQuery {
  subjectType?: SubjectType;
  subjectId?: string;
  commons?: string;
  cursor?: string;
  limit: number;
}

/** A subject's threads, or every thread of a commons (its own, its documents', contributions' and needs'), liveliest first. */
const byLastComment = keyset(
  [
    { column: threads.lastCommentAt, type: "timestamptz" },
    { column: threads.id, type: "uuid" },
  ],
  "desc",
);
const oldestFirst = keyset(
  [
    { column: comments.createdAt, type: "timestamptz" },
    { column: comments.id, type: "uuid" },
  ],
  "asc",
);

export async function listThreads(db: Executor, f: ThreadQuery) {
  const inCommons = f.commons ? await findCommons(db, f.commons) : undefined;
  const after = decodeCursor(f.cursor, Cursor);
  const rows = await threadQuery(db)
    .where(
      and(
        f.subjectType ? eq(threads.subjectType, f.subjectType) : undefined,
        f.subjectId ? eq(threads.subjectId, f.subjectId) : undefined,
        inCommons ? eq(threads.commonsId, inCommons.id) : undefined,
        byLastComment.after(after),
      ),
    )
    .orderBy(...byLastComment.orderBy)
    .limit(f.limit + 1);
  return page(rows, f.limit, threadView, (r) => [r.exactLastCommentAt, r.id]);
}

export async function findThread(db: Executor, id: string) {
  const [row] = await threadQuery(db).where(eq(threads.id, id)).limit(1);
  if (!row) throw AppError.notFound(t("thread"));
  return row;
}

const commentFields = {
  id: comments.id,
  body: comments.body,
  html: comments.html,
  createdAt: comments.createdAt,
  editedAt: comments.editedAt,
  hiddenAt: comments.hiddenAt,
  hiddenReason: comments.hiddenReason,
  exactCreatedAt: exactTime(comments.createdAt),
  author: { handle: author.handle, name: author.name },
  remoteAuthor: { handle: comments.remoteAuthorHandle, name: comments.remoteAuthorName, uri: comments.remoteAuthorUri },
  hiddenBy: { handle: hider.handle, name: hider.name },
};

function commentQuery(db: Executor) {
  return db
    .select(commentFields)
    .from(comments)
    .leftJoin(author, eq(author.id, comments.authorId))
    .leftJoin(hider, eq(hider.id, comments.hiddenBy));
}

/** The thread with one page of its comments, oldest first, and whether the viewer moderates it. */
export async function getThread(db: Executor, id: string, viewer: Actor | null, f: { cursor?: string; limit: number }) {
  const thread = await findThread(db, id);
  const after = decodeCursor(f.cursor, Cursor);
  const [rows, standing] = await Promise.all([
    commentQuery(db)
      .where(and(eq(comments.threadId, id), oldestFirst.after(after)))
      .orderBy(...oldestFirst.orderBy)
      .limit(f.limit + 1),
    standingOf(db, thread.moderatorOrgId, viewer),
  ]);
  return {
    ...threadView(thread),
    comments: page(rows, f.limit, commentView, (r) => [r.exactCreatedAt, r.id]),
    viewer: { canModerate: canModerate(viewer, standing) },
  };
}

export async function getComment(db: Executor, id: string) {
  const [row] = await commentQuery(db).where(eq(comments.id, id)).limit(1);
  if (!row) throw AppError.notFound(t("comment"));
  return row;
}

/** Earlier versions, oldest first. A hidden comment's history is hidden with it. */
export async function listVersions(db: Executor, id: string) {
  const comment = await getComment(db, id);
  if (comment.hiddenAt) throw new AppError(404, "not-found", t("hiddenVersions"));
  const rows = await db
    .select({ body: commentVersions.body, writtenAt: commentVersions.writtenAt })
    .from(commentVersions)
    .where(eq(commentVersions.commentId, id))
    .orderBy(asc(commentVersions.writtenAt), asc(commentVersions.id));
  return rows.map((v) => ({ body: v.body, html: renderMarkdown(v.body), writtenAt: v.writtenAt.toISOString() }));
}
