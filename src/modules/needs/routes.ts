import { createRoute, z } from "@hono/zod-openapi";
import type { Db } from "../../db/types.ts";
import type { Actor } from "../../http/env.ts";
import { Slug, Uuid } from "../../http/fields.ts";
import { PageQuery, pageOf } from "../../http/pagination.ts";
import { jsonBody, jsonContent, problems, signedIn } from "../../http/responses.ts";
import { createRouter } from "../../http/router.ts";
import { rule } from "../../text/messages.ts";
import { getNeed, listNeeds } from "./board.ts";
import { CloseInput, LinkInput, NeedPatchInput, NewNeedInput, ProgressInput } from "./inputs.ts";
import { t } from "./messages.ts";
import { NEED_TYPES } from "./schema.ts";
import { closeNeed, editNeed, linkContribution, postNeed, postProgress, reopenNeed, stepBack, takeUp } from "./service.ts";
import { BOARD_STATUSES, type BoardStatus, NeedItemSchema, NeedSchema, needItemView, needView } from "./views.ts";

const TAGS = ["Needs"];
const SlugParam = z.object({ slug: Slug });
const IdParam = z.object({ id: Uuid });
const Need = (description: string) => jsonContent(NeedSchema, description);

const StatusList = z
  .string()
  .regex(
    new RegExp(`^(${BOARD_STATUSES.join("|")})(,(${BOARD_STATUSES.join("|")}))*$`),
    rule(t("statusList", { statuses: BOARD_STATUSES.join(", ") })),
  )
  .transform((s) => s.split(",") as BoardStatus[])
  .openapi({
    description: "open (nobody on it yet), taken (open, someone is on it), done; comma-separated for several.",
    example: "open,taken",
  });

const list = createRoute({
  method: "get",
  path: "/needs",
  tags: TAGS,
  summary: "The needs board: needs and offers, freshest or most urgent first",
  request: {
    query: PageQuery.extend({
      commons: Slug.optional().openapi({ description: "Only the needs posted on this commons." }),
      organization: Slug.optional().openapi({ description: "Only the needs posted on this organization (not on its commons)." }),
      status: StatusList.optional(),
      type: z.enum(NEED_TYPES).optional(),
      tag: z.string().trim().toLowerCase().max(32).optional(),
      sort: z.enum(["fresh", "urgent"]).default("fresh").openapi({
        description: "fresh: most recently active first. urgent: critical → low → none, then soonest due (undated last), then freshest.",
      }),
    }),
  },
  responses: { 200: jsonContent(pageOf(NeedItemSchema), "A page of the board"), ...problems(404) },
});

const postOn = (scope: "commons" | "organizations") =>
  createRoute({
    method: "post",
    path: `/${scope}/{slug}/needs`,
    tags: TAGS,
    summary: `Post a need or an offer on ${scope === "commons" ? "a commons" : "an organization"} (anyone signed in)`,
    security: signedIn,
    request: { params: SlugParam, body: jsonBody(NewNeedInput) },
    responses: { 201: Need("The new need"), ...problems(401, 404) },
  });

const get = createRoute({
  method: "get",
  path: "/needs/{id}",
  tags: TAGS,
  summary: "A need with its takers, progress and linked contributions",
  request: { params: IdParam },
  responses: { 200: Need("The need"), ...problems(404) },
});

const refusals = problems(401, 403, 404, 409);

const patch = createRoute({
  method: "patch",
  path: "/needs/{id}",
  tags: TAGS,
  summary: "Edit a need (its author or maintainers)",
  security: signedIn,
  request: { params: IdParam, body: jsonBody(NeedPatchInput) },
  responses: { 200: Need("The need as it now stands"), ...refusals },
});

const takeUpRoute = createRoute({
  method: "post",
  path: "/needs/{id}/take-up",
  tags: TAGS,
  summary: "I'm taking this up (several people may; nobody assigns work)",
  security: signedIn,
  request: { params: IdParam },
  responses: { 201: Need("The need, with you among its takers"), ...refusals },
});

const stepBackRoute = createRoute({
  method: "delete",
  path: "/needs/{id}/take-up",
  tags: TAGS,
  summary: "Step back from a need you took up",
  security: signedIn,
  request: { params: IdParam },
  responses: { 200: Need("The need, without you among its takers"), ...refusals },
});

