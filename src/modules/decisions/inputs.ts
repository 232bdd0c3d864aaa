import { z } from "@hono/zod-openapi";
import { daysAfter } from "../../calendar.ts";
import { Markdown, Title } from "../../http/fields.ts";
import { t as http } from "../../http/messages.ts";
import { now } from "../../now.ts";
import { rule } from "../../text/messages.ts";
import { ROLES } from "../memberships/values.ts";
import { t } from "./messages.ts";
import { METHODS, OPTION_METHODS } from "./tally.ts";
import { BALLOTS } from "./values.ts";

export const BODY_MAX = 50_000;
/** The longest a vote may run. */
const MAX_WINDOW_DAYS = 366;

const OptionLabel = z
  .string()
  .trim()
  .min(1, rule(t("optionEmpty")))
  .max(200, rule(http("atMost", { max: 200 })));

const Threshold = z
  .strictObject({
    numerator: z.number().int().min(1).max(100),
    denominator: z.number().int().min(1).max(100),
  })
  .refine((t) => t.numerator <= t.denominator, { message: rule(t("thresholdOverWhole")), path: ["numerator"] })
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
    .max(20, rule(t("tooManyOptions", { max: 20 })))
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
export function termsProblems(terms: Terms, ctx: z.RefinementCtx, at = now()) {
  const optionMethod = OPTION_METHODS.includes(terms.method);
  const options = terms.options ?? [];
  const method = t("method", { method: terms.method });
  if (optionMethod && options.length < 2)
    ctx.addIssue({ code: "custom", path: ["options"], message: rule(t("needsTwoOptions", { method })) });
  if (!optionMethod && options.length) ctx.addIssue({ code: "custom", path: ["options"], message: rule(t("takesNoOptions", { method })) });
  if (new Set(options.map((o) => o.toLowerCase())).size !== options.length) {
    ctx.addIssue({ code: "custom", path: ["options"], message: rule(t("optionsDistinct")) });
  }
  if ((terms.method === "supermajority") !== (terms.threshold !== undefined)) {
    ctx.addIssue({
      code: "custom",
      path: ["threshold"],
      message: rule(terms.threshold ? t("onlySupermajorityThreshold") : t("giveThreshold")),
    });
  }
  if (terms.scoreMax !== undefined && terms.method !== "score")
    ctx.addIssue({ code: "custom", path: ["scoreMax"], message: rule(t("onlyScoreMax")) });
  const opens = terms.opensAt ? new Date(terms.opensAt) : at;
  const closes = new Date(terms.closesAt);
  if (closes <= opens || closes <= at) ctx.addIssue({ code: "custom", path: ["closesAt"], message: rule(t("closesAfterOpening")) });
  if (closes > daysAfter(opens, MAX_WINDOW_DAYS)) {
    ctx.addIssue({ code: "custom", path: ["closesAt"], message: rule(t("longestWindow", { days: MAX_WINDOW_DAYS })) });
  }
}

export const NewProposalInput = ProposalTerms.superRefine((t, ctx) => termsProblems(t, ctx)).openapi("NewProposal");
export type NewProposal = z.output<typeof NewProposalInput>;

export const CancelInput = z
  .strictObject({
    reason: z
      .string()
      .trim()
      .min(1, rule(t("sayWhy")))
      .max(2000),
  })
  .openapi("CancelProposal");

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
