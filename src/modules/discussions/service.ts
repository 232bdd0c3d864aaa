import { and, eq, sql } from "drizzle-orm";
import type { Db, Executor } from "../../db/types.ts";
import type { Actor } from "../../http/env.ts";
import { AppError } from "../../http/errors.ts";
import { renderMarkdown } from "../../text/markdown.ts";
import { recordActivity } from "../activity/service.ts";
import { commons } from "../commons/schema.ts";
import { lockedStanding } from "../organizations/service.ts";
import { type NewThread, ONE_THREAD_SUBJECTS, type SubjectType } from "./inputs.ts";
import { t } from "./messages.ts";
import { authorizeComment, authorizeEditComment, authorizeModerate, authorizeSignedIn } from "./policy.ts";
import { comments, commentVersions, threads } from "./schema.ts";
import { findSubject } from "./subjects.ts";

type Thread = typeof threads.$inferSelect;
type Comment = typeof comments.$inferSelect;

/** The organization whose feed shows a thread's activity and whose maintainers moderate it. */
async function moderatorOrgOf(tx: Executor, thread: Pick<Thread, "commonsId" | "organizationId">): Promise<string> {
  if (thread.organizationId) return thread.organizationId;
  if (!thread.commonsId) throw new Error("a thread belongs to a commons or an organization");
  const [c] = await tx.select({ communityId: commons.communityId }).from(commons).where(eq(commons.id, thread.commonsId));
  if (!c) throw new Error("a thread's commons is gone");
  return c.communityId;
}

function itemThread(tx: Executor, type: SubjectType, id: string) {
  return tx
    .select()
    .from(threads)
    .where(and(eq(threads.subjectType, type), eq(threads.subjectId, id)))
    .limit(1)
    .then((rows) => rows[0]);
}

/**
 * Appends a comment and keeps the thread's count and last activity exact: the update takes the
 * thread's row lock, so concurrent comments add up, and the time never moves backwards even when
 * an earlier-started transaction commits last.
 */
async function appendComment(tx: Executor, threadId: string, authorId: string | null, body: string, remote?: RemoteAuthor) {
  const [thread] = await tx
    .update(threads)
    .set({ commentCount: sql`${threads.commentCount} + 1`, lastCommentAt: sql`greatest(${threads.lastCommentAt}, now())` })
    .where(eq(threads.id, threadId))
    .returning();
  if (!thread) throw AppError.notFound(t("thread"));
  const [comment] = await tx
    .insert(comments)
    .values(
      remote
        ? {
            threadId,
            authorId,
            body,
            html: remote.html,
            remoteAuthorUri: remote.authorUri,
            remoteAuthorHandle: remote.handle,
            remoteAuthorName: remote.name,
            remoteUri: remote.uri,
          }
        : { threadId, authorId, body, html: renderMarkdown(body) },
    )
    .returning();
  if (!comment) throw new Error("insert returned no row");
  return { thread, comment };
}

function recordComment(tx: Executor, me: Actor, verb: string, thread: Thread, comment: Comment, organizationId: string, extra = {}) {
  return recordActivity(tx, {
    actorId: me.id,
    verb,
    objectType: "comment",
    objectId: comment.id,
    targetType: "thread",
    targetId: thread.id,
    organizationId,
    data: { title: thread.title, subjectType: thread.subjectType, subjectId: thread.subjectId, ...extra },
  });
}

/**
 * Starts a thread with its first comment. A contribution or a need holds one thread: if it exists
 * the comment joins it, and when two first comments race, the unique index lets one insert the
 * thread and the other, finding it taken, re-reads it (committed by then) and joins it.
 */
export async function startThread(db: Db, actor: Actor | null, input: NewThread) {
  return db.transaction(async (tx) => {
    const me = authorizeComment(actor);
    const subject = await findSubject(tx, input.subjectType, input.subjectId);
    const onePerItem = ONE_THREAD_SUBJECTS.includes(input.subjectType);
    let existing = onePerItem ? await itemThread(tx, input.subjectType, input.subjectId) : undefined;
    let created: Thread | undefined;
    if (!existing) {
      [created] = await tx
        .insert(threads)
        .values({
          subjectType: input.subjectType,
          subjectId: input.subjectId,
          commonsId: subject.commonsId,
          organizationId: subject.organizationId,
          title: input.title ?? subject.title,
          authorId: me.id,
        })
        .onConflictDoNothing({ target: [threads.subjectType, threads.subjectId], where: sql`subject_type in ('contribution', 'need')` })
        .returning();
      if (!created) existing = await itemThread(tx, input.subjectType, input.subjectId);
    }
    const threadId = created?.id ?? existing?.id;
    if (!threadId) throw new Error("thread neither created nor found");
    const { thread, comment } = await appendComment(tx, threadId, me.id, input.body);
    if (created) {
      await recordActivity(tx, {
        actorId: me.id,
        verb: "thread.started",
        objectType: "thread",
        objectId: thread.id,
        targetType: thread.subjectType,
        targetId: thread.subjectId,
        organizationId: subject.moderatorOrgId,
        data: { title: thread.title, subjectType: thread.subjectType, commentId: comment.id },
      });
    } else {
      await recordComment(tx, me, "comment.posted", thread, comment, subject.moderatorOrgId);
    }
    return thread;
  });
}

