import { createRoute, z } from "@hono/zod-openapi";
import { Slug } from "../../http/fields.ts";
import { PageQuery } from "../../http/pagination.ts";
import { jsonContent, problems } from "../../http/responses.ts";
import { createRouter } from "../../http/router.ts";
import { textDiff } from "../../text/diff.ts";
import { personRef } from "../accounts/views.ts";
import { canMaintain } from "../commons/policy.ts";
import { DocParams, RevisionNumber } from "./inputs.ts";
import { getDocument, listDocuments, listRevisions, revisionPair } from "./service.ts";
import { DocumentSchema, DocumentSummarySchema, RevisionDiffSchema, RevisionPageSchema, revisionView } from "./views.ts";

const list = createRoute({
  method: "get",
  path: "/commons/{slug}/documents",
  tags: ["Documents"],
  summary: "A commons' documents, by path",
  request: { params: z.object({ slug: Slug }) },
  responses: { 200: jsonContent(z.object({ items: z.array(DocumentSummarySchema) }), "Every document"), ...problems(404) },
});

const get = createRoute({
  method: "get",
  path: "/commons/{slug}/documents/{path}",
  tags: ["Documents"],
  summary: "A document at its newest revision or at any earlier one",
  request: { params: DocParams, query: z.object({ revision: RevisionNumber.optional() }) },
  responses: { 200: jsonContent(DocumentSchema, "The document"), ...problems(404) },
});

const raw = createRoute({
  method: "get",
  path: "/commons/{slug}/documents/{path}/raw",
  tags: ["Documents"],
  summary: "A revision's content as a plain-text file",
  request: { params: DocParams, query: z.object({ revision: RevisionNumber.optional() }) },
  responses: { 200: { description: "The content", content: { "text/plain": { schema: z.string() } } }, ...problems(404) },
});

const history = createRoute({
  method: "get",
  path: "/commons/{slug}/documents/{path}/revisions",
  tags: ["Documents"],
  summary: "A document's history, newest first",
  request: { params: DocParams, query: PageQuery },
  responses: {
    200: jsonContent(RevisionPageSchema, "A page of revisions"),
    ...problems(404),
  },
});

const diff = createRoute({
  method: "get",
  path: "/commons/{slug}/documents/{path}/diff",
  tags: ["Documents"],
  summary: "Line-level diff of any two revisions, with the changed words marked",
  request: { params: DocParams, query: z.object({ from: RevisionNumber, to: RevisionNumber }) },
  responses: {
    200: jsonContent(RevisionDiffSchema, "The diff from `from` to `to`"),
    ...problems(404),
  },
});

export const documentRoutes = createRouter()
  .openapi(list, async (c) => {
    const rows = await listDocuments(c.var.deps.db, c.req.valid("param").slug);
    const items = rows.map((r) => ({
      ...r,
      bytes: r.bytes ?? 0,
      lastAuthor: personRef(r.lastAuthor),
      updatedAt: r.updatedAt.toISOString(),
    }));
    return c.json({ items: items.filter((d) => d.head > 0) }, 200);
  })
  .openapi(get, async (c) => {
    const { slug, path } = c.req.valid("param");
    const d = await getDocument(c.var.deps.db, slug, path, c.var.actor, c.req.valid("query").revision);
    return c.json(
      {
        id: d.document.id,
        commons: { slug: d.commons.slug, title: d.commons.title },
        path: d.document.path,
        title: d.document.title,
        format: d.document.format,
        head: d.document.head,
        revision: { ...revisionView(d.revision), bytes: d.revision.bytes },
        content: d.content,
        html: d.html,
        forkedFrom: d.lineage,
        viewer: { canMaintain: canMaintain(c.var.actor, d.standing) },
      },
      200,
    );
  })
  .openapi(raw, async (c) => {
    const { slug, path } = c.req.valid("param");
    const d = await getDocument(c.var.deps.db, slug, path, null, c.req.valid("query").revision);
    const name = `${d.document.path.replace(/[^a-z0-9._-]/g, "")}`;
    return c.text(d.content, 200, { "content-disposition": `inline; filename="${name}"`, etag: `"${d.revision.hash}"` });
  })
  .openapi(history, async (c) => {
    const { slug, path } = c.req.valid("param");
    const { head, items, nextCursor } = await listRevisions(c.var.deps.db, slug, path, c.req.valid("query"));
    return c.json({ head, items: items.map(revisionView), nextCursor }, 200);
  })
  .openapi(diff, async (c) => {
    const { slug, path } = c.req.valid("param");
    const { from, to } = c.req.valid("query");
    const pair = await revisionPair(c.var.deps.db, slug, path, from, to);
    return c.json({ from: revisionView(pair.from), to: revisionView(pair.to), ...textDiff(pair.before, pair.after) }, 200);
  });
