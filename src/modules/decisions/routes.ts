import { createRoute, z } from "@hono/zod-openapi";
import type { Db } from "../../db/types.ts";
import type { Actor } from "../../http/env.ts";
import { Slug, Uuid } from "../../http/fields.ts";
import { PageQuery, pageOf } from "../../http/pagination.ts";
import { jsonBody, jsonContent, problems, signedIn } from "../../http/responses.ts";
import { createRouter } from "../../http/router.ts";
import { rule } from "../../text/messages.ts";
import { CancelInput, NewProposalInput, VoteInput } from "./inputs.ts";
import { t } from "./messages.ts";
import { getProposal, listProposals, listVotes } from "./read.ts";
import { PROPOSAL_STATUSES } from "./schema.ts";
import { cancelProposal, createProposal } from "./service.ts";
import { MyVoteSchema, ProposalItemSchema, ProposalSchema, VoteRowSchema } from "./views.ts";
import { castVote } from "./vote.ts";

const TAGS = ["Decisions"];
const IdParam = z.object({ id: Uuid });
const Proposal = (description: string) => jsonContent(ProposalSchema, description);

const StatusList = z
  .string()
  .regex(
    new RegExp(`^(${PROPOSAL_STATUSES.join("|")})(,(${PROPOSAL_STATUSES.join("|")}))*$`),
    rule(t("statusList", { statuses: PROPOSAL_STATUSES.join(", ") })),
  )
  .transform((s) => s.split(",") as (typeof PROPOSAL_STATUSES)[number][])
  .openapi({ example: "open" });

const list = createRoute({
  method: "get",
  path: "/proposals",
  tags: TAGS,
  summary: "Proposals, newest first: open, closed, or waiting for my vote",
  request: {
    query: PageQuery.extend({
      organization: Slug.optional(),
      status: StatusList.optional(),
      awaiting: z.literal("me").optional().openapi({ description: "`me`: open proposals you may vote on and have not yet." }),
    }),
  },
  responses: { 200: jsonContent(pageOf(ProposalItemSchema), "A page of proposals"), ...problems(401, 404) },
});

const create = createRoute({
  method: "post",
  path: "/organizations/{slug}/proposals",
  tags: TAGS,
  summary: "Put a proposal to the members (active members)",
  description:
    "If it opens now, the electorate is frozen at once: the organization's active members (or those with the chosen roles) at this moment.",
  security: signedIn,
  request: { params: z.object({ slug: Slug }), body: jsonBody(NewProposalInput) },
  responses: { 201: Proposal("The new proposal"), ...problems(401, 403, 404) },
});

const get = createRoute({
  method: "get",
  path: "/proposals/{id}",
  tags: TAGS,
  summary: "A proposal with its tally (live for public ballots), result and explanation, and your vote",
  request: { params: IdParam },
  responses: { 200: Proposal("The proposal"), ...problems(404) },
});

const vote = createRoute({
  method: "put",
  path: "/proposals/{id}/vote",
  tags: TAGS,
  summary: "Cast or change your vote (members of the frozen electorate, while voting is open)",
  security: signedIn,
  request: { params: IdParam, body: jsonBody(VoteInput) },
  responses: { 200: jsonContent(MyVoteSchema, "Your vote as recorded"), ...problems(401, 403, 404, 409) },
});

const votesRoute = createRoute({
  method: "get",
  path: "/proposals/{id}/votes",
  tags: TAGS,
  summary: "Who voted: with their choices on a public ballot, only who took part on a secret one",
  request: { params: IdParam, query: PageQuery },
  responses: { 200: jsonContent(pageOf(VoteRowSchema), "A page of votes, earliest first"), ...problems(404) },
});

const cancel = createRoute({
  method: "post",
  path: "/proposals/{id}/cancel",
  tags: TAGS,
  summary: "Cancel a proposal before it closes (its author or a steward), with a reason",
  security: signedIn,
  request: { params: IdParam, body: jsonBody(CancelInput) },
  responses: { 200: Proposal("The cancelled proposal"), ...problems(401, 403, 404, 409) },
});

const deps = (c: { var: { deps: { db: Db }; actor: Actor | null } }) => ({ db: c.var.deps.db, actor: c.var.actor });

export const decisionRoutes = createRouter()
  .openapi(list, async (c) => {
    const { db, actor } = deps(c);
    const q = c.req.valid("query");
    return c.json(
      await listProposals(db, actor, {
        organization: q.organization,
        status: q.status,
        awaitingMe: q.awaiting === "me",
        cursor: q.cursor,
        limit: q.limit,
      }),
      200,
    );
  })
  .openapi(create, async (c) => {
    const { db, actor } = deps(c);
    const p = await createProposal(db, actor, c.req.valid("param").slug, c.req.valid("json"));
    return c.json(await getProposal(db, actor, p.id), 201);
  })
  .openapi(get, async (c) => {
    const { db, actor } = deps(c);
    return c.json(await getProposal(db, actor, c.req.valid("param").id), 200);
  })
  .openapi(vote, async (c) => {
    const { db, actor } = deps(c);
    return c.json(await castVote(db, actor, c.req.valid("param").id, c.req.valid("json")), 200);
  })
  .openapi(votesRoute, async (c) => {
    const { db } = deps(c);
    return c.json(await listVotes(db, c.req.valid("param").id, c.req.valid("query")), 200);
  })
  .openapi(cancel, async (c) => {
    const { db, actor } = deps(c);
    await cancelProposal(db, actor, c.req.valid("param").id, c.req.valid("json").reason);
    return c.json(await getProposal(db, actor, c.req.valid("param").id), 200);
  });