const progress = createRoute({
  method: "post",
  path: "/needs/{id}/updates",
  tags: TAGS,
  summary: "Report progress (the author, the people on it, or maintainers)",
  security: signedIn,
  request: { params: IdParam, body: jsonBody(ProgressInput) },
  responses: { 201: Need("The need with the new update"), ...refusals },
});

const link = createRoute({
  method: "post",
  path: "/needs/{id}/links",
  tags: TAGS,
  summary: "Link a contribution that answers the need",
  description:
    "For a commons' need the contribution must be to the same commons. The author, the people on it, maintainers and the contribution's author may link.",
  security: signedIn,
  request: { params: IdParam, body: jsonBody(LinkInput) },
  responses: { 201: Need("The need with the new link"), ...refusals },
});

const close = createRoute({
  method: "post",
  path: "/needs/{id}/close",
  tags: TAGS,
  summary: "Mark the need done (its author or maintainers)",
  security: signedIn,
  request: { params: IdParam, body: { ...jsonBody(CloseInput), required: false } },
  responses: { 200: Need("The need, done"), ...refusals },
});

const reopen = createRoute({
  method: "post",
  path: "/needs/{id}/reopen",
  tags: TAGS,
  summary: "Reopen a done need (its author or maintainers)",
  security: signedIn,
  request: { params: IdParam },
  responses: { 200: Need("The need, open again"), ...refusals },
});

const detail = async (db: Db, id: string, viewer: Actor | null) => needView(await getNeed(db, id, viewer));

export const needRoutes = createRouter()
  .openapi(list, async (c) => {
    const { items, nextCursor } = await listNeeds(c.var.deps.db, c.req.valid("query"));
    return c.json({ items: items.map(needItemView), nextCursor }, 200);
  })
  .openapi(postOn("commons"), async (c) => {
    const need = await postNeed(c.var.deps.db, c.var.actor, { commons: c.req.valid("param").slug }, c.req.valid("json"));
    return c.json(await detail(c.var.deps.db, need.id, c.var.actor), 201);
  })
  .openapi(postOn("organizations"), async (c) => {
    const need = await postNeed(c.var.deps.db, c.var.actor, { organization: c.req.valid("param").slug }, c.req.valid("json"));
    return c.json(await detail(c.var.deps.db, need.id, c.var.actor), 201);
  })
  .openapi(get, async (c) => c.json(await detail(c.var.deps.db, c.req.valid("param").id, c.var.actor), 200))
  .openapi(patch, async (c) => {
    const need = await editNeed(c.var.deps.db, c.var.actor, c.req.valid("param").id, c.req.valid("json"));
    return c.json(await detail(c.var.deps.db, need.id, c.var.actor), 200);
  })
  .openapi(takeUpRoute, async (c) => {
    const need = await takeUp(c.var.deps.db, c.var.actor, c.req.valid("param").id);
    return c.json(await detail(c.var.deps.db, need.id, c.var.actor), 201);
  })
  .openapi(stepBackRoute, async (c) => {
    const need = await stepBack(c.var.deps.db, c.var.actor, c.req.valid("param").id);
    return c.json(await detail(c.var.deps.db, need.id, c.var.actor), 200);
  })
  .openapi(progress, async (c) => {
    const need = await postProgress(c.var.deps.db, c.var.actor, c.req.valid("param").id, c.req.valid("json").body);
    return c.json(await detail(c.var.deps.db, need.id, c.var.actor), 201);
  })
  .openapi(link, async (c) => {
    const need = await linkContribution(c.var.deps.db, c.var.actor, c.req.valid("param").id, c.req.valid("json").contribution);
    return c.json(await detail(c.var.deps.db, need.id, c.var.actor), 201);
  })
  .openapi(close, async (c) => {
    const need = await closeNeed(c.var.deps.db, c.var.actor, c.req.valid("param").id, c.req.valid("json").note);
    return c.json(await detail(c.var.deps.db, need.id, c.var.actor), 200);
  })
  .openapi(reopen, async (c) => {
    const need = await reopenNeed(c.var.deps.db, c.var.actor, c.req.valid("param").id);
    return c.json(await detail(c.var.deps.db, need.id, c.var.actor), 200);
  });
