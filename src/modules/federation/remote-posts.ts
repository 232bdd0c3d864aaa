import type { Context } from "@fedify/fedify";
import { isActor, type Note, Page, Proposal } from "@fedify/vocab";
import { and, desc, eq, inArray, lt, or, sql } from "drizzle-orm";
import type { Executor } from "../../db/types.ts";
import { now } from "../../now.ts";
import { sanitizeHtmlFromElsewhere } from "../../text/markdown.ts";
import { remoteFollowing, remotePosts } from "./schema.ts";

export type RemotePost = typeof remotePosts.$inferSelect;
const MAX_HTML = 100_000;

/** Whether anybody here follows this actor: only what people asked for is kept. */
export async function someoneFollows(db: Executor, actorUri: string): Promise<boolean> {
  const [row] = await db
    .select({ one: sql`1` })
    .from(remoteFollowing)
    .where(and(eq(remoteFollowing.actorUri, actorUri), eq(remoteFollowing.status, "accepted")))
    .limit(1);
  return !!row;
}

const typeOf = (o: Note | Page | Proposal) => (o instanceof Page ? "Page" : o instanceof Proposal ? "Proposal" : "Note");

/**
 * A post another instance delivered, read for keeping. Its author must live where the post does: an
 * object claiming another origin's author is refused. Its HTML is sanitized here, once, as if it were
 * written here.
 */
export async function readRemotePost(ctx: Context<null>, object: Note | Page | Proposal, via: URL) {
  if (!object.id || ctx.parseUri(object.id)) return null;
  const author = await object.getAttribution(ctx);
  if (!author?.id || !isActor(author) || author.id.origin !== object.id.origin) return null;
  const html = sanitizeHtmlFromElsewhere(String(object.content ?? "")).slice(0, MAX_HTML);
  return {
    uri: object.id.href,
    viaUri: via.href,
    authorUri: author.id.href,
    authorHandle: `@${author.preferredUsername ?? "?"}@${author.id.host}`,
    authorName: String(author.name ?? author.preferredUsername ?? ""),
    type: typeOf(object),
    name: String(object.name ?? "").slice(0, 500),
    html,
    url: object.url instanceof URL ? object.url.href : null,
    inReplyTo: object.replyTargetId?.href ?? null,
    context: object.contextIds[0]?.href ?? object.replyTargetId?.href ?? object.id.href,
    purpose: object instanceof Proposal && (object.purpose === "request" || object.purpose === "offer") ? object.purpose : null,
    publishedAt: object.published ? new Date(object.published.epochMilliseconds) : now(),
  } as const;
}

/** Keeps a post that arrived (or the newer version of one already kept). */
export async function keepRemotePost(db: Executor, row: NonNullable<Awaited<ReturnType<typeof readRemotePost>>>) {
  const [kept] = await db
    .insert(remotePosts)
    .values(row)
    .onConflictDoUpdate({ target: remotePosts.uri, set: { name: row.name, html: row.html } })
    .returning();
  return kept;
}

/**
 * Forgets a post kept from elsewhere: its author deleted it, or the organization that announced it
 * removed it from its discussion (FEP-1b12 moderation). A reply written here stays: it is ours to show.
 */
export async function forgetRemotePost(db: Executor, uri: string, by: { via: string } | { author: string }) {
  await db
    .delete(remotePosts)
    .where(
      and(
        eq(remotePosts.uri, uri),
        sql`${remotePosts.localAuthorId} is null`,
        "via" in by ? eq(remotePosts.viaUri, by.via) : eq(remotePosts.authorUri, by.author),
      ),
    );
}

/** Newest first, a page before `before` (its published time and id). */
function paged(before?: { at: Date; id: string }) {
  return before
    ? or(lt(remotePosts.publishedAt, before.at), and(eq(remotePosts.publishedAt, before.at), lt(remotePosts.id, before.id)))
    : undefined;
}

/** A person's feed of what the actors they follow elsewhere published (discussions, needs, news; not replies). */
export async function feedOf(db: Executor, personId: string, limit: number, before?: { at: Date; id: string }) {
  const followed = db.select({ uri: remoteFollowing.actorUri }).from(remoteFollowing).where(eq(remoteFollowing.personId, personId));
  return db
    .select()
    .from(remotePosts)
    .where(and(inArray(remotePosts.viaUri, followed), sql`${remotePosts.inReplyTo} is null`, paged(before)))
    .orderBy(desc(remotePosts.publishedAt), desc(remotePosts.id))
    .limit(limit);
}

/** What one remote actor published, as this instance received it. */
export async function postsVia(db: Executor, actorUri: string, limit: number) {
  return db
    .select()
    .from(remotePosts)
    .where(and(eq(remotePosts.viaUri, actorUri), sql`${remotePosts.inReplyTo} is null`))
    .orderBy(desc(remotePosts.publishedAt), desc(remotePosts.id))
    .limit(limit);
}

/** A remote discussion: its first post and the replies received or written here, oldest first. */
export async function remoteThread(db: Executor, uri: string) {
  return db
    .select()
    .from(remotePosts)
    .where(or(eq(remotePosts.uri, uri), eq(remotePosts.context, uri)))
    .orderBy(remotePosts.publishedAt, remotePosts.id);
}
