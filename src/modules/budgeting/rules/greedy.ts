import type { Profile } from "./profile.ts";
import type { TieOrder } from "./tie-breaking.ts";

/** Why greedy took or left each project it looked at. */
export type GreedyStep =
  | { readonly project: number; readonly selected: true; readonly remainingBefore: number }
  | { readonly project: number; readonly selected: false; readonly reason: "did-not-fit"; readonly remainingBefore: number }
  | { readonly project: number; readonly selected: false; readonly reason: "under-threshold" };

export interface GreedyOutcome {
  /** Everything selected, `initial` first, then greedy's picks in order. */
  readonly winners: readonly number[];
  /** One step per project greedy looked at (those in `initial` are not looked at), best-ranked first. */
  readonly steps: readonly GreedyStep[];
  readonly threshold: number | null;
}

/**
 * Greedy by score: projects from the highest score down (ties in `order`), each funded if it fits in
 * what is left of the budget and skipped otherwise; a project under `threshold` is never funded
 * (Warsaw's greedy with a minimum score). Starting from `initial` makes it the utilitarian completion
 * that follows the Method of Equal Shares in Add1u.
 */
export function greedy(
  profile: Profile,
  budget: number,
  opts: {
    readonly scores: readonly number[];
    readonly order: TieOrder;
    readonly threshold?: number | null;
    readonly initial?: readonly number[];
  },
): GreedyOutcome {
  const initial = opts.initial ?? [];
  const taken = new Set(initial);
  let remaining = budget - initial.reduce((sum, p) => sum + profile.costs[p]!, 0);
  const ranked = profile.ids
    .map((_, p) => p)
    .filter((p) => !taken.has(p))
    .sort((a, b) => opts.scores[b]! - opts.scores[a]! || opts.order(a, b));
  const winners = [...initial];
  const steps: GreedyStep[] = [];
  for (const project of ranked) {
    const cost = profile.costs[project]!;
    if (opts.threshold != null && opts.scores[project]! < opts.threshold) {
      steps.push({ project, selected: false, reason: "under-threshold" });
    } else if (cost > remaining) {
      steps.push({ project, selected: false, reason: "did-not-fit", remainingBefore: remaining });
    } else {
      steps.push({ project, selected: true, remainingBefore: remaining });
      winners.push(project);
      remaining -= cost;
    }
  }
  return { winners, steps, threshold: opts.threshold ?? null };
}
