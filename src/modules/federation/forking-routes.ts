import { createRoute, z } from "@hono/zod-openapi";
import { Slug } from "../../http/fields.ts";
import { jsonBody, jsonContent, problems, signedIn } from "../../http/responses.ts";
import { createRouter } from "../../http/router.ts";
import { ForkInput } from "../commons/inputs.ts";
import { getCommonsProfile } from "../commons/service.ts";
import { CommonsSchema, commonsView } from "../commons/views.ts";
import { federationOf } from "./context.ts";
import { offersOf, offerUpstream } from "./offers.ts";
import { forkFromElsewhere } from "./remote-fork.ts";
import { remoteForksOf } from "./remote-forks.ts";

const TAGS = ["Federation"];
const SlugParam = z.object({ slug: Slug });

const RemoteForkInput = ForkInput.safeExtend({
  source: z.string().url().max(2000).openapi({
    description: "The commons on another instance: its page's address (https://other.example/commons/slug) or its ActivityPub address.",
  }),
}).openapi("RemoteForkRequest");

const forkRoute = createRoute({
  method: "post",
  path: "/federation/forks",
  tags: TAGS,
  summary: "Fork a commons of another instance, with every document and its full history, into a community you steward here",
  security: signedIn,
  request: { body: jsonBody(RemoteForkInput) },
  responses: { 201: jsonContent(CommonsSchema, "The fork"), ...problems(401, 403, 409, 422) },
});

const RemoteForkSchema = z
  .object({ uri: z.string(), title: z.string(), url: z.string().nullable(), by: z.string(), at: z.string().datetime() })
  .openapi("RemoteFork");

const remoteForksRoute = createRoute({
  method: "get",
  path: "/commons/{slug}/remote-forks",
  tags: TAGS,
  summary: "The forks of this commons made on other instances, newest first",
  request: { params: SlugParam },
  responses: { 200: jsonContent(z.object({ items: z.array(RemoteForkSchema) }), "The remote forks"), ...problems(404) },
});

const OfferInput = z
  .strictObject({
    commons: Slug.openapi({ description: "The fork (here) whose revision is offered." }),
    path: z.string().min(1).max(300),
    revision: z.number().int().min(1),
    title: z.string().trim().min(1).max(200),
    description: z.string().trim().max(10_000).optional(),
  })
  .openapi("UpstreamOfferInput");

const UpstreamOfferSchema = z
  .object({
    title: z.string(),
    path: z.string(),
    revision: z.number().int(),
    status: z.enum(["pending", "accepted", "rejected"]),
    createdAt: z.string(),
    answeredAt: z.string().nullable(),
  })
  .openapi("UpstreamOffer");

const offerRoute = createRoute({
  method: "post",
  path: "/federation/offers",
  tags: TAGS,
  summary: "Offer a revision of a fork back to its origin on another instance, whose maintainers accept or reject it",
  security: signedIn,
  request: { body: jsonBody(OfferInput) },
  responses: { 201: jsonContent(UpstreamOfferSchema, "The offer, pending"), ...problems(401, 404, 422) },
});

const offersRoute = createRoute({
  method: "get",
  path: "/commons/{slug}/upstream-offers",
  tags: TAGS,
  summary: "The changes offered from this fork to its origin on another instance, and their answers",
  request: { params: SlugParam },
  responses: { 200: jsonContent(z.object({ items: z.array(UpstreamOfferSchema) }), "The offers") },
});

const at = (d: Date | string | null) => (d === null ? null : new Date(d).toISOString());

/** Forks across instances, and changes offered back. */
export const federationForkingRoutes = createRouter()
  .openapi(forkRoute, async (c) => {
    const fork = await forkFromElsewhere(c.var.deps.db, federationOf(c), c.var.actor, c.req.valid("json"));
    const { row } = await getCommonsProfile(c.var.deps.db, fork.slug, c.var.actor);
    return c.json(commonsView(row), 201);
  })
  .openapi(remoteForksRoute, async (c) => {
    const rows = await remoteForksOf(c.var.deps.db, c.req.valid("param").slug);
    const items = rows.map((r) => ({ uri: r.forkUri, title: r.title, url: r.url, by: r.actorHandle, at: r.createdAt.toISOString() }));
    return c.json({ items }, 200);
  })
  .openapi(offerRoute, async (c) => {
    const input = c.req.valid("json");
    const row = await offerUpstream(c.var.deps.db, federationOf(c), c.var.actor, input);
    const view = {
      title: row.title,
      path: input.path,
      revision: input.revision,
      status: row.status,
      createdAt: at(row.createdAt) ?? "",
      answeredAt: null,
    };
    return c.json(view, 201);
  })
  .openapi(offersRoute, async (c) => {
    const rows = await offersOf(c.var.deps.db, c.req.valid("param").slug);
    const items = rows.map((r) => ({ ...r, createdAt: at(r.createdAt) ?? "", answeredAt: at(r.answeredAt) }));
    return c.json({ items }, 200);
  });
