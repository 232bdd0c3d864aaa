import type { Context } from "@fedify/fedify";
import { Announce, Create, Delete, Intent, Note, Page, Proposal, PUBLIC_COLLECTION, Tombstone, Update } from "@fedify/vocab";
import { sql } from "drizzle-orm";
import { Temporal as TemporalPolyfill } from "temporal-polyfill";
import { rowsOf } from "../../db/rows.ts";
import type { Executor } from "../../db/types.ts";
import { escapedText, renderMarkdown } from "../../text/markdown.ts";

/** An activity log row as the outbox reads it: only public rows of an organization leave the instance. */
export interface LoggedRow {
  id: string;
  verb: string;
  objectType: string;
  objectId: string;
  organizationId: string;
  actorId: string | null;
  data: Record<string, unknown>;
  createdAt: Date | string;
}

// Node has no Temporal yet: Fedify's vocabulary takes a polyfill's instants (this project's, decision 0012), typed as the standard's.
const instant = (at: Date | string) => TemporalPolyfill.Instant.from(new Date(at).toISOString()) as unknown as Temporal.Instant;
const webUrl = (ctx: Context<null>, path: string) => new URL(path, ctx.canonicalOrigin);
const isUuid = (id: string) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id);

/** Addressed as FEP-1b12 asks: to everyone, copied to the organization's followers, in the organization's audience. */
function addressing(ctx: Context<null>, organizationId: string) {
  return { to: PUBLIC_COLLECTION, cc: ctx.getFollowersUri(organizationId), audience: ctx.getActorUri(organizationId) };
}

/** A discussion that the public log shows, as a `Page`: its title, its first comment, its author. */
export async function threadPage(ctx: Context<null>, db: Executor, threadId: string): Promise<Page | null> {
  if (!isUuid(threadId)) return null;
  const [row] = await rowsOf<{ title: string; html: string; authorId: string | null; organizationId: string; createdAt: string }>(
    db,
    sql`select t.title, coalesce(c.html, '') as html, t.author_id as "authorId", a.organization_id as "organizationId",
               t.created_at as "createdAt"
        from activities a join threads t on t.id = a.object_id
        left join comments c on c.id = (a.data->>'commentId')::uuid and c.hidden_at is null
        where a.verb = 'thread.started' and a.object_id = ${threadId} and a.visibility = 'public' and a.organization_id is not null
        limit 1`,
  );
  if (!row) return null;
  const id = ctx.getObjectUri(Page, { id: threadId });
  return new Page({
    id,
    name: row.title,
    content: row.html,
    attribution: row.authorId ? ctx.getActorUri(row.authorId) : null,
    contexts: [id],
    url: webUrl(ctx, `/threads/${threadId}`),
    published: instant(row.createdAt),
    ...addressing(ctx, row.organizationId),
  });
}

/** A comment this instance holds, written here and public, as a `Note` replying in its discussion. */
async function commentNote(ctx: Context<null>, db: Executor, commentId: string): Promise<Note | null> {
  const [row] = await rowsOf<{ html: string; authorId: string; threadId: string; organizationId: string; createdAt: string }>(
    db,
    sql`select c.html, c.author_id as "authorId", c.thread_id as "threadId", a.organization_id as "organizationId",
               c.created_at as "createdAt"
        from comments c join activities a on a.object_type = 'comment' and a.object_id = c.id and a.verb = 'comment.posted'
        where c.id = ${commentId} and c.hidden_at is null and c.author_id is not null
          and a.visibility = 'public' and a.organization_id is not null
        limit 1`,
  );
  if (!row) return null;
  const thread = ctx.getObjectUri(Page, { id: row.threadId });
  return new Note({
    id: ctx.getObjectUri(Note, { id: commentId }),
    content: row.html,
    attribution: ctx.getActorUri(row.authorId),
    replyTarget: thread,
    contexts: [thread],
    url: webUrl(ctx, `/threads/${row.threadId}`),
    published: instant(row.createdAt),
    ...addressing(ctx, row.organizationId),
  });
}

/**
 * When a comment written here and posted publicly was hidden by the maintainers, if it is hidden: its
 * address then answers 410 with a `Tombstone` (object-routes.ts), as one deleted.
 */
