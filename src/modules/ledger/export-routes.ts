import { createRoute, z } from "@hono/zod-openapi";
import type { TypedResponse } from "hono";
import { byteStream } from "../../http/byte-stream.ts";
import { Slug } from "../../http/fields.ts";
import { problems } from "../../http/responses.ts";
import { createRouter } from "../../http/router.ts";
import { ledgerCsv } from "./csv.ts";
import { hledgerJournal, openLedgerExport } from "./journal.ts";

const TAGS = ["Treasury"];
const SlugParam = z.object({ slug: Slug });

const journal = createRoute({
  method: "get",
  path: "/organizations/{slug}/ledger.journal",
  tags: TAGS,
  summary: "The whole books as an hledger journal, streamed (public)",
  description:
    "Commodity and account directives (with hledger account types), then every transaction in date order: " +
    "`DATE (ENTRY) COUNTERPARTY | DESCRIPTION`, its tags (kind, counterparty-kind, id, decision, transfer, reverses) and postings. " +
    "It passes `hledger -f FILE check --strict`.",
  request: { params: SlugParam },
  responses: {
    200: { description: "The journal", content: { "text/plain": { schema: z.string() } } },
    ...problems(404),
  },
});

const csv = createRoute({
  method: "get",
  path: "/organizations/{slug}/ledger.csv",
  tags: TAGS,
  summary: "The whole books as CSV, one row per posting, streamed (public)",
  description:
    "Columns: date, seq, transaction_id, kind, description, counterparty, counterparty_kind, decision_id, account, " +
    "amount_minor (minor units, debit positive), amount (decimal), currency, memo, transfer_id, reverses_id.",
  request: { params: SlugParam },
  responses: {
    200: { description: "The postings", content: { "text/csv": { schema: z.string() } } },
    ...problems(404),
  },
});

const download = (slug: string, extension: string, contentType: string) => ({
  "content-type": contentType,
  "content-disposition": `attachment; filename="${slug}.${extension}"`,
  "cache-control": "no-cache",
});

/** The books are public, so their exports are too. */
export const ledgerExportRoutes = createRouter()
  .openapi(journal, async (c) => {
    const db = c.var.deps.db;
    const exp = await openLedgerExport(db, c.req.valid("param").slug);
    const res = c.body(byteStream(hledgerJournal(db, exp)), 200, download(exp.organization.slug, "journal", "text/plain; charset=utf-8"));
    // Streamed text: the route's type expects a string body, which a stream of it is.
    return res as unknown as TypedResponse<string, 200, "text">;
  })
  .openapi(csv, async (c) => {
    const db = c.var.deps.db;
    const exp = await openLedgerExport(db, c.req.valid("param").slug);
    return c.body(byteStream(ledgerCsv(db, exp)), 200, download(exp.organization.slug, "csv", "text/csv; charset=utf-8"));
  });
