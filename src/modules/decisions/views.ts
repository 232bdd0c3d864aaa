import { z } from "@hono/zod-openapi";
import { localized } from "../../http/request-language.ts";
import { nullable } from "../../http/responses.ts";
import { NullablePersonRef, PersonRef } from "../accounts/views.ts";
import { OrganizationRefSchema as OrganizationRef } from "../organizations/views.ts";
import { BUDGET_STATUSES, EXPENSE_STATUSES } from "../treasury/schema.ts";
import { BALLOTS, OUTCOMES, PROPOSAL_STATUSES } from "./schema.ts";
import { explain, METHODS, type TallyNumbers, type TallyTerms } from "./tally.ts";

export const VotingMethod = z.enum(METHODS).openapi("VotingMethod");
export const Ballot = z.enum(BALLOTS).openapi("Ballot");
export const ProposalStatus = z.enum(PROPOSAL_STATUSES).openapi("ProposalStatus");
export const Outcome = z.enum(OUTCOMES).openapi("Outcome");

const OptionTotalSchema = z.object({ option: z.number().int(), label: z.string(), total: z.number().int() });

export const TallySchema = z
  .object({
    method: VotingMethod,
    outcome: Outcome,
    electorate: z.number().int(),
    turnout: z.number().int(),
    quorumNeeded: z.number().int(),
    quorumMet: z.boolean(),
    answers: z.record(z.string(), z.number().int()).optional(),
    optionTotals: z.array(OptionTotalSchema).optional(),
    rounds: z
      .array(
        z.object({
          totals: z.array(OptionTotalSchema),
          exhausted: z.number().int(),
          eliminated: z.array(z.number().int()),
          note: z.string(),
        }),
      )
      .optional(),
    winner: z.number().int().optional(),
    tied: z.array(z.number().int()).optional(),
    explanation: z
      .array(z.string())
      .openapi({ description: "The rule applied, the numbers, and why the outcome follows, in plain words." }),
  })
  .openapi("Tally");

/**
 * A tally as a response shows it: the numbers as counted, and the explanation and round notes written
 * now from those numbers, in the request's language. A closed proposal's stored result keeps English
 * sentences too; they are not shown, so results closed before translation read in French as well.
 */
export function tallyView(terms: TallyTerms, result: TallyNumbers): z.output<typeof TallySchema> {
  const { explanation, notes } = explain(terms, result);
  const { method, outcome, electorate, turnout, quorumNeeded, quorumMet, answers, optionTotals, rounds, winner, tied } = result;
  return {
    method,
    outcome,
    electorate,
    turnout,
    quorumNeeded,
    quorumMet,
    ...(answers ? { answers } : {}),
    ...(optionTotals ? { optionTotals } : {}),
    ...(rounds
      ? {
          rounds: rounds.map((r, i) => ({
            totals: r.totals,
            exhausted: r.exhausted,
            eliminated: r.eliminated,
            note: localized(notes[i] ?? ""),
          })),
        }
      : {}),
    ...(winner !== undefined ? { winner } : {}),
    ...(tied ? { tied } : {}),
    explanation: explanation.map(localized),
  };
}

export const BallotSchema = z.object({
  answer: z.string().nullable(),
  options: z.array(z.number().int()).nullable(),
  scores: z.array(z.number().int()).nullable(),
  reason: z.string().nullable(),
});

export const MyVoteSchema = BallotSchema.extend({ changes: z.number().int(), castAt: z.string(), updatedAt: z.string() }).openapi("MyVote");

export const DecidesSchema = z
  .discriminatedUnion("type", [
    z.object({
      type: z.literal("expense"),
      id: z.string(),
      purpose: z.string(),
      status: z.enum(EXPENSE_STATUSES),
      amount: z.string(),
      currency: z.string(),
    }),
    z.object({ type: z.literal("budget"), id: z.string(), title: z.string(), status: z.enum(BUDGET_STATUSES), year: z.number().int() }),
  ])
  .openapi("Decides", { description: "The expense or budget a proposal decides." });

const common = {
  id: z.string(),
  organization: OrganizationRef,
  title: z.string(),
  method: VotingMethod,
  ballot: Ballot,
  status: ProposalStatus,
  opensAt: z.string(),
  closesAt: z.string(),
  outcome: nullable(Outcome),
  electorateSize: z.number().int().nullable(),
  turnout: z.number().int(),
  voted: z.boolean().openapi({ description: "Whether the viewer has voted." }),
  canVote: z.boolean().openapi({ description: "Whether the viewer may vote now (in the electorate, voting open)." }),
};

export const ProposalItemSchema = z.object(common).openapi("ProposalItem");

export const ProposalSchema = z
  .object({
    ...common,
    author: NullablePersonRef,
    body: z.string(),
    html: z.string(),
    options: z.array(z.string()),
    threshold: z.object({ numerator: z.number().int(), denominator: z.number().int() }).nullable(),
    scoreMax: z.number().int().nullable(),
    electorateRoles: z.array(z.string()).nullable(),
    quorumPercent: z.number().int(),
    openedAt: z.string().nullable(),
    closedAt: z.string().nullable(),
    cancelledReason: z.string().nullable(),
    result: nullable(TallySchema).openapi({ description: "The fixed result, once closed." }),
    liveTally: nullable(TallySchema).openapi({
      description: "The tally so far, while a public ballot is open; hidden for secret ballots.",
    }),
    myVote: nullable(MyVoteSchema),
    canManage: z.boolean(),
    threadId: z.string().nullable(),
    decides: nullable(DecidesSchema).openapi({ description: "The expense or budget this proposal decides, if any." }),
  })
  .openapi("Proposal");

export const VoteRowSchema = BallotSchema.extend({
  voter: PersonRef,
  castAt: z.string(),
  updatedAt: z.string(),
  changes: z.number().int(),
}).openapi("VoteRow", { description: "On a secret ballot only who took part, and when, is shown: the choice fields are null." });
