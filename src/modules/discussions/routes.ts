import { createRoute, z } from "@hono/zod-openapi";
import { Slug, Uuid } from "../../http/fields.ts";
import { PageQuery, pageOf } from "../../http/pagination.ts";
import { jsonBody, jsonContent, problems, signedIn } from "../../http/responses.ts";
import { createRouter } from "../../http/router.ts";
import { rule } from "../../text/messages.ts";
import { CommentInput, HideInput, NewThreadInput } from "./inputs.ts";
import { t } from "./messages.ts";
import { findThread, getComment, getThread, listThreads, listVersions } from "./read.ts";
import { SUBJECT_TYPES } from "./schema.ts";
import { editComment, hideComment, postComment, restoreComment, startThread } from "./service.ts";
import { CommentSchema, CommentVersionSchema, commentView, ThreadPageSchema, ThreadSchema, threadView } from "./views.ts";

const TAGS = ["Discussions"];
const IdParam = z.object({ id: Uuid });
const refusals = problems(401, 403, 404, 409);

const list = createRoute({
  method: "get",
  path: "/threads",
  tags: TAGS,
  summary: "Threads about one subject, or every thread of a commons, liveliest first",
  request: {
    query: PageQuery.extend({
      subjectType: z.enum(SUBJECT_TYPES).optional(),
      subjectId: Uuid.optional(),
      commons: Slug.optional().openapi({
        description: "Every thread of this commons: its own, and its documents', contributions' and needs'.",
      }),
    })
      .refine((q) => !q.subjectType === !q.subjectId, { path: ["subjectId"], message: rule(t("subjectTogether")) })
      .refine((q) => !!q.subjectType || !!q.commons, {
        path: ["commons"],
        message: rule(t("subjectOrCommons")),
      }),
  },
  responses: { 200: jsonContent(pageOf(ThreadSchema), "A page of threads"), ...problems(404) },
});

const start = createRoute({
  method: "post",
  path: "/threads",
  tags: TAGS,
  summary: "Start a thread with its first comment",
  description:
    "A commons or a document holds many titled threads. A contribution or a need holds one: the first comment creates it, later ones (and simultaneous first ones) join it.",
  security: signedIn,
  request: { body: jsonBody(NewThreadInput) },
  responses: { 201: jsonContent(ThreadSchema, "The thread the comment is in"), ...problems(401) },
});

const get = createRoute({
  method: "get",
  path: "/threads/{id}",
  tags: TAGS,
  summary: "A thread and a page of its comments, oldest first",
  request: { params: IdParam, query: PageQuery },
  responses: { 200: jsonContent(ThreadPageSchema, "The thread"), ...problems(404) },
});

const comment = createRoute({
  method: "post",
  path: "/threads/{id}/comments",
  tags: TAGS,
  summary: "Comment in a thread (anyone signed in)",
  security: signedIn,
  request: { params: IdParam, body: jsonBody(CommentInput) },
  responses: { 201: jsonContent(CommentSchema, "The new comment"), ...problems(401, 404) },
});

const edit = createRoute({
  method: "patch",
  path: "/comments/{id}",
  tags: TAGS,
  summary: "Edit your comment; the earlier version is kept",
  security: signedIn,
  request: { params: IdParam, body: jsonBody(CommentInput) },
  responses: { 200: jsonContent(CommentSchema, "The comment"), ...refusals },
});

const versions = createRoute({
  method: "get",
  path: "/comments/{id}/versions",
  tags: TAGS,
  summary: "A comment's earlier versions, oldest first (none shown while it is hidden)",
  request: { params: IdParam },
  responses: { 200: jsonContent(z.object({ items: z.array(CommentVersionSchema) }), "Earlier versions"), ...problems(404) },
});

const hide = createRoute({
  method: "post",
  path: "/comments/{id}/hide",
  tags: TAGS,
  summary: "Hide a comment with a public reason (moderators)",
  security: signedIn,
  request: { params: IdParam, body: jsonBody(HideInput) },
  responses: { 200: jsonContent(CommentSchema, "The hidden comment"), ...refusals },
});

const restore = createRoute({
  method: "delete",
  path: "/comments/{id}/hide",
  tags: TAGS,
  summary: "Restore a hidden comment (moderators)",
  security: signedIn,
  request: { params: IdParam },
  responses: { 200: jsonContent(CommentSchema, "The restored comment"), ...refusals },
});

export const discussionRoutes = createRouter()
  .openapi(list, async (c) => c.json(await listThreads(c.var.deps.db, c.req.valid("query")), 200))
  .openapi(start, async (c) => {
    const thread = await startThread(c.var.deps.db, c.var.actor, c.req.valid("json"));
    return c.json(threadView(await findThread(c.var.deps.db, thread.id)), 201);
  })
  .openapi(get, async (c) => c.json(await getThread(c.var.deps.db, c.req.valid("param").id, c.var.actor, c.req.valid("query")), 200))
  .openapi(comment, async (c) => {
    const row = await postComment(c.var.deps.db, c.var.actor, c.req.valid("param").id, c.req.valid("json").body);
    return c.json(commentView(await getComment(c.var.deps.db, row.id)), 201);
  })
  .openapi(edit, async (c) => {
    const row = await editComment(c.var.deps.db, c.var.actor, c.req.valid("param").id, c.req.valid("json").body);
    return c.json(commentView(await getComment(c.var.deps.db, row.id)), 200);
  })
  .openapi(versions, async (c) => c.json({ items: await listVersions(c.var.deps.db, c.req.valid("param").id) }, 200))
  .openapi(hide, async (c) => {
    const row = await hideComment(c.var.deps.db, c.var.actor, c.req.valid("param").id, c.req.valid("json").reason);
    return c.json(commentView(await getComment(c.var.deps.db, row.id)), 200);
  })
  .openapi(restore, async (c) => {
    const row = await restoreComment(c.var.deps.db, c.var.actor, c.req.valid("param").id);
    return c.json(commentView(await getComment(c.var.deps.db, row.id)), 200);
  });
