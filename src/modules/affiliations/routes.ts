import { createRoute, z } from "@hono/zod-openapi";
import { Day, LongText, Slug, Uuid } from "../../http/fields.ts";
import { PageQuery, pageOf } from "../../http/pagination.ts";
import { jsonBody, jsonContent, NoContent, problems, signedIn } from "../../http/responses.ts";
import { createRouter } from "../../http/router.ts";
import { findOrganization } from "../organizations/service.ts";
import { claimAffiliation, deleteAffiliation, listAffiliations, reviewAffiliation, updateAffiliation } from "./service.ts";
import { AffiliationIdSchema, AffiliationReviewSchema, AffiliationSchema } from "./views.ts";

const IdParam = z.object({ id: Uuid });

const claim = createRoute({
  method: "post",
  path: "/affiliations",
  tags: ["Affiliations"],
  summary: "State that an enterprise pays you for your work over a period",
  security: signedIn,
  request: {
    body: jsonBody(
      z
        .strictObject({
          enterprise: Slug.openapi({ description: "The enterprise's slug." }),
          startsOn: Day,
          endsOn: Day.nullable().optional().openapi({ description: "Inclusive last day; omit while it lasts." }),
          note: LongText(1000).optional(),
        })
        .openapi("NewAffiliation"),
    ),
  },
  responses: { 201: jsonContent(AffiliationIdSchema, "The claimed affiliation"), ...problems(401, 409) },
});

const update = createRoute({
  method: "patch",
  path: "/affiliations/{id}",
  tags: ["Affiliations"],
  summary: "Change your affiliation's dates or note (new dates need confirming again)",
  security: signedIn,
  request: {
    params: IdParam,
    body: jsonBody(z.strictObject({ startsOn: Day.optional(), endsOn: Day.nullable().optional(), note: LongText(1000).optional() })),
  },
  responses: { 200: jsonContent(AffiliationIdSchema, "Updated"), ...problems(401, 403, 404, 409) },
});

const remove = createRoute({
  method: "delete",
  path: "/affiliations/{id}",
  tags: ["Affiliations"],
  summary: "Withdraw your affiliation",
  security: signedIn,
  request: { params: IdParam },
  responses: { 204: NoContent, ...problems(401, 403, 404) },
});

const review = createRoute({
  method: "post",
  path: "/affiliations/{id}/review",
  tags: ["Affiliations"],
  summary: "Confirm or dispute an affiliation (the enterprise's stewards)",
  security: signedIn,
  request: {
    params: IdParam,
    body: jsonBody(z.strictObject({ decision: z.enum(["confirmed", "disputed"]), note: LongText(1000).default("") })),
  },
  responses: {
    200: jsonContent(AffiliationReviewSchema, "Reviewed"),
    ...problems(401, 403, 404),
  },
});

const ofEnterprise = createRoute({
  method: "get",
  path: "/organizations/{slug}/affiliations",
  tags: ["Affiliations"],
  summary: "The people who say this enterprise pays them",
  request: { params: z.object({ slug: Slug }), query: PageQuery },
  responses: { 200: jsonContent(pageOf(AffiliationSchema), "Affiliations, latest first"), ...problems(404) },
});

export const affiliationRoutes = createRouter()
  .openapi(claim, async (c) => {
    const row = await claimAffiliation(c.var.deps.db, c.var.actor, c.req.valid("json"));
    return c.json({ id: row.id }, 201);
  })
  .openapi(update, async (c) => {
    const { id } = c.req.valid("param");
    await updateAffiliation(c.var.deps.db, c.var.actor, id, c.req.valid("json"));
    return c.json({ id }, 200);
  })
  .openapi(remove, async (c) => {
    await deleteAffiliation(c.var.deps.db, c.var.actor, c.req.valid("param").id);
    return c.body(null, 204);
  })
  .openapi(review, async (c) => {
    const { id } = c.req.valid("param");
    const { decision, note } = c.req.valid("json");
    await reviewAffiliation(c.var.deps.db, c.var.actor, id, decision, note);
    return c.json({ id, status: decision }, 200);
  })
  .openapi(ofEnterprise, async (c) => {
    const { db } = c.var.deps;
    const org = await findOrganization(db, c.req.valid("param").slug);
    return c.json(await listAffiliations(db, { enterpriseId: org.id, ...c.req.valid("query") }), 200);
  });
