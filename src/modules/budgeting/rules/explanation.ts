// What a rule's result says about itself, for the results page: plain JSON (numbers, strings, arrays),
// so it can be stored as computed and served as stored. Money is in the election's minor units; the
// endowment, a fraction the outcome depends on exactly, is also given as "numerator/denominator".
// Sentences are not stored: the page writes them from these numbers in the reader's language.

import type { Completion, EndowmentStart } from "./mes/add1.ts";
import type { ComparisonMeasure } from "./mes/comparison.ts";
import type { TieBreaking } from "./tie-breaking.ts";

export const RULES = ["greedy", "greedy-threshold", "mes"] as const;
export type RuleName = (typeof RULES)[number];

/** The options a result was computed with, as stored beside it. */
export interface RuleSettings {
  readonly rule: RuleName;
  readonly tieBreaking: TieBreaking;
  readonly threshold: number | null;
  readonly completion: Completion | null;
  readonly comparison: ComparisonMeasure | null;
  readonly endowmentStart: EndowmentStart | null;
  /** Minor units added to each voter's share per Add1 step. */
  readonly increment: number | null;
}

/** Some voters and what each of them paid towards a funded project. */
export interface Payment {
  readonly voters: number;
  readonly amount: number;
}

/** What the supporters of a project left unfunded spent on a project that was funded. */
export interface SpentOn {
  readonly project: string;
  /** How many of the unfunded project's supporters also voted for the funded one. */
  readonly voters: number;
  readonly amount: number;
}

interface ProjectFacts {
  readonly id: string;
  readonly cost: number;
  /** Voters who named the project. */
  readonly votes: number;
  /** What greedy ranks by: points for cumulative and scoring ballots, otherwise the votes. */
  readonly score: number;
}

export type ProjectExplanation = ProjectFacts &
  (
    | {
        readonly status: "funded";
        readonly by: "mes";
        /** 1 for the first project the Method of Equal Shares funded. */
        readonly round: number;
        /** What each supporter who could afford it paid; the others paid all they had left. */
        readonly price: number;
        /** Cost ÷ price: how many voters paying the price in full it was worth (equalshares.net's effective vote count). */
        readonly effectiveVotes: number;
        /** Price ÷ cost: pabutools' ρ, the least among affordable projects when it was funded. */
        readonly rho: number;
        /** The supporters' money when it was funded; ÷ cost is its effective support (≥ 1). */
        readonly moneyBehind: number;
        /** Who paid what, the largest payments first; the amounts add up to the cost. */
        readonly payments: readonly Payment[];
      }
    | {
        readonly status: "funded";
        /** greedy: the greedy rule (or its outcome, kept by the comparison step); completion: Add1u's greedy completion. */
        readonly by: "greedy" | "completion";
        /** Its place in greedy's order (1 = highest score). */
        readonly rank: number;
        readonly remainingBefore: number;
      }
    | {
        readonly status: "not-funded";
        /** Its supporters had too little left (the Method of Equal Shares). */
        readonly reason: "unaffordable";
        /** What its supporters had left when the rule stopped; ÷ cost is its effective support (< 1). */
        readonly moneyBehind: number;
        /** Where its supporters' money went, the largest amounts first. */
        readonly spentOn: readonly SpentOn[];
      }
    | { readonly status: "not-funded"; readonly reason: "did-not-fit"; readonly rank: number; readonly remainingBefore: number }
    | { readonly status: "not-funded"; readonly reason: "under-threshold"; readonly threshold: number }
    /** The Method of Equal Shares only funds projects that cost something and that someone voted for. */
    | { readonly status: "not-funded"; readonly reason: "no-votes" | "free" }
  );

export interface MesSummary {
  /** Each voter's share of the budget in the run that decided the outcome. */
  readonly endowment: number;
  readonly endowmentExact: string;
  readonly initialEndowment: number;
  readonly initialEndowmentExact: string;
  /** How many times Add1 raised the share. */
  readonly add1Steps: number;
  /** Every project fits in the budget together, so Add1 was not needed (equalshares.net skips it). */
  readonly everythingAffordable: boolean;
  /** What the Method of Equal Shares funded itself, in order, and what Add1u's completion added. */
  readonly fundedByMes: readonly string[];
  readonly fundedByCompletion: readonly string[];
  /** The money the Method of Equal Shares' own projects cost. */
  readonly mesCost: number;
}

export interface ComparisonSummary {
  readonly measure: ComparisonMeasure;
  readonly prefersMes: number;
  readonly prefersGreedy: number;
  readonly kept: "mes" | "greedy";
  readonly mesWinners: readonly string[];
  readonly greedyWinners: readonly string[];
}

/** The outcome in one district (or in the whole election when it has none). */
export interface PartResult {
  readonly district: string | null;
  readonly budget: number;
  readonly winners: readonly string[];
  readonly cost: number;
  /** Voters who took part here (in a district: those whose ballot names one of its projects). */
  readonly voters: number;
  readonly votersWithAFundedProject: number;
  /** Every project of the part, in the election's order. */
  readonly projects: readonly ProjectExplanation[];
  readonly mes: MesSummary | null;
  readonly comparison: ComparisonSummary | null;
}

export interface Results {
  readonly settings: RuleSettings;
  /** Funded projects: each part's, in its order of funding, parts in the election's order. */
  readonly winners: readonly string[];
  readonly cost: number;
  readonly budget: number;
  readonly currencyUnit: number;
  readonly voters: number;
  readonly votersWithAFundedProject: number;
  /** votersWithAFundedProject ÷ voters (0 without voters). */
  readonly shareOfVotersWithAFundedProject: number;
  readonly parts: readonly PartResult[];
}
