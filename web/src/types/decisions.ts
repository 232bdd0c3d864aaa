/** Democratic decisions' shapes, as /api/openapi.json describes them (ProposalItem, Proposal, Tally, MyVote, VoteRow). */
import type { Role } from "../api/schema.ts";
import type { PersonRef } from "./needs.ts";

export const METHODS = ["majority", "supermajority", "consent", "consensus", "approval", "score", "ranked"] as const;
export type Method = (typeof METHODS)[number];

/** Methods that answer the proposal itself: yes or no, consent or object… */
export const YES_NO_METHODS = ["majority", "supermajority", "consent", "consensus"] as const;
export type YesNoMethod = (typeof YES_NO_METHODS)[number];

/** Methods that choose among options. */
export const OPTION_METHODS = ["approval", "score", "ranked"] as const;
export type OptionMethod = (typeof OPTION_METHODS)[number];

export const isYesNoMethod = (m: Method): m is YesNoMethod => (YES_NO_METHODS as readonly string[]).includes(m);
export const isOptionMethod = (m: Method): m is OptionMethod => (OPTION_METHODS as readonly string[]).includes(m);

/** The answers each yes/no method accepts, in the order the tally lists them. */
export const ANSWERS = {
  majority: ["yes", "no", "abstain"],
  supermajority: ["yes", "no", "abstain"],
  consent: ["consent", "object"],
  consensus: ["agree", "abstain", "disagree", "block"],
} as const satisfies Record<YesNoMethod, readonly string[]>;
export type Answer = (typeof ANSWERS)[YesNoMethod][number];

/** Answers the server refuses without a reason. */
export const ANSWERS_NEEDING_REASON: readonly string[] = ["object", "block"];

export const PROPOSAL_STATUSES = ["scheduled", "open", "closed", "cancelled"] as const;
export type ProposalStatus = (typeof PROPOSAL_STATUSES)[number];

export const BALLOTS = ["public", "secret"] as const;
export type BallotKind = (typeof BALLOTS)[number];

export const OUTCOMES = ["passed", "rejected", "no_quorum", "chosen", "tied", "no_votes"] as const;
export type Outcome = (typeof OUTCOMES)[number];

export interface OrganizationRef {
  slug: string;
  name: string;
  kind: string;
}

export interface ProposalItem {
  id: string;
  organization: OrganizationRef;
  title: string;
  method: Method;
  ballot: BallotKind;
  status: ProposalStatus;
  opensAt: string;
  closesAt: string;
  /** Set once closed. */
  outcome: Outcome | null;
  /** The electorate frozen when voting opened; null while scheduled. */
  electorateSize: number | null;
  turnout: number;
  /** Whether the viewer has voted. */
  voted: boolean;
  /** Whether the viewer may vote now (in the electorate, voting open). */
  canVote: boolean;
}

export interface OptionTotal {
  /** The option's index in the proposal's options. */
  option: number;
  label: string;
  total: number;
}

export interface RankedRound {
  /** The continuing options' first-preference totals this round, in option order. */
  totals: OptionTotal[];
  exhausted: number;
  eliminated: number[];
  /** Why those were eliminated, or who won. */
  note: string;
}

export interface Tally {
  method: Method;
  outcome: Outcome;
  electorate: number;
  turnout: number;
  quorumNeeded: number;
  quorumMet: boolean;
  /** Yes/no methods: the count of each answer. */
  answers?: Record<string, number>;
  /** Option methods: approvals, summed scores, or first preferences, in option order. */
  optionTotals?: OptionTotal[];
  rounds?: RankedRound[];
  winner?: number;
  tied?: number[];
  /** The rule applied, the numbers, and why the outcome follows, one sentence each. */
  explanation: string[];
}

/** A ballot: `answer` for yes/no methods, `options` for approval (approved indexes) and ranked (most preferred first), `scores` for score. */
export interface BallotChoice {
  answer: string | null;
  options: number[] | null;
  scores: number[] | null;
  reason: string | null;
}

export interface MyVote extends BallotChoice {
  changes: number;
  castAt: string;
  updatedAt: string;
}

export type Decides =
  | { type: "expense"; id: string; purpose: string; status: string; amount: string; currency: string }
  | { type: "budget"; id: string; title: string; status: string; year: number };

export interface Proposal extends ProposalItem {
  author: PersonRef | null;
  /** Markdown source; never render it as HTML. */
  body: string;
  /** Sanitized HTML rendered by the server. */
  html: string;
  options: string[];
  threshold: { numerator: number; denominator: number } | null;
  scoreMax: number | null;
  /** Only active members with one of these roles may vote; null: every active member. */
  electorateRoles: Role[] | null;
  quorumPercent: number;
  openedAt: string | null;
  closedAt: string | null;
  cancelledReason: string | null;
  /** The fixed result, once closed. */
  result: Tally | null;
  /** The tally so far, while a public ballot is open; null for secret ballots. */
  liveTally: Tally | null;
  myVote: MyVote | null;
  canManage: boolean;
  threadId: string | null;
  decides: Decides | null;
}

/** One vote in the list; on a secret ballot the choice fields are null (only who took part, and when). */
export interface VoteRow extends BallotChoice {
  voter: PersonRef;
  changes: number;
  castAt: string;
  updatedAt: string;
}

export interface NewProposal {
  title: string;
  body?: string;
  method: Method;
  options?: string[];
  threshold?: { numerator: number; denominator: number };
  scoreMax?: number;
  electorateRoles?: Role[];
  quorumPercent: number;
  ballot: BallotKind;
  /** ISO datetime with offset; now when left out. */
  opensAt?: string;
  closesAt: string;
}

export interface VoteInput {
  answer?: string;
  options?: number[];
  scores?: number[];
  reason?: string;
}

export interface ProposalQuery {
  organization?: string;
  /** Comma-separated statuses. */
  status?: string;
  awaiting?: "me";
  cursor?: string | null;
  limit?: number;
}
