import { createRoute, z } from "@hono/zod-openapi";
import { Slug, Uuid } from "../../http/fields.ts";
import { PageQuery, pageOf } from "../../http/pagination.ts";
import { jsonBody, jsonContent, problems, signedIn } from "../../http/responses.ts";
import { createRouter } from "../../http/router.ts";
import { rule } from "../../text/messages.ts";
import { getProposal } from "../decisions/read.ts";
import { ProposalSchema } from "../decisions/views.ts";
import {
  approveWithinBudget,
  attachReceipt,
  payExpense,
  putToVote,
  RECEIPT_TYPES,
  rejectExpense,
  submitExpense,
  withdrawExpense,
} from "./expenses.ts";
import { ApproveInput, DecisionTerms, ExpenseInput, PayInput, RejectInput } from "./inputs.ts";
import { t } from "./messages.ts";
import { getExpense, listExpenses, readReceipt } from "./read.ts";
import { EXPENSE_STATUSES } from "./schema.ts";
import { ExpenseDetailSchema, ExpenseSchema, ReceiptFileSchema } from "./views.ts";

const TAGS = ["Treasury"];
const IdParam = z.object({ id: Uuid });
const Expense = (description: string) => jsonContent(ExpenseDetailSchema, description);
const refusals = problems(401, 403, 404, 409);

const StatusList = z
  .string()
  .regex(
    new RegExp(`^(${EXPENSE_STATUSES.join("|")})(,(${EXPENSE_STATUSES.join("|")}))*$`),
    rule(t("statusList", { statuses: EXPENSE_STATUSES.join(", ") })),
  )
  .transform((s) => s.split(",") as (typeof EXPENSE_STATUSES)[number][]);

const submit = createRoute({
  method: "post",
  path: "/organizations/{slug}/expenses",
  tags: TAGS,
  summary: "Submit an expense (active members); it is paid only once approved",
  security: signedIn,
  request: { params: z.object({ slug: Slug }), body: jsonBody(ExpenseInput) },
  responses: { 201: Expense("The submitted expense"), ...refusals },
});

const list = createRoute({
  method: "get",
  path: "/organizations/{slug}/expenses",
  tags: TAGS,
  summary: "An organization's expenses, newest first, each with the authority behind it (public)",
  request: { params: z.object({ slug: Slug }), query: PageQuery.extend({ status: StatusList.optional() }) },
  responses: { 200: jsonContent(pageOf(ExpenseSchema), "A page of expenses"), ...problems(404) },
});

const get = createRoute({
  method: "get",
  path: "/expenses/{id}",
  tags: TAGS,
  summary: "An expense, with the decision or budget line that authorised it and the payment",
  request: { params: IdParam },
  responses: { 200: Expense("The expense"), ...problems(404) },
});

const ReceiptForm = z.object({
  file: z
    .custom<File>((v) => v instanceof File, rule(t("receiptFile")))
    .openapi({ type: "string", format: "binary", description: "PDF, PNG, JPEG or WebP, up to 5 MB." }),
});

const upload = createRoute({
  method: "put",
  path: "/expenses/{id}/receipt",
  tags: TAGS,
  summary: "Attach or replace the receipt (the submitter or a treasurer)",
  security: signedIn,
  request: { params: IdParam, body: { required: true, content: { "multipart/form-data": { schema: ReceiptForm } } } },
  responses: { 200: Expense("The expense with its receipt"), ...problems(401, 403, 404, 409, 413) },
});

const download = createRoute({
  method: "get",
  path: "/expenses/{id}/receipt",
  tags: TAGS,
  summary: "The receipt file (the submitter and the organization's members)",
  security: signedIn,
  request: { params: IdParam },
  responses: {
    200: {
      description: "The file, in the type it was uploaded as",
      content: Object.fromEntries(RECEIPT_TYPES.map((t) => [t, { schema: ReceiptFileSchema }])),
    },
    ...problems(401, 403, 404),
  },
});

const vote = createRoute({
  method: "post",
  path: "/expenses/{id}/vote",
  tags: TAGS,
  summary: "Put the expense to the members' vote (the submitter or a treasurer); passing approves it",
  security: signedIn,
  request: { params: IdParam, body: jsonBody(DecisionTerms) },
  responses: { 201: jsonContent(ProposalSchema, "The proposal"), ...refusals },
});

