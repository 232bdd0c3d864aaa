import { createRoute, z } from "@hono/zod-openapi";
import { Day, Slug, Uuid } from "../../http/fields.ts";
import { jsonBody, jsonContent, problems, signedIn } from "../../http/responses.ts";
import { createRouter } from "../../http/router.ts";
import { getProposal } from "../decisions/read.ts";
import { ProposalSchema } from "../decisions/views.ts";
import { getTransaction } from "../ledger/read.ts";
import { TransactionDetailSchema } from "../ledger/views.ts";
import { findOrganizationById } from "../organizations/service.ts";
import { draftBudget, listBudgets, proposeBudget, reviseBudget } from "./budgets.ts";
import { today } from "./context.ts";
import {
  confirmDonation,
  declineDonation,
  donationView,
  feeStatus,
  listDonations,
  recordDonation,
  recordFee,
  setFeeSchedule,
} from "./income.ts";
import {
  BudgetInput,
  DecisionTerms,
  DonationDecisionInput,
  DonationInput,
  FeePaymentInput,
  FeeScheduleInput,
  PaymentInput,
} from "./inputs.ts";
import { payOrganization } from "./payments.ts";
import { DONATION_STATUSES } from "./schema.ts";
import { BudgetSchema, DonationSchema, FeeStatusSchema } from "./views.ts";

const TAGS = ["Treasury"];
const SlugParam = z.object({ slug: Slug });
const IdParam = z.object({ id: Uuid });
const refusals = problems(401, 403, 404, 409);

const budgetsList = createRoute({
  method: "get",
  path: "/organizations/{slug}/budgets",
  tags: TAGS,
  summary: "Budgets with each line's budget against actual (public)",
  request: { params: SlugParam, query: z.object({ year: z.coerce.number().int().min(2000).max(2200).optional() }) },
  responses: { 200: jsonContent(z.object({ items: z.array(BudgetSchema) }), "Budgets, latest year first"), ...problems(404) },
});

const budgetDraft = createRoute({
  method: "post",
  path: "/organizations/{slug}/budgets",
  tags: TAGS,
  summary: "Draft a year's budget (treasurers); it binds once the members approve it",
  security: signedIn,
  request: { params: SlugParam, body: jsonBody(BudgetInput) },
  responses: { 201: jsonContent(BudgetSchema, "The draft budget"), ...refusals },
});

const budgetRevise = createRoute({
  method: "put",
  path: "/budgets/{id}",
  tags: TAGS,
  summary: "Replace a draft budget's lines (treasurers)",
  security: signedIn,
  request: { params: IdParam, body: jsonBody(BudgetInput) },
  responses: { 200: jsonContent(BudgetSchema, "The draft budget"), ...refusals },
});

const budgetVote = createRoute({
  method: "post",
  path: "/budgets/{id}/vote",
  tags: TAGS,
  summary: "Put a draft budget to the members (treasurers); passing approves it",
  security: signedIn,
  request: { params: IdParam, body: jsonBody(DecisionTerms) },
  responses: { 201: jsonContent(ProposalSchema, "The proposal"), ...refusals },
});

const donate = createRoute({
  method: "post",
  path: "/organizations/{slug}/donations",
  tags: TAGS,
  summary: "Record a donation you made (anyone signed in); a treasurer confirms its receipt",
  security: signedIn,
  request: { params: SlugParam, body: jsonBody(DonationInput) },
  responses: { 201: jsonContent(DonationSchema, "The recorded donation"), ...refusals },
});

const donationsList = createRoute({
  method: "get",
  path: "/organizations/{slug}/donations",
  tags: TAGS,
  summary: "Donations: confirmed ones for everyone; pending ones for treasurers and the donor",
  request: {
    params: SlugParam,
    query: z.object({ status: z.enum(DONATION_STATUSES).default("confirmed"), limit: z.coerce.number().int().min(1).max(200).default(50) }),
  },
  responses: { 200: jsonContent(z.object({ items: z.array(DonationSchema) }), "Donations, newest first"), ...problems(404) },
});

const confirm = createRoute({
  method: "post",
  path: "/donations/{id}/confirm",
  tags: TAGS,
  summary: "Confirm a donation arrived (treasurers): posts it as income",
  security: signedIn,
  request: { params: IdParam, body: jsonBody(DonationDecisionInput) },
  responses: { 200: jsonContent(DonationSchema, "The confirmed donation (its donor is not repeated)"), ...refusals },
});

const decline = createRoute({
  method: "post",
  path: "/donations/{id}/decline",
  tags: TAGS,
  summary: "Decline a donation that never arrived (treasurers)",
  security: signedIn,
  request: { params: IdParam },
  responses: { 200: jsonContent(DonationSchema, "The declined donation (its donor is not repeated)"), ...refusals },
});

