import { splitByDistrict } from "./districts.ts";
import { checkElection, type Election, ElectionError } from "./election.ts";
import { explainGreedy } from "./explain-greedy.ts";
import type { PartResult, ProjectExplanation, Results, RuleName, RuleSettings } from "./explanation.ts";
import { greedy } from "./greedy.ts";
import type { Completion, EndowmentStart } from "./mes/add1.ts";
import type { ComparisonMeasure } from "./mes/comparison.ts";
import { equalShares } from "./mes/equal-shares.ts";
import { type Profile, profileOf, votersReached } from "./profile.ts";
import { type TieBreaking, tieOrder } from "./tie-breaking.ts";

export interface RuleOptions {
  readonly rule: RuleName;
  /** `min-cost,max-votes` when absent. */
  readonly tieBreaking?: TieBreaking;
  /** greedy-threshold: the score a project needs to be funded at all (required there, refused elsewhere). */
  readonly threshold?: number | null;
  /** mes: `add1u` when absent. */
  readonly completion?: Completion;
  /** mes: keep greedy-by-votes' outcome when more voters prefer it; `true` is equalshares.net's `satisfaction`. */
  readonly comparison?: boolean | ComparisonMeasure | null;
  /** mes with Add1: `floor` when absent (see mes/add1.ts). */
  readonly endowmentStart?: EndowmentStart;
  /** mes with Add1: minor units per step, one currency unit when absent. */
  readonly increment?: number;
  /** Called after each Add1 step (a long count's progress line). */
  readonly onProgress?: (progress: {
    readonly district: string | null;
    /** The budget of the district (or of the whole election) being counted, and what its latest run would spend of it. */
    readonly budget: number;
    readonly cost: number;
    readonly step: number;
    /** Each voter's share in that run, minor units. */
    readonly endowment: number;
  }) => void;
}

function settingsOf(election: Election, o: RuleOptions): RuleSettings {
  const mes = o.rule === "mes";
  const withAdd1 = mes && (o.completion ?? "add1u") !== "none";
  if (o.rule === "greedy-threshold" && (o.threshold == null || !Number.isFinite(o.threshold))) {
    throw new ElectionError("greedy-threshold needs a threshold: the score a project must reach to be funded");
  }
  if (o.rule !== "greedy-threshold" && o.threshold != null) throw new ElectionError("only greedy-threshold takes a threshold");
  const increment = o.increment ?? election.currencyUnit ?? 1;
  if (!Number.isSafeInteger(increment) || increment < 1)
    throw new ElectionError(`the Add1 increment must be a whole number ≥ 1, not ${increment}`);
  return {
    rule: o.rule,
    tieBreaking: o.tieBreaking ?? "min-cost,max-votes",
    threshold: o.rule === "greedy-threshold" ? o.threshold! : null,
    completion: mes ? (o.completion ?? "add1u") : null,
    comparison: mes && o.comparison ? (o.comparison === true ? "satisfaction" : o.comparison) : null,
    endowmentStart: withAdd1 ? (o.endowmentStart ?? "floor") : null,
    increment: withAdd1 ? increment : null,
  };
}

function decide(
  profile: Profile,
  district: string | null,
  s: RuleSettings,
  o: RuleOptions,
): Omit<PartResult, "district" | "voters" | "votersWithAFundedProject"> {
  const inOrder = (explained: Map<number, ProjectExplanation>) => profile.ids.map((_, p) => explained.get(p)!);
  const ids = (ps: readonly number[]) => ps.map((p) => profile.ids[p]!);
  const cost = (ps: readonly number[]) => ps.reduce((sum, p) => sum + profile.costs[p]!, 0);
  if (s.rule === "mes") {
    const r = equalShares(profile, {
      completion: s.completion!,
      start: s.endowmentStart ?? undefined,
      increment: s.increment ?? undefined,
      tieBreaking: s.tieBreaking,
      comparison: s.comparison,
      onStep: o.onProgress && ((step) => o.onProgress?.({ district, budget: profile.budget, ...step })),
    });
    return {
      budget: profile.budget,
      winners: ids(r.winners),
      cost: cost(r.winners),
      projects: inOrder(r.projects),
      mes: r.mes,
      comparison: r.comparison,
    };
  }
  const outcome = greedy(profile, profile.budget, {
    scores: profile.scores,
    order: tieOrder(profile, s.tieBreaking),
    threshold: s.threshold,
  });
  return {
    budget: profile.budget,
    winners: ids(outcome.winners),
    cost: cost(outcome.winners),
    projects: inOrder(explainGreedy(profile, outcome, "greedy")),
    mes: null,
    comparison: null,
  };
}

/**
 * The winners of an election under a rule, with the explanation the results page shows; each district
 * with a budget of its own decided separately (districts.ts). Pure: reads nothing, writes nothing.
 * Throws ElectionError for an election or options no rule can count.
 */
export function computeResults(election: Election, options: RuleOptions): Results {
  checkElection(election);
  const settings = settingsOf(election, options);
  const parts: PartResult[] = splitByDistrict(election).map(({ district, election: e }) => {
    const decided = decide(profileOf(e), district, settings, options);
    const { voters, reached } = votersReached(e, new Set(decided.winners));
    return { district, voters, votersWithAFundedProject: reached, ...decided };
  });
  const winners = parts.flatMap((p) => p.winners);
  // Without districts the one part is the whole election, already counted.
  const whole = parts.length === 1 && parts[0]!.district === null;
  const { voters, reached } = whole
    ? { voters: parts[0]!.voters, reached: parts[0]!.votersWithAFundedProject }
    : votersReached(election, new Set(winners));
  return {
    settings,
    winners,
    cost: parts.reduce((sum, p) => sum + p.cost, 0),
    budget: election.budget,
    currencyUnit: election.currencyUnit ?? 1,
    voters,
    votersWithAFundedProject: reached,
    shareOfVotersWithAFundedProject: voters === 0 ? 0 : reached / voters,
    parts,
  };
}
