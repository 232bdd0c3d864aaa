import { createFederation, type Federation } from "@fedify/fedify";
import { Accept, Endpoints, Follow, Group, Person, Reject, Undo } from "@fedify/vocab";
import type { Db } from "../../db/types.ts";
import { actorIdByName, actorKeyPairs, localActor, localCounts } from "./actors.ts";
import { followerCount, followersPage, recordFollower, removeFollower } from "./followers.ts";
import { followAnswered } from "./following.ts";
import { DrizzleKvStore } from "./kv.ts";
import { DrizzleMessageQueue } from "./queue.ts";

export const ACTOR_PATH = "/ap/actors/{identifier}";
/** Where Fedify answers: its actors, inboxes and collections, WebFinger and NodeInfo. */
export const FEDERATION_PATHS = ["/ap/*", "/.well-known/webfinger", "/.well-known/nodeinfo", "/nodeinfo/*"];
const FOLLOWERS_PAGE = 50;

export interface FederationSettings {
  /** The instance's public address (PUBLIC_URL); otherwise each request's own. */
  origin?: string;
  /** Only for tests, whose instances live on made-up hosts: Fedify refuses private addresses otherwise. */
  allowPrivateAddress?: boolean;
  softwareVersion: string;
}

/**
 * The instance's ActivityPub side, on Fedify: people as `Person` and organizations as `Group` actors
 * (with their keys), WebFinger and NodeInfo, inboxes that take follows, and followers collections. Its
 * store and queue are tables of this database (kv.ts, queue.ts); the queue is started by the server.
 */
export function buildFederation(db: Db, settings: FederationSettings): Federation<null> {
  const federation = createFederation<null>({
    kv: new DrizzleKvStore(db),
    queue: new DrizzleMessageQueue(db),
    manuallyStartQueue: true,
    origin: settings.origin,
    allowPrivateAddress: settings.allowPrivateAddress ?? false,
  });

  federation
    .setActorDispatcher(ACTOR_PATH, async (ctx, identifier) => {
      const actor = await localActor(db, identifier);
      if (!actor) return null;
      const keys = await ctx.getActorKeyPairs(identifier);
      const fields = {
        id: ctx.getActorUri(identifier),
        preferredUsername: actor.username,
        name: actor.name,
        summary: actor.summary || null,
        url: new URL(actor.kind === "person" ? `/people/${actor.username}` : `/orgs/${actor.username}`, ctx.canonicalOrigin),
        inbox: ctx.getInboxUri(identifier),
        endpoints: new Endpoints({ sharedInbox: ctx.getInboxUri() }),
        followers: ctx.getFollowersUri(identifier),
        publicKey: keys[0]?.cryptographicKey,
        assertionMethods: keys.map((k) => k.multikey),
        manuallyApprovesFollowers: actor.kind === "organization" && actor.joinPolicy !== "open",
      };
      return actor.kind === "person" ? new Person(fields) : new Group(fields);
    })
    .setKeyPairsDispatcher(async (_ctx, identifier) => ((await localActor(db, identifier)) ? actorKeyPairs(db, identifier) : []))
    .mapHandle(async (_ctx, username) => actorIdByName(db, username));

  federation
    .setFollowersDispatcher(`${ACTOR_PATH}/followers`, async (_ctx, identifier, cursor) => {
      if (!(await localActor(db, identifier))) return null;
      const offset = cursor === null ? 0 : Number(cursor);
      if (!Number.isSafeInteger(offset) || offset < 0) return null;
      // Without a cursor Fedify asks for every follower at once (to deliver to them all).
      const rows = await followersPage(db, identifier, offset, cursor === null ? Number.MAX_SAFE_INTEGER : FOLLOWERS_PAGE);
      const items = rows.map((r) => ({
        id: new URL(r.followerUri),
        inboxId: new URL(r.inbox),
        endpoints: r.sharedInbox ? { sharedInbox: new URL(r.sharedInbox) } : null,
      }));
      const nextCursor = cursor !== null && rows.length === FOLLOWERS_PAGE ? String(offset + FOLLOWERS_PAGE) : null;
      return { items, nextCursor };
    })
    .setFirstCursor(() => "0")
    .setCounter((_ctx, identifier) => followerCount(db, identifier));

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
    // The answer names the Follow by its id (an embedded copy, or a fragment of our actor's address that
    // would dereference to the actor): the id, with the answering actor, is what finds our follow.
    .on(Accept, async (_ctx, accept) => {
      if (accept.objectId && accept.actorId) await followAnswered(db, accept.objectId.href, accept.actorId.href, true);
    })
    .on(Reject, async (_ctx, reject) => {
      if (reject.objectId && reject.actorId) await followAnswered(db, reject.objectId.href, reject.actorId.href, false);
    })
    .on(Undo, async (ctx, undo) => {
      const object = await undo.getObject(ctx);
      if (!(object instanceof Follow) || !object.objectId || !undo.actorId) return;
      const target = ctx.parseUri(object.objectId);
      if (target?.type !== "actor") return;
      await removeFollower(db, target.identifier, undo.actorId.href);
    });

  federation.setNodeInfoDispatcher("/nodeinfo/2.1", async () => {
    const counts = await localCounts(db);
    return {
      software: { name: "triarchy", version: settings.softwareVersion, homepage: undefined },
      protocols: ["activitypub"],
      openRegistrations: true,
      usage: { users: { total: counts.people }, localPosts: 0, localComments: 0 },
      metadata: { organizations: counts.organizations },
    };
  });

  return federation;
}
