import { createRoute, z } from "@hono/zod-openapi";
import { Slug } from "../../http/fields.ts";
import { PageQuery, pageOf } from "../../http/pagination.ts";
import { jsonBody, jsonContent, problems, signedIn } from "../../http/responses.ts";
import { createRouter } from "../../http/router.ts";
import { adoptCharter, getCharter } from "./charter.ts";
import { CharterInput, PeriodInput } from "./inputs.ts";
import { listPeriods, periodWithCommitments, recordPeriod } from "./periods.ts";
import { CharterViewSchema, charterView, PeriodSchema, periodView } from "./views.ts";

const TAGS = ["Phyles"];
const SlugParam = z.object({ slug: Slug });

const charterGet = createRoute({
  method: "get",
  path: "/organizations/{slug}/phyle-charter",
  tags: TAGS,
  summary: "An enterprise's phyle charter and how many of its members are commoners (public)",
  request: { params: SlugParam },
  responses: { 200: jsonContent(CharterViewSchema, "The charter (null before one is adopted)"), ...problems(404) },
});

const charterPut = createRoute({
  method: "put",
  path: "/organizations/{slug}/phyle-charter",
  tags: TAGS,
  summary: "Adopt or amend the enterprise's phyle charter (its stewards)",
  description:
    "The share is in basis points (1000 = 10%) of the revenue or of the surplus (revenue less costs). The beneficiaries' " +
    "weights must sum to 10,000; each commons must have a steward association. Only enterprises adopt a charter (409).",
  security: signedIn,
  request: { params: SlugParam, body: jsonBody(CharterInput) },
  responses: { 200: jsonContent(CharterViewSchema, "The charter as adopted"), ...problems(401, 403, 404, 409) },
});

const periodsList = createRoute({
  method: "get",
  path: "/organizations/{slug}/phyle-periods",
  tags: TAGS,
  summary: "The periods an enterprise recorded and what it committed from each (public)",
  request: { params: SlugParam, query: PageQuery },
  responses: { 200: jsonContent(pageOf(PeriodSchema), "Periods, latest first"), ...problems(404) },
});

const periodPost = createRoute({
  method: "post",
  path: "/organizations/{slug}/phyle-periods",
  tags: TAGS,
  summary: "Record a period's revenue and pay its commitment to the commons (the enterprise's treasurers)",
  description:
    "committed = floor(shareBp × base / 10,000), base being the revenue or max(0, revenue − costs). It is split by weight " +
    "(largest remainder) and posted in both books: expenses:commons / assets:bank in the enterprise's, assets:bank / " +
    "income:phyle (steward) or liabilities:contributor-pool in the steward association's. Overlapping periods are refused (409).",
  security: signedIn,
  request: { params: SlugParam, body: jsonBody(PeriodInput) },
  responses: { 201: jsonContent(PeriodSchema, "The recorded period"), ...problems(401, 403, 404, 409) },
});

export const phyleRoutes = createRouter()
  .openapi(charterGet, async (c) => c.json(charterView(await getCharter(c.var.deps.db, c.var.actor, c.req.valid("param").slug)), 200))
  .openapi(charterPut, async (c) => {
    const { slug } = c.req.valid("param");
    await adoptCharter(c.var.deps.db, c.var.actor, slug, c.req.valid("json"));
    return c.json(charterView(await getCharter(c.var.deps.db, c.var.actor, slug)), 200);
  })
  .openapi(periodsList, async (c) => {
    const res = await listPeriods(c.var.deps.db, c.req.valid("param").slug, c.req.valid("query"));
    return c.json({ items: res.items.map(periodView), nextCursor: res.nextCursor }, 200);
  })
  .openapi(periodPost, async (c) => {
    const db = c.var.deps.db;
    const period = await recordPeriod(db, c.var.actor, c.req.valid("param").slug, c.req.valid("json"));
    return c.json(periodView(await periodWithCommitments(db, period)), 201);
  });
