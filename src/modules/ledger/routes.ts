import { createRoute, z } from "@hono/zod-openapi";
import { addPeriods, dayOf } from "../../calendar.ts";
import { Slug, Uuid } from "../../http/fields.ts";
import { PageQuery, pageOf } from "../../http/pagination.ts";
import { jsonBody, jsonContent, problems, signedIn } from "../../http/responses.ts";
import { createRouter } from "../../http/router.ts";
import { now } from "../../now.ts";
import { rule } from "../../text/messages.ts";
import { NewAccountInput, NewTransactionInput, OpenBooksInput, ReverseInput } from "./inputs.ts";
import { t } from "./messages.ts";
import { getTransaction, listAccounts, listTransactions, monthlyReport } from "./read.ts";
import { TRANSACTION_KINDS } from "./schema.ts";
import { addAccount, openBooks, postManual, reverseTransaction } from "./service.ts";
import { AccountSchema, accountView, BooksSchema, ReportSchema, TransactionDetailSchema, TransactionSchema } from "./views.ts";

const TAGS = ["Treasury"];
const SlugParam = z.object({ slug: Slug });
const IdParam = z.object({ id: Uuid });
const Month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, rule(t("month")));

const books = createRoute({
  method: "get",
  path: "/organizations/{slug}/books",
  tags: TAGS,
  summary: "An organization's accounts and their balances (public)",
  request: { params: SlugParam },
  responses: { 200: jsonContent(BooksSchema, "The chart of accounts with balances"), ...problems(404) },
});

const open = createRoute({
  method: "post",
  path: "/organizations/{slug}/books",
  tags: TAGS,
  summary: "Open the books in a currency, with the default chart of accounts (stewards or treasurers)",
  security: signedIn,
  request: { params: SlugParam, body: jsonBody(OpenBooksInput) },
  responses: { 201: jsonContent(BooksSchema, "The opened books"), ...problems(401, 403, 404, 409) },
});

const newAccount = createRoute({
  method: "post",
  path: "/organizations/{slug}/accounts",
  tags: TAGS,
  summary: "Add an account (treasurers)",
  security: signedIn,
  request: { params: SlugParam, body: jsonBody(NewAccountInput) },
  responses: { 201: jsonContent(AccountSchema, "The new account"), ...problems(401, 403, 404, 409) },
});

const list = createRoute({
  method: "get",
  path: "/organizations/{slug}/transactions",
  tags: TAGS,
  summary: "Every transaction, latest first, with the decision that authorised it (public)",
  request: { params: SlugParam, query: PageQuery.extend({ kind: z.enum(TRANSACTION_KINDS).optional() }) },
  responses: { 200: jsonContent(pageOf(TransactionSchema), "A page of transactions"), ...problems(404) },
});

const post = createRoute({
  method: "post",
  path: "/organizations/{slug}/transactions",
  tags: TAGS,
  summary: "Post a balanced transaction (treasurers)",
  description: "At least two postings; they must sum to zero in every currency; each account must hold its posting's currency.",
  security: signedIn,
  request: { params: SlugParam, body: jsonBody(NewTransactionInput) },
  responses: { 201: jsonContent(TransactionDetailSchema, "The posted transaction"), ...problems(401, 403, 404, 409) },
});

const get = createRoute({
  method: "get",
  path: "/transactions/{id}",
  tags: TAGS,
  summary: "One transaction with its postings (public)",
  request: { params: IdParam },
  responses: { 200: jsonContent(TransactionDetailSchema, "The transaction"), ...problems(404) },
});

const reverse = createRoute({
  method: "post",
  path: "/transactions/{id}/reverse",
  tags: TAGS,
  summary: "Correct a transaction with a reversing entry (treasurers); posted entries never change",
  security: signedIn,
  request: { params: IdParam, body: jsonBody(ReverseInput) },
  responses: { 201: jsonContent(TransactionDetailSchema, "The reversing entry"), ...problems(401, 403, 404, 409) },
});

/** Months as YYYY-MM: this one on the app's clock, and the one `n` months before a month. */
const thisMonth = () => dayOf(now()).slice(0, 7);
const monthsBefore = (month: string, n: number) => addPeriods(`${month}-01`, "month", -n).slice(0, 7);

const report = createRoute({
  method: "get",
  path: "/organizations/{slug}/treasury/report",
  tags: TAGS,
  summary: "Income and spending per month, by kind and by source (public)",
  request: {
    params: SlugParam,
    query: z
      .object({
        from: Month.optional().openapi({ description: "First month, YYYY-MM; 11 months before `to` by default." }),
        to: Month.optional().openapi({ description: "Last month, YYYY-MM; this month by default." }),
      })
      .refine((q) => !q.from || !q.to || q.from <= q.to, { path: ["from"], message: rule(t("startBeforeEnd")) }),
  },
  responses: { 200: jsonContent(ReportSchema, "The monthly report"), ...problems(404) },
});

export const ledgerRoutes = createRouter()
  .openapi(books, async (c) => c.json(await listAccounts(c.var.deps.db, c.var.actor, c.req.valid("param").slug), 200))
  .openapi(open, async (c) => {
    const { slug } = c.req.valid("param");
    await openBooks(c.var.deps.db, c.var.actor, slug, c.req.valid("json").currency);
    return c.json(await listAccounts(c.var.deps.db, c.var.actor, slug), 201);
  })
  .openapi(newAccount, async (c) => {
    const account = await addAccount(c.var.deps.db, c.var.actor, c.req.valid("param").slug, c.req.valid("json"));
    return c.json(accountView(account), 201);
  })
  .openapi(list, async (c) => c.json(await listTransactions(c.var.deps.db, c.req.valid("param").slug, c.req.valid("query")), 200))
  // postManual answers from the rows it wrote, in getTransaction's shape: no read-back.
  .openapi(post, async (c) => c.json(await postManual(c.var.deps.db, c.var.actor, c.req.valid("param").slug, c.req.valid("json")), 201))
  .openapi(get, async (c) => c.json(await getTransaction(c.var.deps.db, c.req.valid("param").id), 200))
  .openapi(reverse, async (c) => {
    const reversal = await reverseTransaction(c.var.deps.db, c.var.actor, c.req.valid("param").id, c.req.valid("json").reason);
    return c.json(await getTransaction(c.var.deps.db, reversal.id), 201);
  })
  .openapi(report, async (c) => {
    const q = c.req.valid("query");
    const to = q.to ?? thisMonth();
    const from = q.from ?? monthsBefore(to, 11);
    return c.json(await monthlyReport(c.var.deps.db, c.req.valid("param").slug, { from, to }), 200);
  });
