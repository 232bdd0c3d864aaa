import type { Context } from "@fedify/fedify";
import { Create, Group, isActor, Note, Person, PUBLIC_COLLECTION } from "@fedify/vocab";
import { and, eq } from "drizzle-orm";
import { z } from "zod";
import type { Db, Executor } from "../../db/types.ts";
import type { Actor } from "../../http/env.ts";
import { AppError } from "../../http/errors.ts";
import { decodeCursor, page } from "../../http/pagination.ts";
import { now } from "../../now.ts";
import { renderMarkdown, sanitizeHtmlFromElsewhere } from "../../text/markdown.ts";
import { requireActor } from "../accounts/policy.ts";
import { people } from "../accounts/schema.ts";
import { isBlocked } from "./blocks.ts";
import { findRemoteActor } from "./following.ts";
import { lookupRemote } from "./lookup.ts";
import { t } from "./messages.ts";
import { noteById } from "./objects.ts";
import { feedOf, postsVia, remoteThread } from "./remote-posts.ts";
import { remoteFollowing, remotePosts } from "./schema.ts";
import { remotePostView } from "./views.ts";

/** What the actors a person follows elsewhere published, newest first. */
export async function myRemoteFeed(db: Executor, actor: Actor | null, q: { cursor?: string; limit: number }) {
  const me = requireActor(actor);
  const after = decodeCursor(q.cursor, z.tuple([z.string().datetime(), z.string().uuid()]));
  const rows = await feedOf(db, me.id, q.limit + 1, after ? { at: new Date(after[0]), id: after[1] } : undefined);
  return page(rows, q.limit, remotePostView, (r) => [r.publishedAt.toISOString(), r.id]);
}

/** A remote actor's card: who it is (asked of its instance now), whether you follow it, and what reached us from it. */
export async function remoteActorCard(db: Db, ctx: Context<null>, actor: Actor | null, handle: string) {
  const me = requireActor(actor);
  const { remote, id, written } = await findRemoteActor(db, ctx, handle, "query.handle");
  const [follow] = await db
    .select({ status: remoteFollowing.status })
    .from(remoteFollowing)
    .where(and(eq(remoteFollowing.personId, me.id), eq(remoteFollowing.actorUri, id.href)));
  return {
    uri: id.href,
    handle: written,
    name: String(remote.name ?? remote.preferredUsername ?? ""),
    summary: sanitizeHtmlFromElsewhere(String(remote.summary ?? "")),
    type: remote instanceof Group ? ("Group" as const) : remote instanceof Person ? ("Person" as const) : ("Other" as const),
    url: remote.url instanceof URL ? remote.url.href : null,
    following: follow?.status ?? null,
    posts: (await postsVia(db, id.href, 20)).map(remotePostView),
  };
}

/** A discussion from elsewhere as it reached this instance: its first post and the replies. */
export async function remoteDiscussion(db: Executor, actor: Actor | null, uri: string) {
  requireActor(actor);
  const rows = await remoteThread(db, uri);
  if (!rows.length) throw AppError.notFound(t("unknownPost"));
  return rows.map(remotePostView);
}

/**
 * A person here replies to a post from elsewhere. The reply is kept here (it shows in the thread at
 * once, and its address serves it) and sent, as a `Create` of a `Note`, to the organization whose
 * delivery brought the post (FEP-1b12), which takes it into its discussion and announces it onwards.
 */
export async function replyElsewhere(db: Db, ctx: Context<null>, actor: Actor | null, input: { inReplyTo: string; body: string }) {
  const me = requireActor(actor);
  const [target] = await db.select().from(remotePosts).where(eq(remotePosts.uri, input.inReplyTo));
  if (!target) throw AppError.validation("body.inReplyTo", t("unknownPost"));
  if (await isBlocked(db, target.viaUri))
    throw AppError.validation("body.inReplyTo", t("blocked", { handle: new URL(target.viaUri).host }));
  // Asked first: a reply that could not be sent is not kept as if it had been.
  const group = await lookupRemote(ctx, target.viaUri).catch(() => null);
  if (!group || !isActor(group)) throw AppError.validation("body.inReplyTo", t("unreachable", { handle: new URL(target.viaUri).host }));
  const [person] = await db.select({ handle: people.handle, name: people.name }).from(people).where(eq(people.id, me.id));
  const id = crypto.randomUUID();
  const [kept] = await db
    .insert(remotePosts)
    .values({
      id,
      uri: ctx.getObjectUri(Note, { id }).href,
      viaUri: target.viaUri,
      authorUri: ctx.getActorUri(me.id).href,
      authorHandle: `@${person?.handle}@${new URL(ctx.canonicalOrigin).host}`,
      authorName: person?.name ?? "",
      localAuthorId: me.id,
      type: "Note",
      html: renderMarkdown(input.body),
      inReplyTo: target.uri,
      context: target.context ?? target.uri,
      publishedAt: now(),
    })
    .returning();
  const note = await noteById(ctx, db, id);
  if (!kept || !note?.id) throw new Error("the reply was not written");
  await ctx.sendActivity(
    { identifier: me.id },
    group,
    new Create({ id: new URL("#create", note.id), actor: ctx.getActorUri(me.id), object: note, to: PUBLIC_COLLECTION, cc: group.id }),
  );
  return remotePostView(kept);
}
