import { createRoute, z } from "@hono/zod-openapi";
import type { Context } from "hono";
import type { AppEnv } from "../../http/env.ts";
import { AppError } from "../../http/errors.ts";
import { jsonBody, jsonContent, NoContent, problems, signedIn } from "../../http/responses.ts";
import { createRouter } from "../../http/router.ts";
import { block, listBlocks, unblock } from "./blocks.ts";
import { followRemote, myRemoteFollowing, unfollowRemote } from "./following.ts";
import { t } from "./messages.ts";
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
const BlockSchema = z
  .object({ target: z.string(), kind: z.enum(["instance", "actor"]), reason: z.string(), since: z.string().datetime() })
  .openapi("FederationBlock");
const blockView = (b: { target: string; kind: "instance" | "actor"; reason: string; createdAt: Date }) => ({
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

/** Fedify's context for this request: what it signs and sends goes out as this instance. */
function federationOf(c: Context<AppEnv>) {
  const federation = c.var.deps.federation;
  if (!federation) throw AppError.notFound(t("federation"));
  return federation.createContext(c.req.raw, null);
}

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