const schedule = createRoute({
  method: "post",
  path: "/organizations/{slug}/fee-schedules",
  tags: TAGS,
  summary: "Set the membership fee from a day on (treasurers)",
  security: signedIn,
  request: { params: SlugParam, body: jsonBody(FeeScheduleInput) },
  responses: { 201: jsonContent(FeeStatusSchema, "Who has paid for the current period"), ...refusals },
});

const fees = createRoute({
  method: "get",
  path: "/organizations/{slug}/fees",
  tags: TAGS,
  summary: "Who has paid their membership fee for the period containing a day (public)",
  request: { params: SlugParam, query: z.object({ day: Day.optional() }) },
  responses: { 200: jsonContent(FeeStatusSchema, "The period and each active member"), ...problems(404) },
});

const feePaid = createRoute({
  method: "post",
  path: "/organizations/{slug}/fees",
  tags: TAGS,
  summary: "Record a member's fee for one period (treasurers); a period is paid once",
  security: signedIn,
  request: { params: SlugParam, body: jsonBody(FeePaymentInput) },
  responses: { 201: jsonContent(FeeStatusSchema, "The period now"), ...refusals },
});

const payment = createRoute({
  method: "post",
  path: "/organizations/{slug}/payments",
  tags: TAGS,
  summary: "Pay another organization (the payer's treasurers): sponsorship, grant, reciprocity; posts in both books at once",
  security: signedIn,
  request: { params: SlugParam, body: jsonBody(PaymentInput) },
  responses: { 201: jsonContent(TransactionDetailSchema, "The payer's entry"), ...refusals },
});

export const incomeRoutes = createRouter()
  .openapi(budgetsList, async (c) =>
    c.json({ items: await listBudgets(c.var.deps.db, c.req.valid("param").slug, c.req.valid("query").year) }, 200),
  )
  .openapi(budgetDraft, async (c) => {
    const { slug } = c.req.valid("param");
    const b = await draftBudget(c.var.deps.db, c.var.actor, slug, c.req.valid("json"));
    const [view] = (await listBudgets(c.var.deps.db, slug, b.year)).filter((x) => x.id === b.id);
    return c.json(view as NonNullable<typeof view>, 201);
  })
  .openapi(budgetRevise, async (c) => {
    const b = await reviseBudget(c.var.deps.db, c.var.actor, c.req.valid("param").id, c.req.valid("json"));
    const { slug } = await findOrganizationById(c.var.deps.db, b.organizationId);
    const [view] = (await listBudgets(c.var.deps.db, slug, b.year)).filter((x) => x.id === b.id);
    return c.json(view as NonNullable<typeof view>, 200);
  })
  .openapi(budgetVote, async (c) => {
    const p = await proposeBudget(c.var.deps.db, c.var.actor, c.req.valid("param").id, c.req.valid("json"));
    return c.json(await getProposal(c.var.deps.db, c.var.actor, p.id), 201);
  })
  .openapi(donate, async (c) => {
    const d = await recordDonation(c.var.deps.db, c.var.actor, c.req.valid("param").slug, c.req.valid("json"));
    return c.json(donationView(d, c.var.actor ? { handle: c.var.actor.handle, name: c.var.actor.name } : null), 201);
  })
  .openapi(donationsList, async (c) => {
    const q = c.req.valid("query");
    return c.json({ items: await listDonations(c.var.deps.db, c.var.actor, c.req.valid("param").slug, q) }, 200);
  })
  .openapi(confirm, async (c) =>
    c.json(donationView(await confirmDonation(c.var.deps.db, c.var.actor, c.req.valid("param").id, c.req.valid("json")), null), 200),
  )
  .openapi(decline, async (c) =>
    c.json(donationView(await declineDonation(c.var.deps.db, c.var.actor, c.req.valid("param").id), null), 200),
  )
  .openapi(schedule, async (c) => {
    const { slug } = c.req.valid("param");
    await setFeeSchedule(c.var.deps.db, c.var.actor, slug, c.req.valid("json"));
    return c.json(await feeStatus(c.var.deps.db, slug, today()), 201);
  })
  .openapi(fees, async (c) => c.json(await feeStatus(c.var.deps.db, c.req.valid("param").slug, c.req.valid("query").day ?? today()), 200))
  .openapi(feePaid, async (c) => {
    const { slug } = c.req.valid("param");
    const body = c.req.valid("json");
    await recordFee(c.var.deps.db, c.var.actor, slug, body);
    return c.json(await feeStatus(c.var.deps.db, slug, body.periodStart), 201);
  })
  .openapi(payment, async (c) => {
    const t = await payOrganization(c.var.deps.db, c.var.actor, c.req.valid("param").slug, c.req.valid("json"));
    return c.json(await getTransaction(c.var.deps.db, t.id), 201);
  });
