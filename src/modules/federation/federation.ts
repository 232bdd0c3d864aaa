import { createFederation, type Federation } from "@fedify/fedify";
import { Endpoints, Group, Note, Page, Person, Proposal } from "@fedify/vocab";
import type { Db } from "../../db/types.ts";
import { actorIdByName, actorKeyPairs, localActor, localCounts } from "./actors.ts";
import { cappedLoaderFactories, keepLargeDocumentLoader } from "./document-loader.ts";
import { followerCount, followersCursor, followersPage, nextFollowersCursor } from "./followers.ts";
import { listenToInboxes } from "./inbox.ts";
import { DrizzleKvStore } from "./kv.ts";
import { announcementOf, needProposal, noteById, threadPage } from "./objects.ts";
import { publicRowCount, publicRowsOf } from "./outbox-collection.ts";
import { ACTOR_PATH, OBJECT_PATHS } from "./paths.ts";
import { DrizzleMessageQueue } from "./queue.ts";

const FOLLOWERS_PAGE = 50;
const OUTBOX_PAGE = 20;

export interface FederationSettings {
  /** The instance's public address (PUBLIC_URL); otherwise each request's own. */
  origin?: string;
  /** Only for tests, whose instances live on made-up hosts: Fedify refuses private addresses otherwise. */
  allowPrivateAddress?: boolean;
  /**
   * After five failed deliveries to one instance within ten minutes, what is for it is held this long
   * (Fedify's circuit breaker), then sent again: a server that is down is not hammered.
   */
  recoverySeconds?: number;
  softwareVersion: string;
}

/**
 * The instance's ActivityPub side, on Fedify: people as `Person` and organizations as `Group` actors
 * (with their keys), WebFinger and NodeInfo, the inboxes (inbox.ts), the public discussions, comments
 * and needs as objects (objects.ts), and the followers and outbox collections. Its
 * store and queue are tables of this database (kv.ts, queue.ts); the queue is started by the server.
 */
export function buildFederation(db: Db, settings: FederationSettings): Federation<null> {
  const kv = new DrizzleKvStore(db);
  const federation = createFederation<null>({
    kv,
    queue: new DrizzleMessageQueue(db),
    manuallyStartQueue: true,
    origin: settings.origin,
    // Fedify takes loaders of its own only where private addresses are refused (it refuses both
    // together): there they are ones that read at most a size of any document (document-loader.ts).
    ...(settings.allowPrivateAddress ? { allowPrivateAddress: true } : cappedLoaderFactories(kv)),
    circuitBreaker: { recoveryDelay: { seconds: settings.recoverySeconds ?? 1800 } },
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
        outbox: ctx.getOutboxUri(identifier),
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
      const after = cursor === null ? null : followersCursor(cursor);
      if (after === undefined) return null;
      // Without a cursor Fedify asks for every follower at once (to deliver to them all).
      const rows = await followersPage(db, identifier, after, cursor === null ? Number.MAX_SAFE_INTEGER : FOLLOWERS_PAGE);
      const items = rows.map((r) => ({
        id: new URL(r.followerUri),
        inboxId: new URL(r.inbox),
        endpoints: r.sharedInbox ? { sharedInbox: new URL(r.sharedInbox) } : null,
      }));
      const last = rows.at(-1);
      const nextCursor = cursor !== null && last && rows.length === FOLLOWERS_PAGE ? nextFollowersCursor(last) : null;
      return { items, nextCursor };
    })
    .setFirstCursor(() => "")
    .setCounter((_ctx, identifier) => followerCount(db, identifier));

  listenToInboxes(federation, db);

  federation.setObjectDispatcher(Page, OBJECT_PATHS.thread, (ctx, { id }) => threadPage(ctx, db, id));
  federation.setObjectDispatcher(Note, OBJECT_PATHS.note, (ctx, { id }) => noteById(ctx, db, id));
  federation.setObjectDispatcher(Proposal, OBJECT_PATHS.need, (ctx, { id }) => needProposal(ctx, db, id));

  federation
    .setOutboxDispatcher(`${ACTOR_PATH}/outbox`, async (ctx, identifier, cursor) => {
      const actor = await localActor(db, identifier);
      if (!actor) return null;
      // A person's own doings are not published: only organizations speak to their followers.
      if (actor.kind !== "organization") return { items: [] };
      const page = await publicRowsOf(db, identifier, cursor === null ? null : cursor, OUTBOX_PAGE);
      if (page === null) return null;
      const items = (await Promise.all(page.rows.map((row) => announcementOf(ctx, db, row)))).filter((a) => a !== null);
      return { items, nextCursor: page.next };
    })
    .setFirstCursor(() => "")
    .setCounter((_ctx, identifier) => publicRowCount(db, identifier));

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

  keepLargeDocumentLoader(federation, settings.allowPrivateAddress ?? false);
  return federation;
}