const approve = createRoute({
  method: "post",
  path: "/expenses/{id}/approve",
  tags: TAGS,
  summary: "Approve within an approved budget line (treasurers); the database checks the room left",
  security: signedIn,
  request: { params: IdParam, body: jsonBody(ApproveInput) },
  responses: { 200: Expense("The approved expense"), ...refusals },
});

const reject = createRoute({
  method: "post",
  path: "/expenses/{id}/reject",
  tags: TAGS,
  summary: "Turn down an expense that is not before the members (treasurers), with a note",
  security: signedIn,
  request: { params: IdParam, body: jsonBody(RejectInput) },
  responses: { 200: Expense("The rejected expense"), ...refusals },
});

const withdraw = createRoute({
  method: "post",
  path: "/expenses/{id}/withdraw",
  tags: TAGS,
  summary: "Withdraw your expense while it waits",
  security: signedIn,
  request: { params: IdParam },
  responses: { 200: Expense("The withdrawn expense"), ...refusals },
});

const pay = createRoute({
  method: "post",
  path: "/expenses/{id}/pay",
  tags: TAGS,
  summary: "Pay an approved expense (treasurers): posts it to the books with its authorising decision",
  security: signedIn,
  request: { params: IdParam, body: jsonBody(PayInput) },
  responses: { 200: Expense("The paid expense"), ...refusals },
});

export const expenseRoutes = createRouter()
  .openapi(submit, async (c) => {
    const e = await submitExpense(c.var.deps.db, c.var.actor, c.req.valid("param").slug, c.req.valid("json"));
    return c.json(await getExpense(c.var.deps.db, c.var.actor, e.id), 201);
  })
  .openapi(list, async (c) => c.json(await listExpenses(c.var.deps.db, c.req.valid("param").slug, c.req.valid("query")), 200))
  .openapi(get, async (c) => c.json(await getExpense(c.var.deps.db, c.var.actor, c.req.valid("param").id), 200))
  .openapi(upload, async (c) => {
    const { file } = c.req.valid("form");
    const { id } = c.req.valid("param");
    await attachReceipt(c.var.deps.db, c.var.actor, id, { name: file.name, type: file.type, data: Buffer.from(await file.arrayBuffer()) });
    return c.json(await getExpense(c.var.deps.db, c.var.actor, id), 200);
  })
  .openapi(download, async (c) => {
    const r = await readReceipt(c.var.deps.db, c.var.actor, c.req.valid("param").id);
    const safeName = r.filename.replace(/[^\w.-]+/g, "_");
    return c.body(new Uint8Array(r.data), 200, {
      "content-type": r.contentType,
      "content-disposition": `attachment; filename="${safeName}"`,
      "x-content-type-options": "nosniff",
      "cache-control": "private, no-store",
    });
  })
  .openapi(vote, async (c) => {
    const p = await putToVote(c.var.deps.db, c.var.actor, c.req.valid("param").id, c.req.valid("json"));
    return c.json(await getProposal(c.var.deps.db, c.var.actor, p.id), 201);
  })
  .openapi(approve, async (c) => {
    const { id } = c.req.valid("param");
    await approveWithinBudget(c.var.deps.db, c.var.actor, id, c.req.valid("json").budgetLine);
    return c.json(await getExpense(c.var.deps.db, c.var.actor, id), 200);
  })
  .openapi(reject, async (c) => {
    const { id } = c.req.valid("param");
    await rejectExpense(c.var.deps.db, c.var.actor, id, c.req.valid("json").note);
    return c.json(await getExpense(c.var.deps.db, c.var.actor, id), 200);
  })
  .openapi(withdraw, async (c) => {
    const { id } = c.req.valid("param");
    await withdrawExpense(c.var.deps.db, c.var.actor, id);
    return c.json(await getExpense(c.var.deps.db, c.var.actor, id), 200);
  })
  .openapi(pay, async (c) => {
    const { id } = c.req.valid("param");
    await payExpense(c.var.deps.db, c.var.actor, id, c.req.valid("json"));
    return c.json(await getExpense(c.var.deps.db, c.var.actor, id), 200);
  });
