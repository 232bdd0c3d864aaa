// A deliberately plain Method of Equal Shares, written from the definition to check the fast one
// against: one budget per voter, exact fractions everywhere, every project looked at every round, no
// grouping, no doubles, no laziness. Slow, and only for small elections in tests.

import { add, compare, div, type Rational, rational, sub, ZERO } from "../rational.ts";
import { compareIds, type TieBreaking } from "../tie-breaking.ts";

export interface PlainElection {
  readonly ids: readonly string[];
  readonly costs: readonly number[];
  readonly budget: number;
  readonly currencyUnit: number;
  /** Each voter's approved projects (indices); an empty list is a voter who approved nothing. */
  readonly approvals: readonly (readonly number[])[];
}

const votesOf = (e: PlainElection, p: number) => e.approvals.filter((a) => a.includes(p)).length;

/** Is a preferred to b when the rule cannot tell them apart? */
function preferred(e: PlainElection, tieBreaking: TieBreaking, a: number, b: number): boolean {
  const byId = compareIds(e.ids[a]!, e.ids[b]!) < 0;
  if (tieBreaking === "id") return byId;
  if (e.costs[a] !== e.costs[b]) return e.costs[a]! < e.costs[b]!;
  if (votesOf(e, a) !== votesOf(e, b)) return votesOf(e, a) > votesOf(e, b);
  return byId;
}

/** The least p such that the supporters, each paying p or all it has when that is less, pay `cost`. */
function priceFor(cost: Rational, budgets: Rational[]): Rational {
  const sorted = [...budgets].sort(compare);
  let paid = ZERO;
  for (let i = 0; i < sorted.length; i++) {
    const p = div(sub(cost, paid), rational(sorted.length - i));
    if (compare(p, sorted[i]!) <= 0) return p;
    paid = add(paid, sorted[i]!);
  }
  throw new Error("not affordable");
}

export function plainMes(e: PlainElection, endowment: Rational, tieBreaking: TieBreaking): number[] {
  const budgets = e.approvals.map(() => endowment);
  const winners: number[] = [];
  for (;;) {
    let best: { project: number; rho: Rational; price: Rational } | null = null;
    for (let p = 0; p < e.ids.length; p++) {
      const supporters = e.approvals.flatMap((a, i) => (a.includes(p) ? [i] : []));
      if (winners.includes(p) || e.costs[p] === 0 || supporters.length === 0) continue;
      const cost = rational(e.costs[p]!);
      const money = supporters.reduce((sum, i) => add(sum, budgets[i]!), ZERO);
      if (compare(money, cost) < 0) continue;
      const price = priceFor(
        cost,
        supporters.map((i) => budgets[i]!),
      );
      const rho = div(price, cost);
      const versus = best === null ? -1 : compare(rho, best.rho);
      if (versus < 0 || (versus === 0 && best !== null && preferred(e, tieBreaking, p, best.project))) best = { project: p, rho, price };
    }
    if (best === null) return winners;
    winners.push(best.project);
    e.approvals.forEach((a, i) => {
      if (a.includes(best.project)) budgets[i] = compare(budgets[i]!, best.price) <= 0 ? ZERO : sub(budgets[i]!, best.price);
    });
  }
}

const costOf = (e: PlainElection, ps: readonly number[]) => ps.reduce((s, p) => s + e.costs[p]!, 0);

/** Greedy by votes, from `initial`: the utilitarian completion, and the comparison step's other outcome. */
export function plainGreedyByVotes(e: PlainElection, tieBreaking: TieBreaking, initial: readonly number[]): number[] {
  const order = e.ids.map((_, p) => p).filter((p) => !initial.includes(p));
  order.sort((a, b) => votesOf(e, b) - votesOf(e, a) || (preferred(e, tieBreaking, a, b) ? -1 : 1));
  const winners = [...initial];
  for (const p of order) if (costOf(e, winners) + e.costs[p]! <= e.budget) winners.push(p);
  return winners;
}

export interface PlainOptions {
  readonly completion: "none" | "add1" | "add1-nostop" | "add1u";
  readonly start: "floor" | "exact";
  readonly tieBreaking: TieBreaking;
  readonly comparison: "satisfaction" | "exclusion-ratio" | null;
}

/** MES with its completion and comparison step, read straight from equalshares.net's description. */
export function plainEqualShares(e: PlainElection, o: PlainOptions): { winners: number[]; endowment: Rational } {
  const n = e.approvals.length;
  const fair = rational(e.budget, Math.max(1, n));
  const everythingFits =
    costOf(
      e,
      e.ids.map((_, p) => p),
    ) <= e.budget;
  let endowment = fair;
  let winners: number[];
  if (o.completion === "none" || n === 0 || (everythingFits && o.start === "floor")) {
    winners = plainMes(e, fair, o.tieBreaking);
  } else {
    endowment = o.start === "exact" ? fair : rational(Math.floor(e.budget / (n * e.currencyUnit)) * e.currencyUnit);
    winners = plainMes(e, endowment, o.tieBreaking);
    const candidates = e.ids.map((_, p) => p).filter((p) => e.costs[p]! > 0 && votesOf(e, p) > 0);
    const exhaustive = (w: number[]) => e.ids.every((_, p) => w.includes(p) || costOf(e, w) + e.costs[p]! > e.budget);
    while (!(o.completion !== "add1-nostop" && exhaustive(winners)) && !candidates.every((c) => winners.includes(c))) {
      const raised = add(endowment, rational(e.currencyUnit));
      const next = plainMes(e, raised, o.tieBreaking);
      if (costOf(e, next) > e.budget) break;
      endowment = raised;
      winners = next;
    }
  }
  if (o.completion === "add1u") winners = plainGreedyByVotes(e, o.tieBreaking, winners);
  if (o.comparison) {
    const greedy = plainGreedyByVotes(e, o.tieBreaking, []);
    const count = (w: number[], a: readonly number[]) => a.filter((p) => w.includes(p)).length;
    let mesBetter = 0;
    let greedyBetter = 0;
    for (const a of e.approvals) {
      const m = count(winners, a);
      const g = count(greedy, a);
      // equalshares.net counts only voters with a funded project in both outcomes (see comparison.ts).
      const counted = o.comparison === "exclusion-ratio" ? m > 0 !== g > 0 : m > 0 && g > 0;
      if (counted && (o.comparison === "exclusion-ratio" ? m > 0 : m > g)) mesBetter++;
      if (counted && (o.comparison === "exclusion-ratio" ? g > 0 : g > m)) greedyBetter++;
    }
    if (greedyBetter > mesBetter) winners = greedy;
  }
  return { winners, endowment };
}
