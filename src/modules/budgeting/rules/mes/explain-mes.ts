import { factsOf } from "../explain-greedy.ts";
import type { Payment, ProjectExplanation, SpentOn } from "../explanation.ts";
import type { MesObserver, MesRunResult, Selection } from "./run.ts";
import type { MesSetup } from "./setup.ts";

/** Payments closer than this (in minor units) are one line of a project's payments. */
const SAME_AMOUNT = 1e-6;

/**
 * Watches the run that decided the outcome, and keeps what the results page shows: who paid what for
 * each funded project, and where the money of each other project's supporters went.
 */
export class MesExplainer implements MesObserver {
  readonly #setup: MesSetup;
  readonly #payments = new Map<number, Payment[]>();
  /** spent.get(c).get(w): what supporters of c paid for the funded w, and how many of them voted for w. */
  readonly #spent = new Map<number, Map<number, { voters: number; amount: number }>>();

  constructor(setup: MesSetup) {
    this.#setup = setup;
  }

  funded(selection: Selection, paymentOfGroup: (group: number) => number): void {
    const { profile, supporters, counts } = this.#setup;
    const w = selection.project;
    const byAmount = new Map<number, { voters: number; amount: number }>();
    for (const g of supporters[w]!) {
      const amount = paymentOfGroup(g);
      const count = counts[g]!;
      const key = Math.round(amount / SAME_AMOUNT);
      const line = byAmount.get(key);
      if (line) line.voters += count;
      else byAmount.set(key, { voters: count, amount });
      for (const c of profile.groups[g]!.projects) {
        if (c === w) continue;
        let toward = this.#spent.get(c);
        if (!toward) {
          toward = new Map();
          this.#spent.set(c, toward);
        }
        const spent = toward.get(w);
        if (spent) {
          spent.voters += count;
          spent.amount += count * amount;
        } else toward.set(w, { voters: count, amount: count * amount });
      }
    }
    this.#payments.set(
      w,
      [...byAmount.values()].filter((p) => p.amount > 0).sort((a, b) => b.amount - a.amount),
    );
  }

  /** Each project the run funded, and each it left (why, and where its supporters' money went), by index. */
  explain(run: MesRunResult): Map<number, ProjectExplanation> {
    const { profile, supporters, counts } = this.#setup;
    const explained = new Map<number, ProjectExplanation>();
    run.selections.forEach((s, i) => {
      const cost = profile.costs[s.project]!;
      explained.set(s.project, {
        ...factsOf(profile, s.project),
        status: "funded",
        by: "mes",
        round: i + 1,
        price: s.price,
        effectiveVotes: cost / s.price,
        rho: s.price / cost,
        moneyBehind: s.moneyBehind,
        payments: this.#payments.get(s.project) ?? [],
      });
    });
    profile.ids.forEach((_, p) => {
      if (explained.has(p)) return;
      const facts = factsOf(profile, p);
      if (facts.votes === 0) explained.set(p, { ...facts, status: "not-funded", reason: "no-votes" });
      else if (facts.cost === 0) explained.set(p, { ...facts, status: "not-funded", reason: "free" });
      else {
        let moneyBehind = 0;
        for (const g of supporters[p]!) moneyBehind += counts[g]! * run.budgetOf(g);
        const spentOn: SpentOn[] = [...(this.#spent.get(p) ?? new Map()).entries()]
          .filter(([, s]) => s.amount > 0)
          .map(([w, s]) => ({ project: profile.ids[w]!, voters: s.voters, amount: s.amount }))
          .sort((a, b) => b.amount - a.amount);
        explained.set(p, { ...facts, status: "not-funded", reason: "unaffordable", moneyBehind, spentOn });
      }
    });
    return explained;
  }
}
