import type { Profile } from "../profile.ts";

/**
 * The comparison step Wieliczka ran after the Method of Equal Shares: the outcome of greedy by votes
 * is kept instead when more voters prefer it. "Prefer" is read exactly as equalshares.net's compute
 * tool reads it (`comparisonStep` in its `methodOfEqualSharesWorker.js`):
 *
 * - `satisfaction` (the tool's "popularity with respect to voter satisfaction", its first option): a
 *   voter prefers the outcome that funds more of the projects it voted for. The tool counts, for each outcome, the funded projects of the voters who have at least one, and compares
 *   those counts; a voter with no funded project in one of the two outcomes has no count there, and
 *   JavaScript's comparisons with a missing count are false both ways, so that voter counts for
 *   neither side. That is kept here, so the outcome is the tool's.
 * - `exclusion-ratio`: a voter prefers the outcome under which it has a funded project when the other
 *   leaves it with none.
 *
 * Ties keep the Method of Equal Shares' outcome.
 */
export const COMPARISON_MEASURES = ["satisfaction", "exclusion-ratio"] as const;
export type ComparisonMeasure = (typeof COMPARISON_MEASURES)[number];

export interface ComparisonCount {
  readonly prefersMes: number;
  readonly prefersGreedy: number;
}

export function compareOutcomes(
  profile: Profile,
  mes: readonly number[],
  greedy: readonly number[],
  measure: ComparisonMeasure,
): ComparisonCount {
  const inMes = new Uint8Array(profile.ids.length);
  const inGreedy = new Uint8Array(profile.ids.length);
  for (const p of mes) inMes[p] = 1;
  for (const p of greedy) inGreedy[p] = 1;
  let prefersMes = 0;
  let prefersGreedy = 0;
  for (const group of profile.groups) {
    let m = 0;
    let g = 0;
    for (const p of group.projects) {
      m += inMes[p]!;
      g += inGreedy[p]!;
    }
    if (measure === "satisfaction" ? m === 0 || g === 0 : m > 0 === g > 0) continue;
    if (measure === "satisfaction" ? m > g : m > 0) prefersMes += group.count;
    else if (measure === "satisfaction" ? g > m : g > 0) prefersGreedy += group.count;
  }
  return { prefersMes, prefersGreedy };
}
