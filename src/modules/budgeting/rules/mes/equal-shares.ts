import { explainGreedy } from "../explain-greedy.ts";
import type { ComparisonSummary, MesSummary, ProjectExplanation } from "../explanation.ts";
import { greedy } from "../greedy.ts";
import type { Profile } from "../profile.ts";
import { format, toNumber } from "../rational.ts";
import { type TieBreaking, tieOrder } from "../tie-breaking.ts";
import { type Add1Options, equalSharesWithAdd1 } from "./add1.ts";
import { type ComparisonMeasure, compareOutcomes } from "./comparison.ts";
import { MesExplainer } from "./explain-mes.ts";
import { runMes } from "./run.ts";
import { mesSetup } from "./setup.ts";

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
 *
 * References followed, and where this differs from them:
 * - The rule itself (run.ts): pabutools' `mes_inner_algo` with `Cost_Sat` and equalshares.net's
 *   `equalSharesFixedBudgetFractions`, which agree with each other; exact like the latter's "fractions"
 *   accuracy (its default is doubles).
 * - Add1 (add1.ts): equalshares.net's `equalSharesAdd1` with its default options (integral start,
 *   exhaustive stop, one currency unit a step), including its test of exhaustiveness over every project
 *   and its shortcut when everything fits; `start: "exact"` is pabutools' `exhaustion_by_budget_increase`
 *   with a step of one unit per voter. Differs only where those would loop for ever (once every project
 *   anyone voted for is funded, this stops; the funded projects are the same).
 * - Add1u and the comparison: equalshares.net's `utilitarianCompletion` and `comparisonStep`, its
 *   JavaScript quirk included (comparison.ts). Where its greedy meets equal vote counts it keeps the
 *   projects in JavaScript's key order (numeric ids ascending, then the file's order); here the call's
 *   tie-breaking decides, as everywhere else.
 * - Ties: equalshares.net's `minCost`, `maxVotes`, then the project id where it would stop with an
 *   error; or pabutools' `lexico_tie_breaking` (tie-breaking.ts).
 * Checked: a plain exact implementation (test/reference-mes.ts) against this one on random elections for
 * every variant, the published outcomes of pabutools' tests, and the winners equalshares.net's algorithm
 * gives on the five Pabulib samples and on the benchmark's generated votes (bench/pb-rules.ts).
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
