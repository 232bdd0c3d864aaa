import { sql } from "drizzle-orm";
import { check, index, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { writtenAt } from "../../db/written-at.ts";
import { people } from "../accounts/schema.ts";
import { commons } from "../commons/schema.ts";
import { revisions } from "../documents/schema.ts";

/**
 * Fedify's key–value store (kv.ts): remote documents and public keys it fetched, the activities it has
 * already taken in (so a redelivery is not taken twice), its circuit breakers. The key is Fedify's
 * key, JSON-encoded; an entry past `expires_at` is gone.
 */
export const federationKv = pgTable(
  "federation_kv",
  {
    key: text("key").primaryKey(),
    value: jsonb("value").notNull(),
    expiresAt: timestamp("expires_at", { withTimezone: true }),
  },
  (t) => [index("federation_kv_expires_idx").on(t.expiresAt).where(sql`${t.expiresAt} is not null`)],
);

/**
 * Fedify's message queue (queue.ts): activities to deliver to remote inboxes and activities received,
 * waiting their turn. A message is taken for a while (`taken_until`) and deleted once handled, so a
 * crash leaves it to be taken again. Outgoing messages carry the sender's private keys: never exported.
 */
export const federationQueue = pgTable(
  "federation_queue",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    message: jsonb("message").notNull(),
    orderingKey: text("ordering_key"),
    dueAt: timestamp("due_at", { withTimezone: true }).notNull().defaultNow(),
    takenUntil: timestamp("taken_until", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("federation_queue_due_idx").on(t.dueAt), index("federation_queue_ordering_idx").on(t.orderingKey, t.createdAt)],
);

/**
 * Each local actor's key pairs (a person's or an organization's), made the first time the actor is
 * asked for: RSA for HTTP Signatures, Ed25519 for Object Integrity Proofs. Private keys never leave.
 */
export const actorKeys = pgTable(
  "actor_keys",
  {
    actorId: uuid("actor_id").notNull(),
    algorithm: text("algorithm", { enum: ["RSASSA-PKCS1-v1_5", "Ed25519"] }).notNull(),
    publicKey: jsonb("public_key").notNull(),
    privateKey: jsonb("private_key").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.actorId, t.algorithm] }),
    check("actor_keys_algorithm", sql`${t.algorithm} in ('RSASSA-PKCS1-v1_5', 'Ed25519')`),
  ],
);

/**
 * Remote actors who follow a local one (an organization or a person). A follow of an organization
 * that does not take members openly waits for a steward (`pending`).
 */
export const remoteFollowers = pgTable(
  "remote_followers",
  {
    actorId: uuid("actor_id").notNull(),
    followerUri: text("follower_uri").notNull(),
    handle: text("handle").notNull(),
    name: text("name").notNull().default(""),
    inbox: text("inbox").notNull(),
    sharedInbox: text("shared_inbox"),
    followId: text("follow_id").notNull(),
    status: text("status", { enum: ["pending", "accepted"] }).notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().default(writtenAt),
  },
  (t) => [
    primaryKey({ columns: [t.actorId, t.followerUri] }),
    index("remote_followers_actor_idx").on(t.actorId, t.status, t.createdAt),
    check("remote_followers_status", sql`${t.status} in ('pending', 'accepted')`),
  ],
);

/** Remote actors a local person follows: `pending` until the remote side's Accept arrives. */
export const remoteFollowing = pgTable(
  "remote_following",
  {
    personId: uuid("person_id")
      .notNull()
      .references(() => people.id, { onDelete: "cascade" }),
    actorUri: text("actor_uri").notNull(),
    handle: text("handle").notNull(),
    name: text("name").notNull().default(""),
    followId: text("follow_id").notNull(),
    status: text("status", { enum: ["pending", "accepted"] }).notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().default(writtenAt),
  },
  (t) => [
    primaryKey({ columns: [t.personId, t.actorUri] }),
    index("remote_following_follow_idx").on(t.followId),
    check("remote_following_status", sql`${t.status} in ('pending', 'accepted')`),
  ],
);

/**
 * What the instance's admin blocked: a whole remote instance (by host) or one remote actor (by its
 * address). Their activities are refused at the inbox and nothing is sent to them.
 */
export const federationBlocks = pgTable(
  "federation_blocks",
  {
    target: text("target").primaryKey(),
    kind: text("kind", { enum: ["instance", "actor"] }).notNull(),
    reason: text("reason").notNull().default(""),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().default(writtenAt),
  },
  (t) => [check("federation_blocks_kind", sql`${t.kind} in ('instance', 'actor')`)],
);

/**
 * What arrived from other instances for the people here: the public posts (discussions, comments,
 * needs and offers, news) of the actors they follow, and the replies people here wrote to them
 * (`local_author_id`). `html` was sanitized when it arrived. Keyed by the object's own address.
 */
