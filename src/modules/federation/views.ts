import { z } from "@hono/zod-openapi";
import type { remoteFollowing, remotePosts } from "./schema.ts";

export const RemoteFollowSchema = z
  .object({
    handle: z.string().openapi({ example: "@open-lab@other.example" }),
    name: z.string(),
    actor: z.string().url().openapi({ description: "The remote actor's ActivityPub address." }),
    status: z.enum(["pending", "accepted"]).openapi({ description: "pending until the remote instance accepts the follow." }),
    since: z.string().datetime(),
  })
  .openapi("RemoteFollow");

export const remoteFollowView = (r: typeof remoteFollowing.$inferSelect) => ({
  handle: r.handle,
  name: r.name,
  actor: r.actorUri,
  status: r.status,
  since: r.createdAt.toISOString(),
});

export const RemotePostSchema = z
  .object({
    id: z.string().uuid(),
    uri: z.string().url().openapi({ description: "The post's own ActivityPub address." }),
    type: z.enum(["Note", "Page", "Proposal"]).openapi({
      description: "Page: a discussion; Note: a comment or a line of news; Proposal (FEP-0837): a need or an offer.",
    }),
    name: z.string(),
    html: z.string().openapi({ description: "Sanitized when it arrived." }),
    url: z.string().nullable().openapi({ description: "Its page on the instance it comes from." }),
    author: z.object({ handle: z.string(), name: z.string(), uri: z.string(), here: z.boolean() }),
    via: z.string().openapi({ description: "The actor (an organization elsewhere) whose delivery brought it." }),
    inReplyTo: z.string().nullable(),
    context: z.string().nullable().openapi({ description: "The discussion it belongs to." }),
    purpose: z.enum(["request", "offer"]).nullable(),
    publishedAt: z.string().datetime(),
  })
  .openapi("RemotePost");

export const remotePostView = (r: typeof remotePosts.$inferSelect) => ({
  id: r.id,
  uri: r.uri,
  type: r.type,
  name: r.name,
  html: r.html,
  url: r.url,
  author: { handle: r.authorHandle, name: r.authorName, uri: r.authorUri, here: r.localAuthorId !== null },
  via: r.viaUri,
  inReplyTo: r.inReplyTo,
  context: r.context,
  purpose: r.purpose as "request" | "offer" | null,
  publishedAt: r.publishedAt.toISOString(),
});

export const RemoteActorSchema = z
  .object({
    uri: z.string().url(),
    handle: z.string(),
    name: z.string(),
    summary: z.string().openapi({ description: "Sanitized HTML." }),
    type: z.enum(["Person", "Group", "Other"]),
    url: z.string().nullable(),
    following: z.enum(["pending", "accepted"]).nullable().openapi({ description: "Whether you follow it from here." }),
    posts: z.array(RemotePostSchema).openapi({ description: "What it published that this instance received, newest first." }),
  })
  .openapi("RemoteActor");

export const RemoteTakeUpSchema = z
  .object({
    proposal: z.string().url().openapi({ description: "The need (a FEP-0837 Proposal) on the other instance." }),
    offer: z.string().url().openapi({ description: "The Offer sent for it." }),
    title: z.string(),
    status: z.enum(["pending", "accepted", "rejected"]).openapi({
      description: "pending until the need's organization answers: accepted (you are recorded as taking it up) or rejected (it is done).",
    }),
    since: z.string().datetime(),
    answeredAt: z.string().datetime().nullable(),
  })
  .openapi("RemoteTakeUp");
