import { createRoute, z } from "@hono/zod-openapi";
import type { Db } from "../../db/types.ts";
import type { Actor } from "../../http/env.ts";
import { Day, Handle, Slug, Uuid } from "../../http/fields.ts";
import { PageQuery, pageOf } from "../../http/pagination.ts";
import { jsonBody, jsonContent, problems, signedIn } from "../../http/responses.ts";
import { createRouter } from "../../http/router.ts";
import { rule } from "../../text/messages.ts";
import { canMaintain } from "../commons/policy.ts";
import { DocParams, DocPath, RevisionNumber } from "../documents/inputs.ts";
import { AcceptInput, ProposalInput, ProposalPatchInput, RejectInput, UpstreamInput } from "./inputs.ts";
import { t } from "./messages.ts";
import { getContribution, listContributions, proposalChanges } from "./read.ts";
import { contributors, INTERVALS, whoWrites } from "./report.ts";
import { accept, reject } from "./review.ts";
import { CONTRIBUTION_STATUSES, CONTRIBUTION_TYPES } from "./schema.ts";
import { proposeAndShow, revise, setSupport, withdraw } from "./service.ts";
import { proposeUpstream } from "./upstream.ts";
import {
  ChangesSchema,
  ContributionSchema,
  ContributionSummarySchema,
  ContributorsSchema,
  CreditReportSchema,
  contributionSummaryView,
  contributionView,
  ReviewOutcomeSchema,
} from "./views.ts";

const IdParam = z.object({ id: Uuid });
const SlugParam = z.object({ slug: Slug });
const PeriodQuery = z
  .object({ from: Day.optional(), to: Day.optional() })
  .refine((p) => !p.from || !p.to || p.from <= p.to, { message: rule(t("periodOrder")), path: ["to"] });

async function detail(db: Db, id: string, actor: Actor | null) {
  const { row, standing, supported } = await getContribution(db, id, actor);
  return contributionView(row, {
    isAuthor: !!actor && row.authorId === actor.id,
    canReview: canMaintain(actor, standing),
    supports: supported,
  });
}

const proposeRoute = createRoute({
  method: "post",
  path: "/commons/{slug}/contributions",
  tags: ["Contributions"],
  summary: "Propose a new document, an edit, or logged work — no membership needed",
  description:
    "An edit names the document and the revision it starts from, and carries the whole new text; it is three-way merged on acceptance if the document moved on. Documents over 1 MB are refused with 413.",
  security: signedIn,
  request: { params: SlugParam, body: jsonBody(ProposalInput) },
  responses: { 201: jsonContent(ContributionSchema, "The proposal, pending review"), ...problems(401, 404, 409, 413) },
});

const list = createRoute({
  method: "get",
  path: "/contributions",
  tags: ["Contributions"],
  summary: "Contributions, most recently changed first",
  request: {
    query: PageQuery.extend({
      commons: Slug.optional(),
      author: Handle.optional(),
      document: DocPath.optional(),
      status: z
        .string()
        .optional()
        .transform((s) => (s ? s.split(",") : undefined))
        .pipe(z.array(z.enum(CONTRIBUTION_STATUSES)).optional())
        .openapi({ description: "One status or several, comma-separated (pending,conflicted)." }),
      type: z.enum(CONTRIBUTION_TYPES).optional(),
    }),
  },
  responses: { 200: jsonContent(pageOf(ContributionSummarySchema), "A page of contributions") },
});

const get = createRoute({
  method: "get",
  path: "/contributions/{id}",
  tags: ["Contributions"],
  summary: "A contribution with its review and credit",
  request: { params: IdParam },
  responses: { 200: jsonContent(ContributionSchema, "The contribution"), ...problems(404) },
});

const changes = createRoute({
  method: "get",
  path: "/contributions/{id}/changes",
  tags: ["Contributions"],
  summary: "What a document proposal changes, and how it merges into the newest revision",
  request: { params: IdParam },
  responses: {
    200: jsonContent(ChangesSchema, "The changes"),
    ...problems(404),
  },
});

const reviseRoute = createRoute({
  method: "patch",
  path: "/contributions/{id}",
  tags: ["Contributions"],
  summary: "Revise your open proposal; new content or a new base puts a conflicted one back in review",
  security: signedIn,
  request: { params: IdParam, body: jsonBody(ProposalPatchInput) },
  responses: { 200: jsonContent(ContributionSchema, "The proposal"), ...problems(401, 403, 404, 409, 413) },
});

const withdrawRoute = createRoute({
  method: "post",
  path: "/contributions/{id}/withdraw",
  tags: ["Contributions"],
  summary: "Withdraw your open proposal",
  security: signedIn,
  request: { params: IdParam },
  responses: { 200: jsonContent(ContributionSchema, "The proposal"), ...problems(401, 403, 404, 409) },
});

const acceptRoute = createRoute({
  method: "post",
  path: "/contributions/{id}/accept",
  tags: ["Contributions"],
  summary: "Accept a proposal (maintainers)",
  description:
    "Documents get a new revision, three-way merged when the document moved on. When the changes overlap, nothing is written but the proposal becomes `conflicted` and `conflicts` shows where.",
  security: signedIn,
  request: { params: IdParam, body: jsonBody(AcceptInput) },
  responses: {
    200: jsonContent(ReviewOutcomeSchema, "The outcome"),
    ...problems(401, 403, 404, 409),
  },
});

