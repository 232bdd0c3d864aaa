import type { Election } from "./rules/election.ts";
import { computeResults as decide } from "./rules/results.ts";
import type { CallRules, Explanation } from "./shapes.ts";

export interface RuleRun {
  rule: string;
  official: boolean;
  winners: string[];
  cost: number;
  explanation: Explanation;
}

/**
 * The rules a call runs on its vote: its official rule, and greedy by votes beside it when the call
 * compares them (and the official rule is not greedy already).
 */
export function runCallRules(election: Election, rules: CallRules): RuleRun[] {
  const official = decide(election, {
    rule: rules.rule,
    tieBreaking: rules.tieBreaking,
    threshold: rules.rule === "greedy-threshold" ? (rules.threshold ?? 0) : null,
    completion: rules.rule === "mes" ? rules.completion : undefined,
    comparison: rules.rule === "mes" ? rules.comparison : undefined,
  });
  const runs: RuleRun[] = [
    {
      rule: rules.rule,
      official: true,
      winners: [...official.winners],
      cost: official.cost,
      explanation: official as unknown as Explanation,
    },
  ];
  if (rules.compareWithGreedy && rules.rule !== "greedy") {
    const greedy = decide(election, { rule: "greedy", tieBreaking: rules.tieBreaking });
    runs.push({
      rule: "greedy",
      official: false,
      winners: [...greedy.winners],
      cost: greedy.cost,
      explanation: greedy as unknown as Explanation,
    });
  }
  return runs;
}
