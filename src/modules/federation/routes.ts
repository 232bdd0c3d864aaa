import { createRoute, z } from "@hono/zod-openapi";
import type { Context } from "hono";
import type { AppEnv } from "../../http/env.ts";
import { AppError } from "../../http/errors.ts";
import { jsonBody, jsonContent, NoContent, problems, signedIn } from "../../http/responses.ts";
import { createRouter } from "../../http/router.ts";
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
  });
