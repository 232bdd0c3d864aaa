import { z } from "@hono/zod-openapi";
import { nullable } from "../../http/responses.ts";
import { renderMarkdown } from "../../text/markdown.ts";
import type { Call, District } from "./calls.ts";
import type { Project } from "./projects.ts";
import type { pbGrants, pbReports, pbTranches } from "./schema.ts";
import { CallRulesSchema, CostItemSchema, LocationSchema } from "./shapes.ts";
import { BALLOT_TYPES, CALL_PHASES, GRANT_STATUSES, PROJECT_STATUSES, VOTER_RULES } from "./values.ts";

const Money = z.string().openapi({ description: "Minor units of the call's currency, as a string (exact)." });
const iso = (d: Date | null) => (d ? d.toISOString() : null);

export const DistrictSchema = z.object({ name: z.string(), budget: Money }).openapi("PbDistrict");

export const CallSchema = z
  .object({
    slug: z.string(),
    organization: z.string().openapi({ description: "The public body's slug." }),
    title: z.string(),
    description: z.string(),
    descriptionHtml: z.string(),
    eligibility: z.string(),
    eligibilityHtml: z.string(),
    budget: Money,
    currency: z.string(),
    budgetLine: z.string().nullable(),
    districts: z.array(DistrictSchema),
    categories: z.array(z.string()),
    phase: z.enum(CALL_PHASES),
    phases: z.object({
      submissionOpens: z.string(),
      reviewOpens: z.string(),
      votingOpens: z.string(),
      votingCloses: z.string(),
      implementationOpens: z.string(),
    }),
    ballot: z.object({
      type: z.enum(BALLOT_TYPES),
      minProjects: z.number().nullable(),
      maxProjects: z.number().nullable(),
      maxCost: Money.nullable(),
      totalPoints: z.number().nullable(),
      maxPointsPerProject: z.number().nullable(),
    }),
    voters: z.enum(VOTER_RULES),
    secret: z.boolean(),
    rules: CallRulesSchema,
    imported: z.boolean(),
    ballots: z.number().openapi({ description: "Ballots cast so far (turnout)." }),
    can: z.object({ run: z.boolean(), review: z.boolean(), pay: z.boolean() }).openapi({
      description:
        "What the viewer may do: run the call (its public body's stewards), review projects and enter paper ballots, pay grants.",
    }),
    createdAt: z.string(),
  })
  .openapi("PbCall");

export function callView(
  call: Call,
  organization: string,
  districts: District[],
  ballots: number,
  can: { run: boolean; review: boolean; pay: boolean },
) {
  return {
    slug: call.slug,
    organization,
    title: call.title,
    description: call.description,
    descriptionHtml: renderMarkdown(call.description),
    eligibility: call.eligibility,
    eligibilityHtml: renderMarkdown(call.eligibility),
    budget: String(call.budget),
    currency: call.currency,
    budgetLine: call.budgetLineId,
    districts: districts.map((d) => ({ name: d.name, budget: String(d.budget) })),
    categories: call.categories,
    phase: call.phase,
    phases: {
      submissionOpens: call.submissionOpens.toISOString(),
      reviewOpens: call.reviewOpens.toISOString(),
      votingOpens: call.votingOpens.toISOString(),
      votingCloses: call.votingCloses.toISOString(),
      implementationOpens: call.implementationOpens.toISOString(),
    },
    ballot: {
      type: call.ballotType,
      minProjects: call.minProjects,
      maxProjects: call.maxProjects,
      maxCost: call.maxCost === null ? null : String(call.maxCost),
      totalPoints: call.totalPoints,
      maxPointsPerProject: call.maxPointsPerProject,
    },
    voters: call.voters,
    secret: call.secret,
    rules: call.rules,
    imported: call.pabulibMeta !== null,
    ballots,
    can,
    createdAt: call.createdAt.toISOString(),
  };
}

