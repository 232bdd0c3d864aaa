import type { Federation, InboxContext } from "@fedify/fedify";
import {
  Accept,
  Agreement,
  Announce,
  Collection,
  Create,
  Delete,
  Follow,
  Note,
  Offer,
  Page,
  Proposal,
  Reject,
  Undo,
  Update,
} from "@fedify/vocab";
import { eq } from "drizzle-orm";
import type { Db } from "../../db/types.ts";
import { textOfHtml } from "../../text/markdown.ts";
import { comments } from "../discussions/schema.ts";
import { postRemoteComment } from "../discussions/service.ts";
import { localActor } from "./actors.ts";
import { recordFollower, removeFollower } from "./followers.ts";
import { followAnswered } from "./following.ts";
import { threadPage } from "./objects.ts";
import { offerAnswered, receiveOffer } from "./offers.ts";
import { ACTOR_PATH } from "./paths.ts";
import { noteRemoteFork } from "./remote-forks.ts";
import { forgetRemotePost, keepRemotePost, readRemotePost, someoneFollows } from "./remote-posts.ts";
import { receiveTakeUp, takeUpAnswered } from "./take-ups.ts";

const isPost = (o: unknown): o is Note | Page | Proposal => o instanceof Note || o instanceof Page || o instanceof Proposal;

/** The local discussion a reply answers: one of our `Page`s, or one of our comments' `Note`s. */
async function threadAnswered(db: Db, ctx: InboxContext<null>, target: URL | null): Promise<string | null> {
  const parsed = ctx.parseUri(target);
  if (parsed?.type !== "object" || !parsed.values.id) return null;
  if (parsed.class === Page) return parsed.values.id;
  if (parsed.class !== Note) return null;
  const [row] = await db.select({ threadId: comments.threadId }).from(comments).where(eq(comments.id, parsed.values.id));
  return row?.threadId ?? null;
}

/** An answer names what it answers by its id: a change offered from here, a need taken up from here, or else a follow. */
async function answered(db: Db, answer: Accept | Reject, accepted: boolean) {
  if (!answer.objectId || !answer.actorId) return;
  const about = answer.objectId.href;
  if (await offerAnswered(db, about, answer.actorId, accepted)) return;
  if (await takeUpAnswered(db, about, answer.actorId, accepted)) return;
  await followAnswered(db, about, answer.actorId.href, accepted);
}

/**
 * The inboxes: follows and their answers; what followed actors announce (kept for the people here
 * who follow them); replies from elsewhere to our public discussions. Fedify has checked each
 * delivery's signature before any of these run, and drops an activity it already took in.
 */
export function listenToInboxes(federation: Federation<null>, db: Db) {
  federation
    .setInboxListeners(`${ACTOR_PATH}/inbox`, "/ap/inbox")
    .on(Follow, async (ctx, follow) => {
      if (!follow.id || !follow.objectId) return;
      const target = ctx.parseUri(follow.objectId);
      if (target?.type !== "actor") return;
      const actor = await localActor(db, target.identifier);
      const follower = await follow.getActor(ctx);
      if (!actor || !follower?.id || !follower.inboxId) return;
      const open = actor.kind === "person" || actor.joinPolicy === "open";
      const status = await recordFollower(db, {
        actorId: actor.id,
        followerUri: follower.id.href,
        handle: `@${follower.preferredUsername ?? "?"}@${follower.id.host}`,
        name: String(follower.name ?? ""),
        inbox: follower.inboxId.href,
        sharedInbox: follower.endpoints?.sharedInbox?.href ?? null,
        followId: follow.id.href,
        status: open ? "accepted" : "pending",
      });
      if (status !== "accepted") return;
      await ctx.sendActivity(
        { identifier: actor.id },
        follower,
        new Accept({
          id: new URL(`#accepts/${crypto.randomUUID()}`, ctx.getActorUri(actor.id)),
          actor: ctx.getActorUri(actor.id),
          object: follow,
        }),
      );
    })
    // An answer names a Follow by its id (an embedded copy, or a fragment of our actor's address that
    // would dereference to the actor): the id, with the answering actor, is what finds our follow.
    .on(Accept, (_ctx, accept) => answered(db, accept, true))
    .on(Reject, (_ctx, reject) => answered(db, reject, false))
    // An offer of a change to one of our commons, or of an agreement that takes up one of our needs.
    .on(Offer, async (ctx, offer) => {
      const object = await offer.getObject(ctx);
      if (object instanceof Agreement) await receiveTakeUp(db, ctx, offer, object);
      else if (object instanceof Page) await receiveOffer(db, ctx, offer, object);
    })
    .on(Undo, async (ctx, undo) => {
      const object = await undo.getObject(ctx);
      if (!(object instanceof Follow) || !object.objectId || !undo.actorId) return;
      const target = ctx.parseUri(object.objectId);
      if (target?.type !== "actor") return;
      await removeFollower(db, target.identifier, undo.actorId.href);
    })
    // An organization elsewhere (FEP-1b12) announces its members' posts, and the replies it took in.
    // An embedded object from another origin is fetched from its own (Fedify's default), so what is
    // kept is what its author's instance serves.
    .on(Announce, async (ctx, announce) => {
      if (!announce.actorId || !(await someoneFollows(db, announce.actorId.href))) return;
      // What cannot be fetched from where it claims to live (gone, or never there) is not kept, and not retried.
      let object = await announce.getObject(ctx).catch(() => null);
      // A removal names what it removes, which is gone: it is not fetched.
      if (object instanceof Delete) {
        if (object.objectId) await forgetRemotePost(db, object.objectId.href, { via: announce.actorId.href });
        return;
      }
      // A newer version of a post is kept over the older one.
      if (object instanceof Create || object instanceof Update) object = await object.getObject(ctx).catch(() => null);
      const post = isPost(object) ? await readRemotePost(ctx, object, announce.actorId) : null;
      if (post) await keepRemotePost(db, post);
    })
    // An author deleting what they wrote elsewhere.
    .on(Delete, async (_ctx, deletion) => {
      if (deletion.objectId && deletion.actorId) await forgetRemotePost(db, deletion.objectId.href, { author: deletion.actorId.href });
    })
    .on(Create, async (ctx, create) => {
      const object = await create.getObject(ctx);
      if (object instanceof Collection) return noteRemoteFork(db, ctx, create, object);
      if (!(object instanceof Note) || !object.id || !create.actorId) return;
      const author = await object.getAttribution(ctx);
      if (!author?.id || author.id.href !== create.actorId.href || author.id.origin !== object.id.origin) return;
      const threadId = await threadAnswered(db, ctx, object.replyTargetId);
      // Only a discussion the public log shows takes replies from elsewhere.
      if (!threadId || !(await threadPage(ctx, db, threadId))) return;
      const reply = await readRemotePost(ctx, object, create.actorId);
      if (!reply) return;
      await postRemoteComment(db, threadId, textOfHtml(reply.html), {
        uri: reply.uri,
        authorUri: reply.authorUri,
        handle: reply.authorHandle,
        name: reply.authorName,
        html: reply.html,
      });
    });
}