export async function hiddenCommentAt(db: Executor, commentId: string): Promise<Date | null> {
  if (!isUuid(commentId)) return null;
  const [row] = await rowsOf<{ hiddenAt: string }>(
    db,
    sql`select c.hidden_at as "hiddenAt" from comments c
        where c.id = ${commentId} and c.hidden_at is not null and c.author_id is not null
          and exists (select 1 from activities a
                      where a.verb = 'comment.posted' and a.object_id = c.id and a.visibility = 'public' and a.organization_id is not null)`,
  );
  return row ? new Date(row.hiddenAt) : null;
}

/** A public row that is not a discussion, comment or need: a line of news, by the person who did it. */
async function newsNote(ctx: Context<null>, db: Executor, activityId: string): Promise<Note | null> {
  const [row] = await rowsOf<LoggedRow & { actorName: string | null; slug: string }>(
    db,
    sql`select a.id::text, a.verb, a.actor_id as "actorId", a.organization_id as "organizationId", a.data, a.created_at as "createdAt",
               p.name as "actorName", o.slug
        from activities a join organizations o on o.id = a.organization_id left join people p on p.id = a.actor_id
        where a.id = ${activityId}::bigint and a.visibility = 'public'`,
  );
  if (!row) return null;
  const title = typeof row.data.title === "string" ? row.data.title : "";
  const what = row.verb.replace(/[._]/g, " ");
  const line = [row.actorName, what, title].filter(Boolean).map((s) => escapedText(String(s)));
  return new Note({
    id: ctx.getObjectUri(Note, { id: row.id }),
    summary: row.verb,
    content: `<p>${line.join(" · ")}</p>`,
    attribution: row.actorId ? ctx.getActorUri(row.actorId) : ctx.getActorUri(row.organizationId),
    url: webUrl(ctx, `/orgs/${row.slug}`),
    published: instant(row.createdAt),
    ...addressing(ctx, row.organizationId),
  });
}

/** A reply written here to a discussion on another instance (remote_posts with a local author). */
async function localReplyNote(ctx: Context<null>, db: Executor, id: string): Promise<Note | null> {
  const [row] = await rowsOf<{ html: string; authorId: string; inReplyTo: string; context: string; viaUri: string; publishedAt: string }>(
    db,
    sql`select html, local_author_id as "authorId", in_reply_to as "inReplyTo", context, via_uri as "viaUri", published_at as "publishedAt"
        from remote_posts where id = ${id} and local_author_id is not null`,
  );
  if (!row) return null;
  return new Note({
    id: ctx.getObjectUri(Note, { id }),
    content: row.html,
    attribution: ctx.getActorUri(row.authorId),
    replyTarget: new URL(row.inReplyTo),
    contexts: [new URL(row.context)],
    published: instant(row.publishedAt),
    to: PUBLIC_COLLECTION,
    cc: new URL(row.viaUri),
    audience: new URL(row.viaUri),
  });
}

/** `/ap/notes/{id}`: a comment or a reply written here (by uuid), or a line of news (by the log row's number). */
export async function noteById(ctx: Context<null>, db: Executor, id: string): Promise<Note | null> {
  if (/^\d{1,18}$/.test(id)) return newsNote(ctx, db, id);
  if (!isUuid(id)) return null;
  return (await commentNote(ctx, db, id)) ?? localReplyNote(ctx, db, id);
}

/** A need or an offer posted publicly, as a FEP-0837 `Proposal` whose `Intent` is the work asked for or offered. */
export async function needProposal(ctx: Context<null>, db: Executor, needId: string): Promise<Proposal | null> {
  if (!isUuid(needId)) return null;
  const [row] = await rowsOf<{
    type: "need" | "offer";
    title: string;
    body: string;
    authorId: string | null;
    organizationId: string;
    createdAt: string;
  }>(
    db,
    sql`select n.type, n.title, n.body, n.author_id as "authorId", a.organization_id as "organizationId", n.created_at as "createdAt"
        from needs n join activities a on a.object_type = 'need' and a.object_id = n.id and a.verb = 'need.posted'
        where n.id = ${needId} and a.visibility = 'public' and a.organization_id is not null
        limit 1`,
  );
  if (!row) return null;
  const id = ctx.getObjectUri(Proposal, { id: needId });
  return new Proposal({
    id,
    name: row.title,
    content: renderMarkdown(row.body),
    purpose: row.type === "need" ? "request" : "offer",
    publishes: new Intent({ id: new URL("#primary", id), action: "work" }),
    attribution: row.authorId ? ctx.getActorUri(row.authorId) : ctx.getActorUri(row.organizationId),
    url: webUrl(ctx, `/needs/${needId}`),
    published: instant(row.createdAt),
    ...addressing(ctx, row.organizationId),
  });
}

