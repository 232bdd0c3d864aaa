import { createRoute, z } from "@hono/zod-openapi";
import { Slug } from "../../http/fields.ts";
import { PageQuery, pageOf } from "../../http/pagination.ts";
import { jsonBody, jsonContent, problems, signedIn } from "../../http/responses.ts";
import { createRouter } from "../../http/router.ts";
import { NewOrganizationInput, OrganizationPatchInput } from "./inputs.ts";
import { listOrganizations } from "./list.ts";
import { canGovern } from "./policy.ts";
import { ORGANIZATION_KINDS } from "./schema.ts";
import { createOrganization, getOrganizationProfile, updateOrganization } from "./service.ts";
import { OrganizationProfileSchema, OrganizationSchema, organizationView } from "./views.ts";

const SlugParam = z.object({ slug: Slug });

const list = createRoute({
  method: "get",
  path: "/organizations",
  tags: ["Organizations"],
  summary: "List and search organizations",
  description: "Without `q`, alphabetical; with `q`, by relevance (each word matches as a prefix of words in the name or description).",
  request: { query: PageQuery.extend({ q: z.string().trim().max(200).optional(), kind: z.enum(ORGANIZATION_KINDS).optional() }) },
  responses: { 200: jsonContent(pageOf(OrganizationSchema), "A page of organizations") },
});

const create = createRoute({
  method: "post",
  path: "/organizations",
  tags: ["Organizations"],
  summary: "Found an organization; you become its steward",
  security: signedIn,
  request: { body: jsonBody(NewOrganizationInput) },
  responses: { 201: jsonContent(OrganizationSchema, "The new organization"), ...problems(401, 409) },
});

const get = createRoute({
  method: "get",
  path: "/organizations/{slug}",
  tags: ["Organizations"],
  summary: "An organization's public profile",
  request: { params: SlugParam },
  responses: { 200: jsonContent(OrganizationProfileSchema, "The organization"), ...problems(404) },
});

const update = createRoute({
  method: "patch",
  path: "/organizations/{slug}",
  tags: ["Organizations"],
  summary: "Edit an organization (stewards)",
  security: signedIn,
  request: { params: SlugParam, body: jsonBody(OrganizationPatchInput) },
  responses: { 200: jsonContent(OrganizationSchema, "The organization"), ...problems(401, 403, 404) },
});

export const organizationRoutes = createRouter()
  .openapi(list, async (c) => {
    return c.json(await listOrganizations(c.var.deps.db, c.req.valid("query")), 200);
  })
  .openapi(create, async (c) => {
    const org = await createOrganization(c.var.deps.db, c.var.actor, c.req.valid("json"));
    return c.json(organizationView({ ...org, memberCount: 1 }), 201);
  })
  .openapi(get, async (c) => {
    const actor = c.var.actor;
    const { org, memberCount, roles, standing } = await getOrganizationProfile(c.var.deps.db, c.req.valid("param").slug, actor);
    return c.json(
      { ...organizationView({ ...org, memberCount }), roles, viewer: { ...standing, canGovern: canGovern(actor, standing) } },
      200,
    );
  })
  .openapi(update, async (c) => {
    const { db } = c.var.deps;
    const org = await updateOrganization(db, c.var.actor, c.req.valid("param").slug, c.req.valid("json"));
    const { memberCount } = await getOrganizationProfile(db, org.slug, null);
    return c.json(organizationView({ ...org, memberCount }), 200);
  });
