import { createRoute, z } from "@hono/zod-openapi";
import { Slug } from "../../http/fields.ts";
import { jsonBody, jsonContent, problems, signedIn } from "../../http/responses.ts";
import { createRouter } from "../../http/router.ts";
import { castBallot, claimPlace, enterPaperBallot, myBallot, uploadRegister } from "./ballots.ts";
import { createCall, findCall, listCalls } from "./calls.ts";
import { payTranche, planTranches, reportProgress } from "./grants.ts";
import {
  BallotInput,
  ClaimInput,
  NewCallInput,
  NewProjectInput,
  PaperBallotInput,
  PayTrancheInput,
  ProjectPatchInput,
  RegisterInput,
  ReportInput,
  ReviewInput,
  TrancheInput,
} from "./inputs.ts";
import { grantIdOf, projectIdOf, trancheIdOf } from "./lookups.ts";
import { exportPb } from "./pabulib-io.ts";
import { editProject, reviewProject, submitProject, supportProject } from "./projects.ts";
import { readAccountability, readCall, readProject, readProjects, resultsJson } from "./read.ts";
import { recomputeResults } from "./results.ts";
import { AccountabilitySchema, BallotReceiptSchema, CallSchema, MyBallotSchema, ProjectSchema, ResultsSchema } from "./views.ts";

const TAGS = ["Participatory budgets"];
const CallParam = z.object({ slug: Slug });
const ProjectParam = z.object({ slug: Slug, number: z.string().min(1).max(40) });
const TrancheParam = ProjectParam.extend({ position: z.coerce.number().int().min(1).max(100) });