/**
 * What an organization tells its followers of one public row (FEP-1b12): it announces its member's
 * `Create` of the discussion, comment or need; a reply that came from elsewhere is announced by its
 * own address, for each follower to fetch from where it was written.
 */
export async function announcementOf(ctx: Context<null>, db: Executor, row: LoggedRow): Promise<Announce | null> {
  const group = ctx.getActorUri(row.organizationId);
  const base = { id: new URL(`/ap/activities/${row.id}`, ctx.canonicalOrigin), actor: group, ...addressing(ctx, row.organizationId) };
  if (COMMENT_CHANGES.has(row.verb)) return commentChange(ctx, db, row, base);
  if (row.verb === "comment.posted" && typeof row.data.remoteUri === "string") {
    // A reply from elsewhere that the maintainers hid since is not announced any more.
    const [shown] = await rowsOf(db, sql`select 1 from comments where id = ${row.objectId} and hidden_at is null`);
    return shown ? new Announce({ ...base, object: new URL(row.data.remoteUri), published: instant(row.createdAt) }) : null;
  }
  const object =
    row.verb === "thread.started"
      ? await threadPage(ctx, db, row.objectId)
      : row.verb === "comment.posted"
        ? await commentNote(ctx, db, row.objectId)
        : row.verb === "need.posted"
          ? await needProposal(ctx, db, row.objectId)
          : await newsNote(ctx, db, row.id);
  if (!object?.id) return null;
  return new Announce({
    ...base,
    published: instant(row.createdAt),
    object: new Create({
      id: new URL("#create", object.id),
      actor: object.attributionId ?? group,
      object,
      published: instant(row.createdAt),
      ...addressing(ctx, row.organizationId),
    }),
  });
}

const COMMENT_CHANGES = new Set(["comment.edited", "comment.hidden", "comment.restored"]);
type AnnounceBase = { id: URL; actor: URL; to: URL; cc: URL; audience: URL };

/**
 * A comment that changed after it left (edited, hidden by the maintainers, shown again). Followers
 * are told its state when the row is published, not when it was written, so rows published late
 * still leave each follower where the thread is now:
 * - a discussion's first comment is the discussion's `Page`: it is updated (without the words while hidden);
 * - a reply from elsewhere is announced again by its address, or its removal from the group is;
 * - a comment written here is updated, or deleted while hidden (a `Tombstone` of its `Note`).
 * Nothing is said of a comment whose posting the public log does not show.
 */
async function commentChange(ctx: Context<null>, db: Executor, row: LoggedRow, base: AnnounceBase): Promise<Announce | null> {
  const [comment] = await rowsOf<{ hidden: boolean; remoteUri: string | null; threadId: string; opens: boolean }>(
    db,
    sql`select c.hidden_at is not null as hidden, c.remote_uri as "remoteUri", c.thread_id as "threadId",
               s.id is not null as opens
        from comments c
        left join activities s on s.verb = 'thread.started' and s.object_id = c.thread_id and s.data->>'commentId' = c.id::text
        where c.id = ${row.objectId}
          and exists (select 1 from activities p
                      where p.visibility = 'public' and p.organization_id is not null
                        and (p.id = s.id or (p.verb = 'comment.posted' and p.object_id = c.id)))`,
  );
  if (!comment) return null;
  const announce = (object: URL | Update | Delete) => new Announce({ ...base, object, published: instant(row.createdAt) });
  const update = (object: Page | Note) =>
    announce(new Update({ id: new URL("#update", base.id), actor: object.attributionId ?? base.actor, object, to: base.to, cc: base.cc }));
  if (comment.opens) {
    const page = await threadPage(ctx, db, comment.threadId);
    return page ? update(page) : null;
  }
  if (!comment.hidden) {
    if (comment.remoteUri) return announce(new URL(comment.remoteUri));
    const note = await commentNote(ctx, db, row.objectId);
    return note ? update(note) : null;
  }
  const gone = comment.remoteUri ? new URL(comment.remoteUri) : ctx.getObjectUri(Note, { id: row.objectId });
  return announce(
    new Delete({ id: new URL("#delete", base.id), actor: base.actor, object: new Tombstone({ id: gone }), to: base.to, cc: base.cc }),
  );
}