export const ProjectSchema = z
  .object({
    id: z.string(),
    call: z.string(),
    number: z.string(),
    title: z.string(),
    description: z.string(),
    descriptionHtml: z.string(),
    district: z.string().nullable(),
    categories: z.array(z.string()),
    cost: Money,
    costBreakdown: z.array(CostItemSchema),
    location: nullable(LocationSchema),
    images: z.array(z.string()),
    commons: z.string().nullable().openapi({ description: "The slug of the commons the project will produce." }),
    author: z.object({ handle: z.string(), name: z.string() }).nullable(),
    organization: z.object({ slug: z.string(), name: z.string() }).nullable(),
    status: z.enum(PROJECT_STATUSES),
    review: z.object({ reason: z.string(), costNote: z.string().nullable(), reviewedAt: z.string() }).nullable(),
    supports: z.number(),
    supported: z.boolean().openapi({ description: "Whether the viewer supports it." }),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .openapi("PbProject");

export interface ProjectNames {
  call: string;
  district: string | null;
  commons: string | null;
  author: { handle: string; name: string } | null;
  organization: { slug: string; name: string } | null;
  supported: boolean;
}

export function projectView(p: Project, names: ProjectNames) {
  return {
    id: p.id,
    number: p.number,
    title: p.title,
    description: p.description,
    descriptionHtml: renderMarkdown(p.description),
    categories: p.categories,
    cost: String(p.cost),
    costBreakdown: p.costBreakdown,
    location: p.location,
    images: p.images,
    status: p.status,
    review:
      p.reviewedAt && p.reviewReason !== null
        ? { reason: p.reviewReason, costNote: p.costNote, reviewedAt: p.reviewedAt.toISOString() }
        : null,
    supports: p.supports,
    createdAt: p.createdAt.toISOString(),
    updatedAt: p.updatedAt.toISOString(),
    ...names,
  };
}

export const BallotChoiceSchema = z
  .object({ number: z.string(), points: z.number().nullable(), rank: z.number().nullable() })
  .openapi("PbBallotChoice");
export const MyBallotSchema = z
  .object({ ballot: z.object({ updatedAt: z.string(), district: z.string().nullable(), choices: z.array(BallotChoiceSchema) }).nullable() })
  .openapi("PbMyBallot");
export const BallotReceiptSchema = z.object({ call: z.string(), choices: z.number() }).openapi("PbBallotReceipt");

export const ResultSchema = z
  .object({
    rule: z.string(),
    official: z.boolean(),
    winners: z.array(z.string()).openapi({ description: "The winning projects' numbers, in the order the rule chose them." }),
    cost: Money,
    ballots: z.number(),
    explanation: z
      .record(z.string(), z.unknown())
      .openapi({ description: "The rule's explanation of each project's outcome, as computed." }),
    computedAt: z.string(),
  })
  .openapi("PbResult");
export const ResultsSchema = z.object({ call: z.string(), results: z.array(ResultSchema) }).openapi("PbResults");

export const TrancheSchema = z
  .object({
    id: z.string(),
    position: z.number(),
    milestone: z.string(),
    amount: Money,
    dueOn: z.string().nullable(),
    paidAt: z.string().nullable(),
  })
  .openapi("PbTranche");
export const ReportSchema = z
  .object({
    id: z.string(),
    body: z.string(),
    bodyHtml: z.string(),
    progress: z.number(),
    evidence: z.array(z.string()),
    createdAt: z.string(),
  })
  .openapi("PbReport");
export const GrantSchema = z
  .object({
    id: z.string(),
    project: z.object({ number: z.string(), title: z.string() }),
    recipient: z.string(),
    amount: Money,
    paid: Money,
    status: z.enum(GRANT_STATUSES),
    progress: z.number(),
    commons: z.string().nullable(),
    tranches: z.array(TrancheSchema),
    reports: z.array(ReportSchema),
    canReport: z.boolean().openapi({
      description: "Whether the viewer is on the project's team (its author, or a member of the organization it was submitted for).",
    }),
  })
  .openapi("PbGrant");
export const AccountabilitySchema = z
  .object({ call: z.string(), currency: z.string(), granted: Money, paid: Money, grants: z.array(GrantSchema) })
  .openapi("PbAccountability");

export function grantView(
  g: {
    grant: typeof pbGrants.$inferSelect;
    project: { number: string; title: string };
    tranches: (typeof pbTranches.$inferSelect)[];
    reports: (typeof pbReports.$inferSelect)[];
  },
  commons: string | null,
  canReport: boolean,
) {
  const paid = g.tranches.filter((x) => x.paidAt).reduce((s, x) => s + x.amount, 0n);
  return {
    id: g.grant.id,
    project: { number: g.project.number, title: g.project.title },
    recipient: g.grant.recipientName,
    amount: String(g.grant.amount),
    paid: String(paid),
    status: g.grant.status,
    progress: g.grant.progress,
    commons,
    tranches: g.tranches.map((x) => ({
      id: x.id,
      position: x.position,
      milestone: x.milestone,
      amount: String(x.amount),
      dueOn: x.dueOn,
      paidAt: iso(x.paidAt),
    })),
    reports: g.reports.map((r) => ({
      id: r.id,
      body: r.body,
      bodyHtml: renderMarkdown(r.body),
      progress: r.progress,
      evidence: r.evidence,
      createdAt: r.createdAt.toISOString(),
    })),
    canReport,
  };
}
