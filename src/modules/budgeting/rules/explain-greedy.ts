import type { ProjectExplanation } from "./explanation.ts";
import type { GreedyOutcome } from "./greedy.ts";
import type { Profile } from "./profile.ts";

/** The facts every project's explanation starts with. */
export const factsOf = (profile: Profile, p: number) => ({
  id: profile.ids[p]!,
  cost: profile.costs[p]!,
  votes: profile.votes[p]!,
  score: profile.scores[p]!,
});

/**
 * Each project greedy looked at, as funded (by `by`) or not and why, keyed by project index. Projects
 * in greedy's `initial` (those the Method of Equal Shares funded before a completion) are not in it.
 */
export function explainGreedy(profile: Profile, outcome: GreedyOutcome, by: "greedy" | "completion"): Map<number, ProjectExplanation> {
  const explained = new Map<number, ProjectExplanation>();
  outcome.steps.forEach((step, i) => {
    const facts = factsOf(profile, step.project);
    const rank = i + 1;
    if (step.selected) explained.set(step.project, { ...facts, status: "funded", by, rank, remainingBefore: step.remainingBefore });
    else if (step.reason === "did-not-fit") {
      explained.set(step.project, { ...facts, status: "not-funded", reason: "did-not-fit", rank, remainingBefore: step.remainingBefore });
    } else explained.set(step.project, { ...facts, status: "not-funded", reason: "under-threshold", threshold: outcome.threshold! });
  });
  return explained;
}