/** A reply written on another instance (its HTML sanitized already), by its address and its author's. */
export interface RemoteAuthor {
  uri: string;
  authorUri: string;
  handle: string;
  name: string;
  html: string;
}

/**
 * A reply from another instance joins the thread as a comment whose author lives there. The log row
 * names no local actor; it carries the reply's address, so the organization announces it onwards.
 * A reply delivered twice is kept once (its address is unique).
 */
export async function postRemoteComment(db: Db, threadId: string, text: string, remote: RemoteAuthor) {
  return db.transaction(async (tx) => {
    const [already] = await tx.select({ id: comments.id }).from(comments).where(eq(comments.remoteUri, remote.uri));
    if (already) return null;
    const { thread, comment } = await appendComment(tx, threadId, null, text, remote);
    await recordActivity(tx, {
      actorId: null,
      verb: "comment.posted",
      objectType: "comment",
      objectId: comment.id,
      targetType: "thread",
      targetId: thread.id,
      organizationId: await moderatorOrgOf(tx, thread),
      data: {
        title: thread.title,
        subjectType: thread.subjectType,
        subjectId: thread.subjectId,
        remoteUri: remote.uri,
        remoteAuthor: remote.handle,
      },
    });
    return comment;
  });
}

export async function postComment(db: Db, actor: Actor | null, threadId: string, body: string) {
  return db.transaction(async (tx) => {
    const me = authorizeComment(actor);
    const { thread, comment } = await appendComment(tx, threadId, me.id, body);
    await recordComment(tx, me, "comment.posted", thread, comment, await moderatorOrgOf(tx, thread));
    return comment;
  });
}

/** Locks a comment, so an edit and a hide of the same comment cannot interleave. */
async function lockComment(tx: Executor, id: string) {
  const [found] = await tx
    .select({ comment: comments, thread: threads })
    .from(comments)
    .innerJoin(threads, eq(threads.id, comments.threadId))
    .where(eq(comments.id, id))
    .for("update", { of: comments });
  if (!found) throw AppError.notFound(t("comment"));
  return { ...found, moderatorOrgId: await moderatorOrgOf(tx, found.thread) };
}

/** The previous words go to the history, dated when they were written. */
export async function editComment(db: Db, actor: Actor | null, id: string, body: string) {
  return db.transaction(async (tx) => {
    const me = authorizeSignedIn(actor);
    const { comment, thread, moderatorOrgId } = await lockComment(tx, id);
    authorizeEditComment(me, comment);
    if (comment.hiddenAt) throw AppError.conflict(t("hiddenNoEdit"));
    if (comment.body === body) return comment;
    await tx
      .insert(commentVersions)
      .values({ commentId: comment.id, body: comment.body, writtenAt: comment.editedAt ?? comment.createdAt });
    const [edited] = await tx
      .update(comments)
      // The clock after the row lock, so successive edits of one comment stay in order.
      .set({ body, html: renderMarkdown(body), editedAt: sql`clock_timestamp()` })
      .where(eq(comments.id, comment.id))
      .returning();
    if (!edited) throw new Error("update returned no row");
    await recordComment(tx, me, "comment.edited", thread, edited, moderatorOrgId);
    return edited;
  });
}

export async function hideComment(db: Db, actor: Actor | null, id: string, reason: string) {
  return db.transaction(async (tx) => {
    const me = authorizeSignedIn(actor);
    const { comment, thread, moderatorOrgId } = await lockComment(tx, id);
    authorizeModerate(me, await lockedStanding(tx, moderatorOrgId, me));
    if (comment.hiddenAt) throw AppError.conflict(t("alreadyHidden"));
    const [hidden] = await tx
      .update(comments)
      .set({ hiddenAt: sql`clock_timestamp()`, hiddenBy: me.id, hiddenReason: reason })
      .where(eq(comments.id, comment.id))
      .returning();
    if (!hidden) throw new Error("update returned no row");
    await recordComment(tx, me, "comment.hidden", thread, hidden, moderatorOrgId, { reason });
    return hidden;
  });
}

export async function restoreComment(db: Db, actor: Actor | null, id: string) {
  return db.transaction(async (tx) => {
    const me = authorizeSignedIn(actor);
    const { comment, thread, moderatorOrgId } = await lockComment(tx, id);
    authorizeModerate(me, await lockedStanding(tx, moderatorOrgId, me));
    if (!comment.hiddenAt) throw AppError.conflict(t("notHidden"));
    const [restored] = await tx
      .update(comments)
      .set({ hiddenAt: null, hiddenBy: null, hiddenReason: null })
      .where(eq(comments.id, comment.id))
      .returning();
    if (!restored) throw new Error("update returned no row");
    await recordComment(tx, me, "comment.restored", thread, restored, moderatorOrgId);
    return restored;
  });
}
