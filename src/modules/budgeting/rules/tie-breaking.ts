import type { Profile } from "./profile.ts";

/**
 * How projects that a rule cannot tell apart are ordered (equal effective support under the Method
 * of Equal Shares, equal score under greedy):
 * - `min-cost,max-votes`: the cheaper project first, then the one more voters named, then the project
 *   id. This is equalshares.net's recommended order (its tool's `minCost`, `maxVotes`); where that tool
 *   stops with an error because even those agree, the project id decides, so a result always exists.
 * - `id`: by project id alone, as pabutools' default `lexico_tie_breaking` does.
 * Ids compare by Unicode code points, as Python compares strings ("10" before "9").
 */
export const TIE_BREAKINGS = ["min-cost,max-votes", "id"] as const;
export type TieBreaking = (typeof TIE_BREAKINGS)[number];

export function compareIds(a: string, b: string): number {
  if (a === b) return 0;
  const x = [...a];
  const y = [...b];
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    const d = x[i]!.codePointAt(0)! - y[i]!.codePointAt(0)!;
    if (d !== 0) return d;
  }
  return x.length - y.length;
}

/** A comparator of project indices: negative when the first is preferred. */
export type TieOrder = (a: number, b: number) => number;

export function tieOrder(profile: Profile, tieBreaking: TieBreaking): TieOrder {
  const byId: TieOrder = (a, b) => compareIds(profile.ids[a]!, profile.ids[b]!);
  if (tieBreaking === "id") return byId;
  return (a, b) => profile.costs[a]! - profile.costs[b]! || profile.votes[b]! - profile.votes[a]! || byId(a, b);
}