export const remotePosts = pgTable(
  "remote_posts",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    uri: text("uri").notNull().unique(),
    /** The actor whose delivery brought it (an organization that announced it), or its author. */
    viaUri: text("via_uri").notNull(),
    authorUri: text("author_uri").notNull(),
    authorHandle: text("author_handle").notNull(),
    authorName: text("author_name").notNull().default(""),
    localAuthorId: uuid("local_author_id").references(() => people.id, { onDelete: "cascade" }),
    type: text("type", { enum: ["Note", "Page", "Proposal"] }).notNull(),
    name: text("name").notNull().default(""),
    html: text("html").notNull().default(""),
    url: text("url"),
    inReplyTo: text("in_reply_to"),
    /** The thread it belongs to (a discussion's first post), so a thread reads in one query. */
    context: text("context"),
    /** For a Proposal (FEP-0837): `request` for a need, `offer` for an offer. */
    purpose: text("purpose"),
    publishedAt: timestamp("published_at", { withTimezone: true }).notNull(),
    receivedAt: timestamp("received_at", { withTimezone: true }).notNull().default(writtenAt),
  },
  (t) => [
    index("remote_posts_via_idx").on(t.viaUri, t.publishedAt),
    index("remote_posts_context_idx").on(t.context, t.publishedAt),
    check("remote_posts_type", sql`${t.type} in ('Note', 'Page', 'Proposal')`),
    check("remote_posts_purpose", sql`${t.purpose} is null or ${t.purpose} in ('request', 'offer')`),
  ],
);

/** Forks of this instance's commons made on other instances (they told us with a `Create` whose `origin` is ours). */
export const remoteForks = pgTable(
  "remote_forks",
  {
    commonsId: uuid("commons_id")
      .notNull()
      .references(() => commons.id, { onDelete: "cascade" }),
    forkUri: text("fork_uri").notNull(),
    title: text("title").notNull(),
    url: text("url"),
    actorUri: text("actor_uri").notNull(),
    actorHandle: text("actor_handle").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().default(writtenAt),
  },
  (t) => [primaryKey({ columns: [t.commonsId, t.forkUri] }), index("remote_forks_commons_idx").on(t.commonsId, t.createdAt)],
);

/**
 * Changes people here offered from a fork back to its origin on another instance (an `Offer`), and
 * the answer: pending until the origin's `Accept` or `Reject` arrives.
 */
export const upstreamOffers = pgTable(
  "upstream_offers",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    offerUri: text("offer_uri").notNull().unique(),
    personId: uuid("person_id")
      .notNull()
      .references(() => people.id, { onDelete: "cascade" }),
    revisionId: uuid("revision_id")
      .notNull()
      .references(() => revisions.id, { onDelete: "cascade" }),
    /** The origin commons' address, whose actor's answer is the one that counts. */
    originUri: text("origin_uri").notNull(),
    title: text("title").notNull(),
    status: text("status", { enum: ["pending", "accepted", "rejected"] })
      .notNull()
      .default("pending"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().default(writtenAt),
    answeredAt: timestamp("answered_at", { withTimezone: true }),
  },
  (t) => [
    index("upstream_offers_revision_idx").on(t.revisionId),
    check("upstream_offers_status", sql`${t.status} in ('pending', 'accepted', 'rejected')`),
    check("upstream_offers_answered", sql`(${t.status} = 'pending') = (${t.answeredAt} is null)`),
  ],
);

/**
 * Needs on other instances that people here offered to take up (an `Offer` of an `Agreement`), and
 * the answer: pending until the need's organization accepts (records them) or rejects (the need is
 * done). One per person and need; a refused one may be offered again.
 */
export const remoteTakeUps = pgTable(
  "remote_take_ups",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    personId: uuid("person_id")
      .notNull()
      .references(() => people.id, { onDelete: "cascade" }),
    /** The need's `Proposal`, as it reached this instance. */
    proposalUri: text("proposal_uri").notNull(),
    /** The organization it was offered to, whose answer is the one that counts. */
    groupUri: text("group_uri").notNull(),
    offerUri: text("offer_uri").notNull().unique(),
    title: text("title").notNull(),
    status: text("status", { enum: ["pending", "accepted", "rejected"] })
      .notNull()
      .default("pending"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().default(writtenAt),
    answeredAt: timestamp("answered_at", { withTimezone: true }),
  },
  (t) => [
    uniqueIndex("remote_take_ups_person_proposal").on(t.personId, t.proposalUri),
    check("remote_take_ups_status", sql`${t.status} in ('pending', 'accepted', 'rejected')`),
    check("remote_take_ups_answered", sql`(${t.status} = 'pending') = (${t.answeredAt} is null)`),
  ],
);