const open = createRoute({
  method: "post",
  path: "/calls",
  tags: TAGS,
  summary: "Open a call for citizen projects (a public body's stewards)",
  security: signedIn,
  request: { body: jsonBody(NewCallInput) },
  responses: { 201: jsonContent(CallSchema, "The call"), ...problems(401, 403, 404, 409) },
});
const list = createRoute({
  method: "get",
  path: "/calls",
  tags: TAGS,
  summary: "Calls for citizen projects, latest voting first (public)",
  request: { query: z.object({ organization: Slug.optional() }) },
  responses: { 200: jsonContent(z.object({ items: z.array(CallSchema) }), "The calls"), ...problems(404) },
});
const get = createRoute({
  method: "get",
  path: "/calls/{slug}",
  tags: TAGS,
  summary: "A call: budget, districts, phases and ballot (public)",
  request: { params: CallParam },
  responses: { 200: jsonContent(CallSchema, "The call"), ...problems(404) },
});
const projects = createRoute({
  method: "get",
  path: "/calls/{slug}/projects",
  tags: TAGS,
  summary: "A call's projects with their review (public)",
  request: { params: CallParam },
  responses: { 200: jsonContent(z.object({ items: z.array(ProjectSchema) }), "The projects"), ...problems(404) },
});
const submit = createRoute({
  method: "post",
  path: "/calls/{slug}/projects",
  tags: TAGS,
  summary: "Submit a project (anyone signed in, during submission)",
  security: signedIn,
  request: {
    params: CallParam,
    body: jsonBody(NewProjectInput),
  },
  responses: { 201: jsonContent(ProjectSchema, "The project"), ...problems(401, 403, 404, 409) },
});
const project = createRoute({
  method: "get",
  path: "/calls/{slug}/projects/{number}",
  tags: TAGS,
  summary: "A project (public)",
  request: { params: ProjectParam },
  responses: { 200: jsonContent(ProjectSchema, "The project"), ...problems(404) },
});
const edit = createRoute({
  method: "patch",
  path: "/calls/{slug}/projects/{number}",
  tags: TAGS,
  summary: "Edit one's project (its author, until review)",
  security: signedIn,
  request: { params: ProjectParam, body: jsonBody(ProjectPatchInput) },
  responses: { 200: jsonContent(ProjectSchema, "The project"), ...problems(401, 403, 404, 409) },
});
const review = createRoute({
  method: "post",
  path: "/calls/{slug}/projects/{number}/review",
  tags: TAGS,
  summary: "Mark a project eligible or not, with a public reason (the body's reviewers)",
  security: signedIn,
  request: {
    params: ProjectParam,
    body: jsonBody(ReviewInput),
  },
  responses: { 200: jsonContent(ProjectSchema, "The project"), ...problems(401, 403, 404, 409) },
});
const support = createRoute({
  method: "put",
  path: "/calls/{slug}/projects/{number}/support",
  tags: TAGS,
  summary: "Support a project (before voting)",
  security: signedIn,
  request: { params: ProjectParam },
  responses: { 200: jsonContent(ProjectSchema, "The project"), ...problems(401, 404, 409) },
});
const unsupport = createRoute({
  method: "delete",
  path: "/calls/{slug}/projects/{number}/support",
  tags: TAGS,
  summary: "Withdraw one's support",
  security: signedIn,
  request: { params: ProjectParam },
  responses: { 200: jsonContent(ProjectSchema, "The project"), ...problems(401, 404, 409) },
});
const vote = createRoute({
  method: "put",
  path: "/calls/{slug}/ballot",
  tags: TAGS,
  summary: "Cast or change one's ballot (while voting is open)",
  description:
    "One ballot per voter: casting again replaces it. The ballot is checked against the call's limits (number of projects, knapsack cost, points, districts, eligibility); a refusal names the field and nothing is written.",
  security: signedIn,
  request: { params: CallParam, body: jsonBody(BallotInput) },
  responses: { 200: jsonContent(BallotReceiptSchema, "Counted"), ...problems(401, 403, 404, 409) },
});
const mine = createRoute({
  method: "get",
  path: "/calls/{slug}/ballot",
  tags: TAGS,
  summary: "One's own ballot in a call",
  security: signedIn,
  request: { params: CallParam },
  responses: { 200: jsonContent(MyBallotSchema, "Your ballot, or null"), ...problems(401, 404) },
});
const paper = createRoute({
  method: "post",
  path: "/calls/{slug}/paper-ballots",
  tags: TAGS,
  summary: "Enter a paper ballot (the body's reviewers, while voting is open)",
  security: signedIn,
  request: {
    params: CallParam,
    body: jsonBody(PaperBallotInput),
  },
  responses: { 201: jsonContent(BallotReceiptSchema, "Counted"), ...problems(401, 403, 404, 409) },
});
const register = createRoute({
  method: "post",
  path: "/calls/{slug}/register",
  tags: TAGS,
  summary: "Upload identifiers of eligible voters; each new one gets a code, shown once (the body's stewards)",
  security: signedIn,
  request: {
    params: CallParam,
    body: jsonBody(RegisterInput),
  },
  responses: {
    200: jsonContent(
      z
        .object({ added: z.array(z.object({ identifier: z.string(), code: z.string() })), alreadyThere: z.number() })
        .openapi("PbRegisterUpload"),
      "The codes to send",
    ),
    ...problems(401, 403, 404, 409),
  },
});
const claim = createRoute({
  method: "post",
  path: "/calls/{slug}/register/claim",
  tags: TAGS,
  summary: "Claim one's place on the register with its code",
  security: signedIn,
  request: { params: CallParam, body: jsonBody(ClaimInput) },
  responses: { 200: jsonContent(z.object({ claimed: z.boolean() }), "Claimed"), ...problems(401, 403, 404, 409) },
});
const results = createRoute({
  method: "get",
  path: "/calls/{slug}/results",
  tags: TAGS,
  summary: "The results with their explanations, computed when voting closed (public)",
  request: { params: CallParam },
  responses: { 200: jsonContent(ResultsSchema, "The results"), ...problems(404) },
});
const recompute = createRoute({
  method: "post",
  path: "/calls/{slug}/results",
  tags: TAGS,
  summary: "Compute the results again from the stored ballots (the body's stewards, after voting)",
  security: signedIn,
  request: {
    params: CallParam,
  },
  responses: { 200: jsonContent(ResultsSchema, "The results"), ...problems(401, 403, 404, 409) },
});
const grants = createRoute({
  method: "get",
  path: "/calls/{slug}/accountability",
  tags: TAGS,
  summary: "Every grant's status, progress and money granted and paid (public)",
  request: { params: CallParam },
  responses: { 200: jsonContent(AccountabilitySchema, "Accountability"), ...problems(404) },
});
const plan = createRoute({
  method: "post",
  path: "/calls/{slug}/grants/{number}/tranches",
  tags: TAGS,
  summary: "Set a grant's milestones and tranches (the body's stewards)",
  security: signedIn,
  request: {
    params: ProjectParam,
    body: jsonBody(TrancheInput),
  },
  responses: { 200: jsonContent(AccountabilitySchema, "Accountability"), ...problems(401, 403, 404, 409) },
});
const pay = createRoute({
  method: "post",
  path: "/calls/{slug}/grants/{number}/tranches/{position}/pay",
  tags: TAGS,
  summary: "Pay a tranche from the call's budget line (the body's treasurers)",
  security: signedIn,
  request: {
    params: TrancheParam,
    body: jsonBody(PayTrancheInput),
  },
  responses: { 200: jsonContent(AccountabilitySchema, "Accountability"), ...problems(401, 403, 404, 409) },
});
const report = createRoute({
  method: "post",
  path: "/calls/{slug}/grants/{number}/reports",
  tags: TAGS,
  summary: "Report progress on a grant, with evidence (the project's team)",
  security: signedIn,
  request: {
    params: ProjectParam,
    body: jsonBody(ReportInput),
  },
  responses: { 201: jsonContent(AccountabilitySchema, "Accountability"), ...problems(401, 403, 404, 409) },
});

