import { z } from "@hono/zod-openapi";
import { daysAfter } from "../../calendar.ts";
import { Markdown, Title } from "../../http/fields.ts";
import { now } from "../../now.ts";
import { ROLES } from "../memberships/values.ts";
import { METHODS, OPTION_METHODS } from "./tally.ts";
import { BALLOTS } from "./values.ts";

export const BODY_MAX = 50_000;
/** The longest a vote may run. */
const MAX_WINDOW_DAYS = 366;

const OptionLabel = z.string().trim().min(1, "An option cannot be empty.").max(200, "Use at most 200 characters.");

const Threshold = z
  .strictObject({
    numerator: z.number().int().min(1).max(100),
    denominator: z.number().int().min(1).max(100),
  })
  .refine((t) => t.numerator <= t.denominator, { message: "The threshold cannot be more than the whole.", path: ["numerator"] })
  .openapi({
    description: "Share of the votes cast for or against that must be yes, e.g. 2/3.",
    example: { numerator: 2, denominator: 3 },
  });

/** The terms of a proposal: shared by new proposals and by the ones the treasury puts to a vote. */
export const ProposalTerms = z.strictObject({
  title: Title,
  body: Markdown(BODY_MAX).optional().openapi({ description: "Markdown." }),
  method: z.enum(METHODS).openapi({
    description:
      "majority, supermajority (threshold), consent (passes unless someone objects), consensus (agree/abstain/disagree/block), approval, score (scoreMax), ranked (instant-runoff).",
  }),
  options: z
    .array(OptionLabel)
    .max(20, "Use at most 20 options.")
    .optional()
    .openapi({ description: "For approval, score and ranked: 2–20 options." }),
  threshold: Threshold.optional(),
  scoreMax: z.number().int().min(1).max(100).optional().openapi({ description: "For score voting: the highest score (default 5)." }),
  electorateRoles: z
    .array(z.enum(ROLES))
    .min(1)
    .optional()
    .openapi({ description: "Only active members holding one of these roles may vote; every active member by default." }),
  quorumPercent: z
    .number()
    .int()
    .min(0)
    .max(100)
    .default(0)
    .openapi({ description: "Share of the electorate that must take part, in percent." }),
  ballot: z
    .enum(BALLOTS)
    .default("public")
    .openapi({ description: "public: who voted what is shown. secret: only the tally and who took part." }),
  opensAt: z.iso.datetime({ offset: true }).optional().openapi({ description: "When voting opens; now by default." }),
  closesAt: z.iso.datetime({ offset: true }).openapi({ description: "When voting closes; the result is fixed then." }),
});

type Terms = z.output<typeof ProposalTerms>;

/** Rules across fields, reported on the field that must change. */
export function termsProblems(t: Terms, ctx: z.RefinementCtx, at = now()) {
  const optionMethod = OPTION_METHODS.includes(t.method);
  const options = t.options ?? [];
  if (optionMethod && options.length < 2)
    ctx.addIssue({ code: "custom", path: ["options"], message: `${t.method} voting needs at least two options.` });
  if (!optionMethod && options.length) ctx.addIssue({ code: "custom", path: ["options"], message: `${t.method} voting has no options.` });
  if (new Set(options.map((o) => o.toLowerCase())).size !== options.length) {
    ctx.addIssue({ code: "custom", path: ["options"], message: "Each option must be different." });
  }
  if ((t.method === "supermajority") !== (t.threshold !== undefined)) {
    ctx.addIssue({
      code: "custom",
      path: ["threshold"],
      message: t.threshold ? "Only supermajority takes a threshold." : "Give the threshold, such as 2/3.",
    });
  }
  if (t.scoreMax !== undefined && t.method !== "score")
    ctx.addIssue({ code: "custom", path: ["scoreMax"], message: "Only score voting takes scoreMax." });
  const opens = t.opensAt ? new Date(t.opensAt) : at;
  const closes = new Date(t.closesAt);
  if (closes <= opens || closes <= at)
    ctx.addIssue({ code: "custom", path: ["closesAt"], message: "Voting must close after it opens, and in the future." });
  if (closes > daysAfter(opens, MAX_WINDOW_DAYS)) {
    ctx.addIssue({ code: "custom", path: ["closesAt"], message: `Voting can last at most ${MAX_WINDOW_DAYS} days.` });
  }
}

export const NewProposalInput = ProposalTerms.superRefine((t, ctx) => termsProblems(t, ctx)).openapi("NewProposal");
export type NewProposal = z.output<typeof NewProposalInput>;

export const CancelInput = z.strictObject({ reason: z.string().trim().min(1, "Say why.").max(2000) }).openapi("CancelProposal");

export const VoteInput = z
  .strictObject({
    answer: z
      .string()
      .max(20)
      .optional()
      .openapi({ description: "Yes/no methods: yes, no, abstain; consent, object; agree, abstain, disagree, block." }),
    options: z
      .array(z.number().int())
      .max(20)
      .optional()
      .openapi({ description: "Approval: the option indexes you approve. Ranked: option indexes, most preferred first." }),
    scores: z.array(z.number().int()).max(20).optional().openapi({ description: "Score: one score per option, in option order." }),
    reason: z.string().trim().max(2000).optional().openapi({ description: "Required with an objection or a block." }),
  })
  .openapi("Vote");
export type VoteBody = z.output<typeof VoteInput>;