const rejectRoute = createRoute({
  method: "post",
  path: "/contributions/{id}/reject",
  tags: ["Contributions"],
  summary: "Reject a proposal with a public note (maintainers)",
  security: signedIn,
  request: { params: IdParam, body: jsonBody(RejectInput) },
  responses: { 200: jsonContent(ContributionSchema, "The proposal"), ...problems(401, 403, 404, 409) },
});

const supportRoute = (method: "post" | "delete") =>
  createRoute({
    method,
    path: "/contributions/{id}/support",
    tags: ["Contributions"],
    summary: method === "post" ? "Signal support for a contribution" : "Take your support back",
    security: signedIn,
    request: { params: IdParam },
    responses: { 200: jsonContent(z.object({ supportCount: z.number().int() }), "The count"), ...problems(401, 404) },
  });

const upstreamRoute = createRoute({
  method: "post",
  path: "/commons/{slug}/documents/{path}/revisions/{number}/upstream",
  tags: ["Contributions"],
  summary: "Propose a fork's revision back to the commons it was forked from",
  security: signedIn,
  request: { params: DocParams.extend({ number: RevisionNumber }), body: jsonBody(UpstreamInput) },
  responses: { 201: jsonContent(ContributionSchema, "The proposal, in the origin commons"), ...problems(401, 404, 409) },
});

const creditRoute = createRoute({
  method: "get",
  path: "/commons/{slug}/credit",
  tags: ["Contributions"],
  summary: "Who writes this commons: accepted contributions that were paid, volunteered or of unknown funding",
  request: { params: SlugParam, query: PeriodQuery.safeExtend({ interval: z.enum(INTERVALS).default("month") }) },
  responses: {
    200: jsonContent(CreditReportSchema, "The report"),
    ...problems(404),
  },
});

const contributorsRoute = createRoute({
  method: "get",
  path: "/commons/{slug}/contributors",
  tags: ["Contributions"],
  summary: "People whose contributions were accepted, most first",
  request: { params: SlugParam, query: PeriodQuery.safeExtend({ limit: z.coerce.number().int().min(1).max(200).default(50) }) },
  responses: {
    200: jsonContent(ContributorsSchema, "Contributors"),
    ...problems(404),
  },
});

export const contributionRoutes = createRouter()
  // propose answers with the proposal as its page shows it, from the rows it wrote: no read-back.
  .openapi(proposeRoute, async (c) => {
    const { view } = await proposeAndShow(c.var.deps.db, c.var.actor, c.req.valid("param").slug, c.req.valid("json"));
    return c.json(view, 201);
  })
  .openapi(list, async (c) => {
    const { items, nextCursor } = await listContributions(c.var.deps.db, c.req.valid("query"));
    return c.json({ items: items.map(contributionSummaryView), nextCursor }, 200);
  })
  .openapi(get, async (c) => c.json(await detail(c.var.deps.db, c.req.valid("param").id, c.var.actor), 200))
  .openapi(changes, async (c) => c.json(await proposalChanges(c.var.deps.db, c.req.valid("param").id), 200))
  .openapi(reviseRoute, async (c) => {
    const row = await revise(c.var.deps.db, c.var.actor, c.req.valid("param").id, c.req.valid("json"));
    return c.json(await detail(c.var.deps.db, row.id, c.var.actor), 200);
  })
  .openapi(withdrawRoute, async (c) => {
    const row = await withdraw(c.var.deps.db, c.var.actor, c.req.valid("param").id);
    return c.json(await detail(c.var.deps.db, row.id, c.var.actor), 200);
  })
  .openapi(acceptRoute, async (c) => {
    const outcome = await accept(c.var.deps.db, c.var.actor, c.req.valid("param").id, c.req.valid("json").note);
    return c.json(
      { contribution: await detail(c.var.deps.db, outcome.contribution.id, c.var.actor), conflicts: outcome.conflicts ?? [] },
      200,
    );
  })
  .openapi(rejectRoute, async (c) => {
    const row = await reject(c.var.deps.db, c.var.actor, c.req.valid("param").id, c.req.valid("json").note);
    return c.json(await detail(c.var.deps.db, row.id, c.var.actor), 200);
  })
  .openapi(supportRoute("post"), async (c) =>
    c.json({ supportCount: await setSupport(c.var.deps.db, c.var.actor, c.req.valid("param").id, true) }, 200),
  )
  .openapi(supportRoute("delete"), async (c) =>
    c.json({ supportCount: await setSupport(c.var.deps.db, c.var.actor, c.req.valid("param").id, false) }, 200),
  )
  .openapi(upstreamRoute, async (c) => {
    const { slug, path, number } = c.req.valid("param");
    const row = await proposeUpstream(c.var.deps.db, c.var.actor, slug, path, number, c.req.valid("json"));
    return c.json(await detail(c.var.deps.db, row.id, c.var.actor), 201);
  })
  .openapi(creditRoute, async (c) => {
    const { interval, ...period } = c.req.valid("query");
    return c.json(await whoWrites(c.var.deps.db, c.req.valid("param").slug, period, interval), 200);
  })
  .openapi(contributorsRoute, async (c) => {
    const { limit, ...period } = c.req.valid("query");
    return c.json({ items: await contributors(c.var.deps.db, c.req.valid("param").slug, period, limit) }, 200);
  });
