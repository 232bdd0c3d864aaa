import { createRoute, z } from "@hono/zod-openapi";
import { Slug } from "../../http/fields.ts";
import { PageQuery, pageOf } from "../../http/pagination.ts";
import { jsonBody, jsonContent, problems, signedIn } from "../../http/responses.ts";
import { createRouter } from "../../http/router.ts";
import { forkCommons } from "./fork.ts";
import { CommonsPatchInput, ForkInput, NewCommonsInput } from "./inputs.ts";
import { LICENCES } from "./licences.ts";
import { canMaintain, canSteward } from "./policy.ts";
import { createCommons, findCommons, getCommonsProfile, listCommons, updateCommons } from "./service.ts";
import { CommonsProfileSchema, CommonsSchema, commonsView, LicenceSchema } from "./views.ts";

const SlugParam = z.object({ slug: Slug });

const licences = createRoute({
  method: "get",
  path: "/licences",
  tags: ["Commons"],
  summary: "The licences a commons may carry",
  responses: { 200: jsonContent(z.object({ items: z.array(LicenceSchema) }), "Every known licence") },
});

const list = createRoute({
  method: "get",
  path: "/commons",
  tags: ["Commons"],
  summary: "List commons, newest first",
  request: {
    query: PageQuery.extend({
      q: z.string().trim().max(200).optional().openapi({ description: "Words in the title or summary." }),
      tag: z.string().trim().max(32).optional(),
      community: Slug.optional(),
      forkedFrom: Slug.optional().openapi({ description: "Only the forks of this commons." }),
    }),
  },
  responses: { 200: jsonContent(pageOf(CommonsSchema), "A page of commons") },
});

const create = createRoute({
  method: "post",
  path: "/commons",
  tags: ["Commons"],
  summary: "Create a commons for a community you steward",
  security: signedIn,
  request: { body: jsonBody(NewCommonsInput) },
  responses: { 201: jsonContent(CommonsSchema, "The new commons"), ...problems(401, 403, 409) },
});

const get = createRoute({
  method: "get",
  path: "/commons/{slug}",
  tags: ["Commons"],
  summary: "A commons' public page",
  request: { params: SlugParam },
  responses: { 200: jsonContent(CommonsProfileSchema, "The commons"), ...problems(404) },
});

const update = createRoute({
  method: "patch",
  path: "/commons/{slug}",
  tags: ["Commons"],
  summary: "Edit a commons (the community's stewards)",
  security: signedIn,
  request: { params: SlugParam, body: jsonBody(CommonsPatchInput) },
  responses: { 200: jsonContent(CommonsSchema, "The commons"), ...problems(401, 403, 404) },
});

const forks = createRoute({
  method: "get",
  path: "/commons/{slug}/forks",
  tags: ["Commons"],
  summary: "The forks of a commons, newest first",
  request: { params: SlugParam, query: PageQuery },
  responses: { 200: jsonContent(pageOf(CommonsSchema), "A page of forks"), ...problems(404) },
});

const fork = createRoute({
  method: "post",
  path: "/commons/{slug}/forks",
  tags: ["Commons"],
  summary: "Fork a commons, with every document and its full history",
  description: "Into a community you steward (`community`), or one you found on the spot (`newCommunity`).",
  security: signedIn,
  request: { params: SlugParam, body: jsonBody(ForkInput) },
  responses: { 201: jsonContent(CommonsSchema, "The fork"), ...problems(401, 403, 404, 409) },
});

async function profileOf(db: Parameters<typeof getCommonsProfile>[0], slug: string, viewer: Parameters<typeof getCommonsProfile>[2]) {
  const { row, standing } = await getCommonsProfile(db, slug, viewer);
  return { ...commonsView(row), viewer: { canMaintain: canMaintain(viewer, standing), canSteward: canSteward(viewer, standing) } };
}

export const commonsRoutes = createRouter()
  .openapi(licences, (c) => c.json({ items: [...LICENCES] }, 200))
  .openapi(list, async (c) => {
    const { items, nextCursor } = await listCommons(c.var.deps.db, c.req.valid("query"));
    return c.json({ items: items.map(commonsView), nextCursor }, 200);
  })
  .openapi(create, async (c) => {
    const row = await createCommons(c.var.deps.db, c.var.actor, c.req.valid("json"));
    const { viewer: _, ...view } = await profileOf(c.var.deps.db, row.slug, c.var.actor);
    return c.json(view, 201);
  })
  .openapi(get, async (c) => c.json(await profileOf(c.var.deps.db, c.req.valid("param").slug, c.var.actor), 200))
  .openapi(forks, async (c) => {
    const { slug } = c.req.valid("param");
    await findCommons(c.var.deps.db, slug);
    const { items, nextCursor } = await listCommons(c.var.deps.db, { ...c.req.valid("query"), forkedFrom: slug });
    return c.json({ items: items.map(commonsView), nextCursor }, 200);
  })
  .openapi(fork, async (c) => {
    const row = await forkCommons(c.var.deps.db, c.var.actor, c.req.valid("param").slug, c.req.valid("json"));
    const { viewer: _, ...view } = await profileOf(c.var.deps.db, row.slug, c.var.actor);
    return c.json(view, 201);
  })
  .openapi(update, async (c) => {
    const row = await updateCommons(c.var.deps.db, c.var.actor, c.req.valid("param").slug, c.req.valid("json"));
    const { viewer: _, ...view } = await profileOf(c.var.deps.db, row.slug, c.var.actor);
    return c.json(view, 200);
  });
