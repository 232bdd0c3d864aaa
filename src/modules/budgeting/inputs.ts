import { z } from "@hono/zod-openapi";
import { LongText, Markdown, Name, Slug, Title, WebUrl } from "../../http/fields.ts";
import { rule } from "../../text/messages.ts";
import { t } from "./messages.ts";
import { CallRulesSchema, CostItemSchema, LocationSchema } from "./shapes.ts";
import { BALLOT_TYPES, VOTER_RULES } from "./values.ts";

const Money = z.int().positive().max(1e15).openapi({ description: "Minor units of the call's currency." });
const Moment = z.iso.datetime({ offset: true });

export const NewCallInput = z
  .object({
    organization: Slug.openapi({ description: "The public body that runs the call (its stewards)." }),
    slug: Slug,
    title: Title,
    description: Markdown(20_000).optional(),
    eligibility: Markdown(8000).optional(),
    budget: Money,
    budgetLine: z.uuid().optional().openapi({ description: "The line of the body's approved budget the grants are paid from." }),
    districts: z
      .array(z.object({ name: Name, budget: Money }).strict())
      .max(100)
      .optional(),
    categories: z.array(Name).max(50).optional(),
    submissionOpens: Moment,
    reviewOpens: Moment,
    votingOpens: Moment,
    votingCloses: Moment,
    implementationOpens: Moment,
    ballotType: z.enum(BALLOT_TYPES),
    minProjects: z.int().min(0).max(500).optional(),
    maxProjects: z.int().min(1).max(500).optional(),
    maxCost: Money.optional().openapi({ description: "A knapsack ballot: the approved projects may cost at most this." }),
    totalPoints: z.int().min(1).max(10_000).optional().openapi({ description: "Cumulative ballots: the points each voter gives in all." }),
    maxPointsPerProject: z.int().min(1).max(10_000).optional(),
    voters: z.enum(VOTER_RULES).default("signed_in"),
    secret: z.boolean().default(true),
    rules: CallRulesSchema.optional(),
  })
  .strict()
  .superRefine((b, ctx) => {
    const order = ["submissionOpens", "reviewOpens", "votingOpens", "votingCloses", "implementationOpens"] as const;
    for (let i = 1; i < order.length; i++) {
      const [before, after] = [order[i - 1]!, order[i]!];
      const strict = after === "votingCloses";
      const [a, c] = [Date.parse(b[before]), Date.parse(b[after])];
      if (strict ? c <= a : c < a) ctx.addIssue({ code: "custom", path: [after], message: rule(t("phaseOrder", { before })) });
    }
    if ((b.ballotType === "cumulative") !== (b.totalPoints !== undefined)) {
      ctx.addIssue({ code: "custom", path: ["totalPoints"], message: rule(t("pointsOnlyCumulative")) });
    }
    if (b.minProjects !== undefined && b.maxProjects !== undefined && b.minProjects > b.maxProjects) {
      ctx.addIssue({ code: "custom", path: ["maxProjects"], message: rule(t("maxBelowMin")) });
    }
    const districtSum = (b.districts ?? []).reduce((s, d) => s + d.budget, 0);
    if (districtSum > b.budget) ctx.addIssue({ code: "custom", path: ["districts"], message: rule(t("districtsOverBudget")) });
    const names = new Set((b.districts ?? []).map((d) => d.name));
    if (names.size !== (b.districts ?? []).length) ctx.addIssue({ code: "custom", path: ["districts"], message: rule(t("districtTwice")) });
  })
  .openapi("NewCall");
export type NewCallBody = z.output<typeof NewCallInput>;

const ProjectFields = {
  title: Title,
  description: Markdown(20_000).default(""),
  district: Name.optional().openapi({ description: "The district's name, when the call has districts." }),
  categories: z.array(Name).max(10).default([]),
  cost: Money,
  costBreakdown: z.array(CostItemSchema).max(50).default([]),
  location: LocationSchema.optional(),
  images: z.array(WebUrl).max(8).default([]),
  commons: Slug.optional().openapi({ description: "The commons the project will produce, if any." }),
};

export const NewProjectInput = z
  .object({
    ...ProjectFields,
    organization: Slug.optional().openapi({ description: "Submit for this organization (you must be a member)." }),
  })
  .strict()
  .superRefine(breakdownAddsUp)
  .openapi("NewProject");
export type NewProjectBody = z.output<typeof NewProjectInput>;

export const ProjectPatchInput = z.object(ProjectFields).partial().strict().superRefine(breakdownAddsUp).openapi("ProjectPatch");
export type ProjectPatchBody = z.output<typeof ProjectPatchInput>;

function breakdownAddsUp(b: { cost?: number; costBreakdown?: { amount: number }[] }, ctx: z.RefinementCtx) {
  if (!b.costBreakdown?.length || b.cost === undefined) return;
  if (b.costBreakdown.reduce((s, i) => s + i.amount, 0) !== b.cost) {
    ctx.addIssue({ code: "custom", path: ["costBreakdown"], message: rule(t("breakdownSum")) });
  }
}

export const ReviewInput = z
  .object({
    eligible: z.boolean(),
    reason: LongText(4000).openapi({ description: "Shown publicly with the decision." }),
    cost: Money.optional().openapi({ description: "An adjusted cost, explained in costNote." }),
    costNote: LongText(2000).optional(),
  })
  .strict()
  .refine((b) => b.cost === undefined || !!b.costNote, { path: ["costNote"], message: rule(t("costNoteNeeded")) })
  .openapi("ProjectReview");
export type ReviewBody = z.output<typeof ReviewInput>;

export const BallotInput = z
  .object({
    projects: z
      .array(
        z
          .object({
            project: z.string().min(1).max(40).openapi({ description: "The project's number in the call." }),
            points: z.int().min(1).max(10_000).optional(),
          })
          .strict(),
      )
      .max(500)
      .openapi({ description: "Approved projects; for an ordinal ballot, best first; for a cumulative one, with points." }),
    district: Name.optional(),
  })
  .strict()
  .openapi("BallotInput");
export type BallotBody = z.output<typeof BallotInput>;

export const PaperBallotInput = BallotInput.extend({
  reference: z.string().trim().min(1).max(40).openapi({ description: "The paper ballot's number, unique in the call." }),
})
  .strict()
  .openapi("PaperBallotInput");
export type PaperBallotBody = z.output<typeof PaperBallotInput>;

export const RegisterInput = z
  .object({ identifiers: z.array(z.string().trim().min(1).max(100)).min(1).max(200_000) })
  .strict()
  .openapi("VoterRegisterInput");

export const ClaimInput = z
  .object({ code: z.string().trim().min(6).max(40) })
  .strict()
  .openapi("VoterClaim");

export const TrancheInput = z
  .object({
    tranches: z
      .array(z.object({ milestone: Name, amount: Money, dueOn: z.iso.date().optional() }).strict())
      .min(1)
      .max(20),
  })
  .strict()
  .openapi("GrantTranches");
export type TrancheBody = z.output<typeof TrancheInput>;

export const ReportInput = z
  .object({
    body: Markdown(20_000).pipe(z.string().min(1)),
    progress: z.int().min(0).max(100),
    evidence: z.array(WebUrl).max(20).default([]),
  })
  .strict()
  .openapi("ProgressReport");
export type ReportBody = z.output<typeof ReportInput>;

export const PayTrancheInput = z.object({ date: z.iso.date().optional() }).strict().openapi("PayTranche");
