import { createRoute, z } from "@hono/zod-openapi";
import { Slug } from "../../http/fields.ts";
import { jsonBody, jsonContent, NoContent, problems, signedIn } from "../../http/responses.ts";
import { createRouter } from "../../http/router.ts";
import { answerFollow, organizationFollowers } from "./answers.ts";
import { block, listBlocks, unblock } from "./blocks.ts";
import { federationOf } from "./context.ts";
import { followRemote, myRemoteFollowing, unfollowRemote } from "./following.ts";
import { RemoteFollowSchema, remoteFollowView } from "./views.ts";

const TAGS = ["Federation"];
const HandleInput = z
  .strictObject({ handle: z.string().trim().min(3).max(300).openapi({ example: "@open-lab@other.example" }) })
  .openapi("RemoteHandle");

const follow = createRoute({
  method: "post",
  path: "/federation/follows",
  tags: TAGS,
  summary: "Follow a person or an organization on another instance, by its handle",
  security: signedIn,
  request: { body: jsonBody(HandleInput) },
  responses: { 201: jsonContent(RemoteFollowSchema, "The follow (pending until the other instance accepts it)"), ...problems(401) },
});

const following = createRoute({
  method: "get",
  path: "/federation/follows",
  tags: TAGS,
  summary: "Whom you follow on other instances",
  security: signedIn,
  responses: { 200: jsonContent(z.object({ items: z.array(RemoteFollowSchema) }), "Your follows"), ...problems(401) },
});

const unfollow = createRoute({
  method: "post",
  path: "/federation/follows/undo",
  tags: TAGS,
  summary: "Stop following someone on another instance",
  security: signedIn,
  request: { body: jsonBody(HandleInput) },
  responses: { 204: NoContent, ...problems(401, 404) },
});

const BlockInput = z
  .strictObject({
    target: z
      .string()
      .trim()
      .min(1)
      .max(500)
      .openapi({ description: "A host (other.example) or an actor's address.", example: "spam.example" }),
    reason: z.string().trim().max(500).optional(),
  })
  .openapi("FederationBlockInput");
export const BlockSchema = z
  .object({ target: z.string(), kind: z.enum(["instance", "actor"]), reason: z.string(), since: z.string().datetime() })
  .openapi("FederationBlock");
export const blockView = (b: { target: string; kind: "instance" | "actor"; reason: string; createdAt: Date }) => ({
  target: b.target,
  kind: b.kind,
  reason: b.reason,
  since: b.createdAt.toISOString(),
});

const blocks = createRoute({
  method: "get",
  path: "/federation/blocks",
  tags: TAGS,
  summary: "The remote instances and actors this instance blocks (its admin)",
  security: signedIn,
  responses: { 200: jsonContent(z.object({ items: z.array(BlockSchema) }), "The blocks"), ...problems(401, 403) },
});

const addBlock = createRoute({
  method: "post",
  path: "/federation/blocks",
  tags: TAGS,
  summary: "Block a remote instance or actor: its activities are refused and its follows end (the instance's admin)",
  security: signedIn,
  request: { body: jsonBody(BlockInput) },
  responses: { 201: jsonContent(BlockSchema, "The block"), ...problems(401, 403) },
});

const removeBlock = createRoute({
  method: "post",
  path: "/federation/blocks/undo",
  tags: TAGS,
  summary: "Lift a block (the instance's admin)",
  security: signedIn,
  request: { body: jsonBody(BlockInput) },
  responses: { 204: NoContent, ...problems(401, 403, 404) },
});

const RemoteFollowerSchema = z
  .object({
    follower: z.string().url().openapi({ description: "The remote actor's address." }),
    handle: z.string().openapi({ example: "@ada@other.example" }),
    name: z.string(),
    status: z.enum(["pending", "accepted"]),
    since: z.string().datetime(),
  })
  .openapi("RemoteFollower");
const remoteFollowerView = (r: { followerUri: string; handle: string; name: string; status: "pending" | "accepted"; createdAt: Date }) => ({
  follower: r.followerUri,
  handle: r.handle,
  name: r.name,
  status: r.status,
  since: r.createdAt.toISOString(),
});
const SlugParam = z.object({ slug: Slug });
const AnswerInput = z
  .strictObject({
    follower: z.string().url().max(2000).openapi({ description: "The remote actor's address, as listed." }),
    accept: z.boolean().openapi({ description: "true accepts the follow; false refuses it." }),
  })
  .openapi("RemoteFollowAnswer");

const remoteFollowersRoute = createRoute({
  method: "get",
  path: "/organizations/{slug}/remote-followers",
  tags: TAGS,
  summary: "Who follows this organization from other instances, pending first (its stewards)",
  security: signedIn,
  request: { params: SlugParam },
  responses: { 200: jsonContent(z.object({ items: z.array(RemoteFollowerSchema) }), "The remote followers"), ...problems(401, 403, 404) },
});

const answerRoute = createRoute({
  method: "post",
  path: "/organizations/{slug}/remote-followers/answer",
  tags: TAGS,
  summary: "Accept or refuse a pending follow from another instance (its stewards); the other instance is told",
  security: signedIn,
  request: { params: SlugParam, body: jsonBody(AnswerInput) },
  responses: { 200: jsonContent(RemoteFollowerSchema, "The follower as answered"), ...problems(401, 403, 404) },
});

export const federationRoutes = createRouter()
  .openapi(follow, async (c) => {
    const row = await followRemote(c.var.deps.db, federationOf(c), c.var.actor, c.req.valid("json").handle);
    return c.json(remoteFollowView(row), 201);
  })
  .openapi(following, async (c) => {
    const rows = await myRemoteFollowing(c.var.deps.db, c.var.actor);
    return c.json({ items: rows.map(remoteFollowView) }, 200);
  })
  .openapi(unfollow, async (c) => {
    await unfollowRemote(c.var.deps.db, federationOf(c), c.var.actor, c.req.valid("json").handle);
    return c.body(null, 204);
  })
  .openapi(remoteFollowersRoute, async (c) => {
    const rows = await organizationFollowers(c.var.deps.db, c.var.actor, c.req.valid("param").slug);
    return c.json({ items: rows.map(remoteFollowerView) }, 200);
  })
  .openapi(answerRoute, async (c) => {
    const row = await answerFollow(c.var.deps.db, () => federationOf(c), c.var.actor, c.req.valid("param").slug, c.req.valid("json"));
    return c.json(remoteFollowerView(row), 200);
  })
  .openapi(blocks, async (c) => {
    const rows = await listBlocks(c.var.deps.db, c.var.actor);
    return c.json({ items: rows.map(blockView) }, 200);
  })
  .openapi(addBlock, async (c) => {
    const row = await block(c.var.deps.db, c.var.actor, c.req.valid("json"));
    return c.json(blockView(row), 201);
  })
  .openapi(removeBlock, async (c) => {
    await unblock(c.var.deps.db, c.var.actor, c.req.valid("json").target);
    return c.body(null, 204);
  });
