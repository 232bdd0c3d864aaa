import { explainGreedy } from "../explain-greedy.ts";
import type { ComparisonSummary, MesSummary, ProjectExplanation } from "../explanation.ts";
import { greedy } from "../greedy.ts";
import type { Profile } from "../profile.ts";
import { format, toNumber } from "../rational.ts";
import { type TieBreaking, tieOrder } from "../tie-breaking.ts";
import { type Add1Options, equalSharesWithAdd1 } from "./add1.ts";
import { type ComparisonMeasure, compareOutcomes } from "./comparison.ts";
import { MesExplainer } from "./explain-mes.ts";
import { mesSetup, runMes } from "./run.ts";

export interface EqualSharesOptions extends Add1Options {
  readonly tieBreaking: TieBreaking;
  readonly comparison: ComparisonMeasure | null;
}

export interface EqualSharesResult {
  readonly winners: readonly number[];
  readonly projects: Map<number, ProjectExplanation>;
  readonly mes: MesSummary;
  readonly comparison: ComparisonSummary | null;
}

/**
 * The Method of Equal Shares as a city runs it: the rule with its completion (add1.ts), then Add1u's
 * greedy completion by votes, then the optional comparison with greedy by votes (comparison.ts), with
 * the explanation of the outcome kept.
 */
export function equalShares(profile: Profile, options: EqualSharesOptions): EqualSharesResult {
  const setup = mesSetup(profile);
  const order = tieOrder(profile, options.tieBreaking);
  const outcome = equalSharesWithAdd1(setup, order, options);
  // The decisive run again, watched this time: watching every run of Add1 would cost more than one more run.
  const explainer = new MesExplainer(setup);
  const decisive = runMes(setup, outcome.endowment, order, explainer);
  const fundedByMes = decisive.winners;
  let winners = fundedByMes;
  const projects = explainer.explain(decisive);
  if (options.completion === "add1u") {
    const completed = greedy(profile, profile.budget, { scores: profile.votes, order, initial: fundedByMes });
    winners = completed.winners;
    for (const [p, explained] of explainGreedy(profile, completed, "completion"))
      if (explained.status === "funded") projects.set(p, explained);
  }
  const ids = (ps: readonly number[]) => ps.map((p) => profile.ids[p]!);
  const mes: MesSummary = {
    endowment: toNumber(outcome.endowment),
    endowmentExact: format(outcome.endowment),
    initialEndowment: toNumber(outcome.initialEndowment),
    initialEndowmentExact: format(outcome.initialEndowment),
    add1Steps: outcome.steps,
    everythingAffordable: outcome.everythingAffordable,
    fundedByMes: ids(fundedByMes),
    fundedByCompletion: ids(winners.slice(fundedByMes.length)),
    mesCost: decisive.cost,
  };
  if (!options.comparison) return { winners, projects, mes, comparison: null };

  const byVotes = greedy(profile, profile.budget, { scores: profile.votes, order });
  const count = compareOutcomes(profile, winners, byVotes.winners, options.comparison);
  const kept = count.prefersGreedy > count.prefersMes ? "greedy" : "mes";
  const comparison: ComparisonSummary = {
    measure: options.comparison,
    ...count,
    kept,
    mesWinners: ids(winners),
    greedyWinners: ids(byVotes.winners),
  };
  if (kept === "mes") return { winners, projects, mes, comparison };
  return { winners: byVotes.winners, projects: explainGreedy(profile, byVotes, "greedy"), mes, comparison };
}
