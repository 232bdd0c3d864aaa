import { createRoute, z } from "@hono/zod-openapi";
import { PageQuery, pageOf } from "../../http/pagination.ts";
import { jsonBody, jsonContent, problems, signedIn } from "../../http/responses.ts";
import { createRouter } from "../../http/router.ts";
import { federationOf } from "./context.ts";
import { myRemoteFeed, remoteActorCard, remoteDiscussion, replyElsewhere } from "./reading.ts";
import { myTakeUps, takeUpElsewhere } from "./take-ups.ts";
import { RemoteActorSchema, RemotePostSchema, RemoteTakeUpSchema } from "./views.ts";

const TAGS = ["Federation"];

const feed = createRoute({
  method: "get",
  path: "/federation/feed",
  tags: TAGS,
  summary: "What the people and organizations you follow on other instances published, newest first",
  security: signedIn,
  request: { query: PageQuery },
  responses: { 200: jsonContent(pageOf(RemotePostSchema).openapi("RemotePostPage"), "The posts"), ...problems(401, 422) },
});

const actor = createRoute({
  method: "get",
  path: "/federation/actor",
  tags: TAGS,
  summary: "A person or an organization on another instance, by its handle: who it is and what reached us from it",
  security: signedIn,
  request: { query: z.object({ handle: z.string().trim().min(3).max(300).openapi({ example: "@open-lab@other.example" }) }) },
  responses: { 200: jsonContent(RemoteActorSchema, "The remote actor"), ...problems(401, 422) },
});

const discussion = createRoute({
  method: "get",
  path: "/federation/discussion",
  tags: TAGS,
  summary: "A discussion from another instance as it reached this one: its first post and its replies, oldest first",
  security: signedIn,
  request: { query: z.object({ uri: z.string().url().max(2000) }) },
  responses: { 200: jsonContent(z.object({ items: z.array(RemotePostSchema) }), "The discussion"), ...problems(401, 404) },
});

const ReplyInput = z
  .strictObject({
    inReplyTo: z.string().url().max(2000).openapi({ description: "The address of the post answered (one that reached this instance)." }),
    body: z.string().trim().min(1).max(20_000).openapi({ description: "Markdown." }),
  })
  .openapi("RemoteReplyInput");

const reply = createRoute({
  method: "post",
  path: "/federation/replies",
  tags: TAGS,
  summary: "Reply to a post from another instance; the reply is sent to the organization it came through",
  security: signedIn,
  request: { body: jsonBody(ReplyInput) },
  responses: { 201: jsonContent(RemotePostSchema, "The reply, as kept here"), ...problems(401, 422) },
});

const TakeUpInput = z
  .strictObject({
    proposal: z.string().url().max(2000).openapi({ description: "The address of a need (a Proposal) that reached this instance." }),
  })
  .openapi("RemoteTakeUpInput");

const takeUp = createRoute({
  method: "post",
  path: "/federation/take-ups",
  tags: TAGS,
  summary: "Take up a need posted on another instance; its organization there records you as taking it up",
  security: signedIn,
  request: { body: jsonBody(TakeUpInput) },
  responses: {
    202: jsonContent(RemoteTakeUpSchema, "Sent (or sent before and not refused); the other instance records it and answers"),
    ...problems(401, 422),
  },
});

const takeUps = createRoute({
  method: "get",
  path: "/federation/take-ups",
  tags: TAGS,
  summary: "The needs on other instances you offered to take up, newest first, with their answers",
  security: signedIn,
  responses: {
    200: jsonContent(z.object({ items: z.array(RemoteTakeUpSchema) }).openapi("RemoteTakeUpList"), "Your take-ups"),
    ...problems(401),
  },
});

/** Reading and answering what arrives from other instances. */
export const federationReadingRoutes = createRouter()
  .openapi(feed, async (c) => c.json(await myRemoteFeed(c.var.deps.db, c.var.actor, c.req.valid("query")), 200))
  .openapi(actor, async (c) => c.json(await remoteActorCard(c.var.deps.db, federationOf(c), c.var.actor, c.req.valid("query").handle), 200))
  .openapi(discussion, async (c) => c.json({ items: await remoteDiscussion(c.var.deps.db, c.var.actor, c.req.valid("query").uri) }, 200))
  .openapi(reply, async (c) => c.json(await replyElsewhere(c.var.deps.db, federationOf(c), c.var.actor, c.req.valid("json")), 201))
  .openapi(takeUp, async (c) =>
    c.json(await takeUpElsewhere(c.var.deps.db, federationOf(c), c.var.actor, c.req.valid("json").proposal), 202),
  )
  .openapi(takeUps, async (c) => c.json(await myTakeUps(c.var.deps.db, c.var.actor), 200));
