import { createRoute, z } from "@hono/zod-openapi";
import type { TypedResponse } from "hono";
import { Slug } from "../../http/fields.ts";
import { problems } from "../../http/responses.ts";
import { createRouter } from "../../http/router.ts";
import { findCommons } from "../commons/service.ts";
import { findOrganizationById } from "../organizations/service.ts";
import { jsonLdDocument } from "./stream.ts";
import { ValueFlowsDocumentSchema } from "./views.ts";

const valueflows = createRoute({
  method: "get",
  path: "/commons/{slug}/valueflows.jsonld",
  tags: ["Phyles"],
  summary: "The commons' contributions, uses and transfers as ValueFlows economic events, streamed (public)",
  description:
    "A JSON-LD document: `@context` maps each term to the ValueFlows 1.0 vocabulary (https://w3id.org/valueflows/ont/vf#), " +
    "`@graph` holds EconomicEvents: accepted logged work as `work` (effortQuantity in om2:hour), accepted documents, edits and " +
    "imported commits as `produce` into the commons (lines as om2:one), declared uses as `cite`, and money paid for the commons " +
    "(reciprocity, phyle commitments, payouts, distribution shares) as `transfer` (currencies as iso4217 URNs). Agents and " +
    "resources are this instance's pages.",
  request: { params: z.object({ slug: Slug }) },
  responses: {
    200: { description: "The events", content: { "application/ld+json": { schema: ValueFlowsDocumentSchema } } },
    ...problems(404),
  },
});

export const valueflowRoutes = createRouter().openapi(valueflows, async (c) => {
  const found = await findCommons(c.var.deps.db, c.req.valid("param").slug);
  const base = (c.var.deps.config.publicUrl ?? new URL(c.req.url).origin).replace(/\/+$/, "");
  const { slug: community } = await findOrganizationById(c.var.deps.db, found.communityId);
  const res = c.body(jsonLdDocument(c.var.deps.db, found, { base, community }), 200, {
    "content-type": "application/ld+json; charset=utf-8",
    "content-disposition": `attachment; filename="${found.slug}.valueflows.jsonld"`,
    "cache-control": "no-cache",
  });
  // A stream of JSON-LD text, written as it is read: the route declares the document it makes.
  return res as unknown as TypedResponse<z.infer<typeof ValueFlowsDocumentSchema>, 200, "json">;
});
