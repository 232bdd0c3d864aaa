import { createRoute, z } from "@hono/zod-openapi";
import { Handle, Slug, Uuid } from "../../http/fields.ts";
import { PageQuery, pageOf } from "../../http/pagination.ts";
import { jsonBody, jsonContent, problems, signedIn } from "../../http/responses.ts";
import { createRouter, type Router } from "../../http/router.ts";
import { EquationInput, PayoutInput, PostInput, PreviewInput } from "./inputs.ts";
import { payout } from "./payout.ts";
import type { EquationOwner } from "./policy.ts";
import { getDistribution, getEquation, lineContributions, listDistributions, personShares } from "./read.ts";
import { postDistribution, previewDistribution, saveEquation } from "./service.ts";
import {
  DistributionSummarySchema,
  EquationSchema,
  LineContributionSchema,
  PayoutSchema,
  PersonSharesSchema,
  previewView,
  StatementSchema,
} from "./views.ts";

const TAGS = ["Value"];
const SlugParam = z.object({ slug: Slug });
const refusals = problems(401, 403, 404, 409);

/** The same five routes for a commons' equation and a phyle enterprise's, under their own paths. */
function ownerRoutes(router: Router, owner: EquationOwner): Router {
  const base = owner === "commons" ? "/commons/{slug}" : "/organizations/{slug}";
  const whose = owner === "commons" ? "a commons" : "a phyle enterprise";
  const ref = (slug: string) => ({ owner, slug });
  return router
    .openapi(
      createRoute({
        method: "get",
        path: `${base}/value-equation`,
        tags: TAGS,
        summary: `The value equation of ${whose} (public); the default when none was saved`,
        request: { params: SlugParam },
        responses: { 200: jsonContent(EquationSchema, "The equation"), ...problems(404) },
      }),
      async (c) => c.json(await getEquation(c.var.deps.db, c.var.actor, ref(c.req.valid("param").slug)), 200),
    )
    .openapi(
      createRoute({
        method: "put",
        path: `${base}/value-equation`,
        tags: TAGS,
        summary: `Replace the value equation of ${whose} (its stewards)`,
        security: signedIn,
        request: { params: SlugParam, body: jsonBody(EquationInput) },
        responses: { 200: jsonContent(EquationSchema, "The saved equation"), ...refusals },
      }),
      async (c) => {
        const { slug } = c.req.valid("param");
        await saveEquation(c.var.deps.db, c.var.actor, ref(slug), c.req.valid("json"));
        return c.json(await getEquation(c.var.deps.db, c.var.actor, ref(slug)), 200);
      },
    )
    .openapi(
      createRoute({
        method: "get",
        path: `${base}/distributions`,
        tags: TAGS,
        summary: `Distributions posted under the equation of ${whose} (public), newest first`,
        request: { params: SlugParam, query: PageQuery },
        responses: { 200: jsonContent(pageOf(DistributionSummarySchema), "A page of distributions"), ...problems(404) },
      }),
      async (c) => c.json(await listDistributions(c.var.deps.db, c.var.actor, ref(c.req.valid("param").slug), c.req.valid("query")), 200),
    )
    .openapi(
      createRoute({
        method: "post",
        path: `${base}/distributions/preview`,
        tags: TAGS,
        summary: "Compute a distribution's statement without posting anything (treasurers and the equation's stewards)",
        security: signedIn,
        request: { params: SlugParam, body: jsonBody(PreviewInput) },
        responses: { 200: jsonContent(StatementSchema, "The statement, with its hash"), ...refusals },
      }),
      async (c) => {
        const p = await previewDistribution(c.var.deps.db, c.var.actor, ref(c.req.valid("param").slug), c.req.valid("json"));
        return c.json(
          previewView(p.statement, {
            scope: { owner, slug: p.scope.slug, title: p.scope.title },
            organization: { slug: p.scope.treasury.slug, name: p.scope.treasury.name },
            description: p.description,
          }),
          200,
        );
      },
    )
    .openapi(
      createRoute({
        method: "post",
        path: `${base}/distributions`,
        tags: TAGS,
        summary: "Post a distribution (the distributing books' treasurers): the source debited, each share credited",
        security: signedIn,
        request: { params: SlugParam, body: jsonBody(PostInput) },
        responses: { 201: jsonContent(StatementSchema, "The posted statement"), ...refusals },
      }),
      async (c) => {
        const id = await postDistribution(c.var.deps.db, c.var.actor, ref(c.req.valid("param").slug), c.req.valid("json"));
        return c.json(await getDistribution(c.var.deps.db, id), 201);
      },
    );
}

const payoutRoute = createRoute({
  method: "post",
  path: "/organizations/{slug}/payouts",
  tags: TAGS,
  summary: "Pay a person what the books owe them from distributions (treasurers)",
  security: signedIn,
  request: { params: SlugParam, body: jsonBody(PayoutInput) },
  responses: { 201: jsonContent(PayoutSchema, "The payout"), ...refusals },
});

const distributionRoute = createRoute({
  method: "get",
  path: "/distributions/{id}",
  tags: TAGS,
  summary: "A posted distribution's statement (public)",
  request: { params: z.object({ id: Uuid }) },
  responses: { 200: jsonContent(StatementSchema, "The statement"), ...problems(404) },
});

const lineRoute = createRoute({
  method: "get",
  path: "/distributions/{id}/lines/{position}/contributions",
  tags: TAGS,
  summary: "The accepted contributions behind a contributor's share (public), latest first",
  request: { params: z.object({ id: Uuid, position: z.coerce.number().int().min(0).max(1_000_000) }), query: PageQuery },
  responses: { 200: jsonContent(pageOf(LineContributionSchema), "A page of contributions"), ...problems(404) },
});

const sharesRoute = createRoute({
  method: "get",
  path: "/people/{handle}/shares",
  tags: TAGS,
  summary: "A person's distribution shares, and what each organization owes them now (public)",
  request: { params: z.object({ handle: Handle }) },
  responses: { 200: jsonContent(PersonSharesSchema, "Their shares"), ...problems(404) },
});

export const valueRoutes = ownerRoutes(ownerRoutes(createRouter(), "commons"), "phyle")
  .openapi(payoutRoute, async (c) => c.json(await payout(c.var.deps.db, c.var.actor, c.req.valid("param").slug, c.req.valid("json")), 201))
  .openapi(distributionRoute, async (c) => c.json(await getDistribution(c.var.deps.db, c.req.valid("param").id), 200))
  .openapi(lineRoute, async (c) => {
    const { id, position } = c.req.valid("param");
    return c.json(await lineContributions(c.var.deps.db, id, position, c.req.valid("query")), 200);
  })
  .openapi(sharesRoute, async (c) => c.json(await personShares(c.var.deps.db, c.req.valid("param").handle), 200));