const pbFile = createRoute({
  method: "get",
  path: "/calls/{slug}/vote.pb",
  tags: TAGS,
  summary: "The call's vote as a Pabulib .pb file, as pabutools and equalshares.net read it (public; anonymous voter numbers)",
  request: { params: CallParam },
  responses: { 200: { description: "The .pb file", content: { "text/plain": { schema: z.string() } } }, ...problems(404) },
});

export const budgetingRoutes = createRouter()
  .openapi(open, async (c) => {
    const call = await createCall(c.var.deps.db, c.var.actor, c.req.valid("json"));
    return c.json(await readCall(c.var.deps.db, call, c.var.actor), 201);
  })
  .openapi(list, async (c) => {
    const calls = await listCalls(c.var.deps.db, c.req.valid("query"));
    return c.json({ items: await Promise.all(calls.map((call) => readCall(c.var.deps.db, call, c.var.actor))) }, 200);
  })
  .openapi(get, async (c) =>
    c.json(await readCall(c.var.deps.db, await findCall(c.var.deps.db, c.req.valid("param").slug), c.var.actor), 200),
  )
  .openapi(projects, async (c) => c.json(await readProjects(c.var.deps.db, c.req.valid("param").slug, c.var.actor), 200))
  .openapi(submit, async (c) => {
    const { project: p } = await submitProject(c.var.deps.db, c.var.actor, c.req.valid("param").slug, c.req.valid("json"));
    return c.json(await readProject(c.var.deps.db, p.id, c.var.actor), 201);
  })
  .openapi(project, async (c) => {
    const { slug, number } = c.req.valid("param");
    return c.json(await readProject(c.var.deps.db, await projectIdOf(c.var.deps.db, slug, number), c.var.actor), 200);
  })
  .openapi(edit, async (c) => {
    const { slug, number } = c.req.valid("param");
    const { project: p } = await editProject(
      c.var.deps.db,
      c.var.actor,
      await projectIdOf(c.var.deps.db, slug, number),
      c.req.valid("json"),
    );
    return c.json(await readProject(c.var.deps.db, p.id, c.var.actor), 200);
  })
  .openapi(review, async (c) => {
    const { slug, number } = c.req.valid("param");
    const { project: p } = await reviewProject(
      c.var.deps.db,
      c.var.actor,
      await projectIdOf(c.var.deps.db, slug, number),
      c.req.valid("json"),
    );
    return c.json(await readProject(c.var.deps.db, p.id, c.var.actor), 200);
  })
  .openapi(support, async (c) => {
    const { slug, number } = c.req.valid("param");
    const { project: p } = await supportProject(c.var.deps.db, c.var.actor, await projectIdOf(c.var.deps.db, slug, number), true);
    return c.json(await readProject(c.var.deps.db, p.id, c.var.actor), 200);
  })
  .openapi(unsupport, async (c) => {
    const { slug, number } = c.req.valid("param");
    const { project: p } = await supportProject(c.var.deps.db, c.var.actor, await projectIdOf(c.var.deps.db, slug, number), false);
    return c.json(await readProject(c.var.deps.db, p.id, c.var.actor), 200);
  })
  .openapi(vote, async (c) => {
    const done = await castBallot(c.var.deps.db, c.var.actor, c.req.valid("param").slug, c.req.valid("json"));
    return c.json({ call: done.slug, choices: done.choices }, 200);
  })
  .openapi(mine, async (c) => {
    const { ballot } = await myBallot(c.var.deps.db, c.var.actor, c.req.valid("param").slug);
    return c.json({ ballot: ballot && { ...ballot, updatedAt: ballot.updatedAt.toISOString() } }, 200);
  })
  .openapi(paper, async (c) => {
    const done = await enterPaperBallot(c.var.deps.db, c.var.actor, c.req.valid("param").slug, c.req.valid("json"));
    return c.json({ call: done.call.slug, choices: done.choices }, 201);
  })
  .openapi(register, async (c) =>
    c.json(await uploadRegister(c.var.deps.db, c.var.actor, c.req.valid("param").slug, c.req.valid("json").identifiers), 200),
  )
  .openapi(claim, async (c) =>
    c.json(await claimPlace(c.var.deps.db, c.var.actor, c.req.valid("param").slug, c.req.valid("json").code), 200),
  )
  .openapi(results, async (c) => {
    const body = await resultsJson(c.var.deps.db, c.req.valid("param").slug);
    return c.body(body, 200, { "content-type": "application/json" }) as never;
  })
  .openapi(recompute, async (c) => {
    const { slug } = c.req.valid("param");
    await recomputeResults(c.var.deps.db, c.var.actor, slug);
    return c.body(await resultsJson(c.var.deps.db, slug), 200, { "content-type": "application/json" }) as never;
  })
  .openapi(pbFile, async (c) => {
    const { slug } = c.req.valid("param");
    const text = await exportPb(c.var.deps.db, slug);
    c.header("content-disposition", `attachment; filename="${slug}.pb"`);
    return c.text(text, 200);
  })
  .openapi(grants, async (c) => c.json(await readAccountability(c.var.deps.db, c.req.valid("param").slug, c.var.actor), 200))
  .openapi(plan, async (c) => {
    const { slug, number } = c.req.valid("param");
    await planTranches(c.var.deps.db, c.var.actor, await grantIdOf(c.var.deps.db, slug, number), c.req.valid("json"));
    return c.json(await readAccountability(c.var.deps.db, slug, c.var.actor), 200);
  })
  .openapi(pay, async (c) => {
    const { slug, number, position } = c.req.valid("param");
    await payTranche(c.var.deps.db, c.var.actor, await trancheIdOf(c.var.deps.db, slug, number, position), c.req.valid("json"));
    return c.json(await readAccountability(c.var.deps.db, slug, c.var.actor), 200);
  })
  .openapi(report, async (c) => {
    const { slug, number } = c.req.valid("param");
    await reportProgress(c.var.deps.db, c.var.actor, await grantIdOf(c.var.deps.db, slug, number), c.req.valid("json"));
    return c.json(await readAccountability(c.var.deps.db, slug, c.var.actor), 201);
  });
