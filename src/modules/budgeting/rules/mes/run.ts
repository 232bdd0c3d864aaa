import { add, compare, div, mul, type Rational, rational, sub, times, toNumber, ZERO } from "../rational.ts";
import type { TieOrder } from "../tie-breaking.ts";
import { EMPTY, EPS, ROOT } from "./budget-classes.ts";
import type { MesSetup } from "./setup.ts";

/**
 * One run of the Method of Equal Shares with cost utilities, at a given endowment per voter: the rule
 * of Peters, Pierczyński and Skowron as pabutools (`rules/mes/mes_rule.py`, `mes_inner_algo`) and
 * equalshares.net's compute tool (`equalSharesFixedBudget…`) implement it, and with their results:
 *
 * - The candidates are the projects that cost something and that someone voted for (both tools
 *   leave out the others: under cost utilities a free project gives nobody anything).
 * - Each round, a project is affordable when its supporters have at least its cost left between them.
 *   Its price is the least amount p such that the supporters, each paying p or all it has left when
 *   that is less, pay its cost; its ρ (pabutools' "affordability", p divided by its cost; the inverse
 *   of equalshares.net's "effective vote count") measures how cheaply it buys each unit of utility.
 *   The affordable project with the least ρ is funded, its supporters pay, and unaffordable projects
 *   are never looked at again (budgets only fall).
 * - Equal ρ (exactly equal) are broken by the tie order (tie-breaking.ts).
 * - ρ only rises within a run, so projects are looked at in order of the ρ they had when last looked
 *   at, and the round stops at the first whose old ρ is already worse than the best found: the lazy
 *   evaluation both tools use.
 *
 * Exactness: budgets and prices are doubles carrying a bound on their error (budget-classes.ts). Every
 * decision — is a project affordable, which supporters pay everything they have, which ρ is least,
 * are two ρ equal — is taken on the doubles only when the bounds keep the two sides apart; otherwise
 * it is taken on exact fractions (rational.ts), computed from the recorded prices. The outcome is the
 * exact rule's, as a test checks against a plain rational implementation on random elections.
 */

/** A project looked at in a round: its supporters by class, and its price. */
export interface Evaluation {
  readonly project: number;
  readonly classes: Int32Array;
  readonly counts: Float64Array;
  /** classes[0…boundary) pay all they have; classes[boundary…] pay the price (sorted by budget only on the exact path). */
  readonly boundary: number;
  /** The supporters' money (≥ its cost). */
  readonly moneyBehind: number;
  /** What each supporter who can afford it pays (the others pay all they have left). */
  readonly price: number;
  readonly priceError: number;
  exactPrice?: Rational;
}

/** A project the run funded: its evaluation when it was chosen, and how many paid the full price. */
export interface Selection extends Evaluation {
  readonly richCount: number;
}

/** What a run lets an explanation see as each project is funded (see explain-mes.ts). */
export interface MesObserver {
  funded(selection: Selection, paymentOfGroup: (group: number) => number): void;
}

export interface MesRunResult {
  /** Funded projects, in the order funded. */
  readonly winners: readonly number[];
  readonly selections: readonly Selection[];
  readonly cost: number;
  /** What a voter of the group has left at the end of the run (a double); valid until the setup's next run. */
  budgetOf(group: number): number;
}

export function runMes(setup: MesSetup, endowment: Rational, order: TieOrder, observer?: MesObserver): MesRunResult {
  const { profile, supporters, counts, workspace: ws } = setup;
  const { classes, cls } = ws;
  classes.reset(endowment);
  cls.fill(ROOT); // every group starts in ROOT, holding the endowment
  const selections: Selection[] = [];

  const exactPrice = (s: number): Rational => {
    const sel = selections[s]!;
    if (!sel.exactPrice) {
      let poorMoney = ZERO;
      for (let i = 0; i < sel.boundary; i++) poorMoney = add(poorMoney, times(classes.exact(sel.classes[i]!, exactPrice), sel.counts[i]!));
      sel.exactPrice = div(sub(rational(profile.costs[sel.project]!), poorMoney), rational(sel.richCount));
    }
    return sel.exactPrice;
  };
  const exactOf = (k: number) => classes.exact(k, exactPrice);

  /** Gathers the project's supporters by class into touched[0…n) and gathered[0…n) (the empty class left out); returns n. */
  function supportersByClass(project: number): number {
    ws.fit();
    const { acc, touched, gathered } = ws;
    const groups = supporters[project]!;
    let n = 0;
    for (let i = 0; i < groups.length; i++) {
      const g = groups[i]!;
      const k = cls[g]!;
      if (k === EMPTY) continue;
      if (acc[k] === 0) touched[n++] = k;
      acc[k]! += counts[g]!;
    }
    for (let i = 0; i < n; i++) {
      gathered[i] = acc[touched[i]!]!;
      acc[touched[i]!] = 0;
    }
    return n;
  }

  /** Orders a project's classes by budget, using `less` (doubles or exact), with their counts alongside. */
  function sortClasses(ks: Int32Array, ms: Float64Array, less: (a: number, b: number) => number) {
    const idx = Array.from(ks.keys()).sort((a, b) => less(ks[a]!, ks[b]!));
    return { classes: Int32Array.from(idx, (i) => ks[i]!), counts: Float64Array.from(idx, (i) => ms[i]!) };
  }

  /** The evaluation on exact fractions, for when the doubles cannot decide; null when unaffordable. */
  function evaluateExactly(project: number, ks: Int32Array, ms: Float64Array): Evaluation | null {
    const cost = rational(profile.costs[project]!);
    let money = ZERO;
    ks.forEach((k, i) => {
      money = add(money, times(exactOf(k), ms[i]!));
    });
    if (compare(money, cost) < 0) return null;
    const sorted = sortClasses(ks, ms, (a, b) => compare(exactOf(a), exactOf(b)));
    let paid = ZERO;
    let denominator = sorted.counts.reduce((s, m) => s + m, 0);
    let boundary = 0;
    let price = ZERO;
    for (; boundary < sorted.classes.length; boundary++) {
      const k = sorted.classes[boundary]!;
      price = div(sub(cost, paid), rational(denominator));
      if (compare(price, exactOf(k)) <= 0) break;
      paid = add(paid, times(exactOf(k), sorted.counts[boundary]!));
      denominator -= sorted.counts[boundary]!;
    }
    const p = toNumber(price);
    return { project, ...sorted, boundary, moneyBehind: toNumber(money), price: p, priceError: 4 * EPS * p, exactPrice: price };
  }

  function evaluate(project: number): Evaluation | null {
    const cost = profile.costs[project]!;
    const n = supportersByClass(project);
    const ks = ws.touched.subarray(0, n);
    const ms = ws.gathered.subarray(0, n);
    const exactly = () => evaluateExactly(project, ks.slice(), ms.slice());
    let money = 0;
    let moneyError = 0;
    let magnitude = 0;
    let worstError = 0;
    for (let i = 0; i < ks.length; i++) {
      const v = classes.value[ks[i]!]!;
      const e = classes.error[ks[i]!]!;
      money += ms[i]! * v;
      moneyError += ms[i]! * e;
      magnitude += ms[i]! * Math.abs(v);
      worstError = Math.max(worstError, e);
    }
    moneyError = 2 * (moneyError + (ks.length + 2) * 2 * EPS * magnitude);
    if (money + moneyError < cost) return null;
    if (money - moneyError < cost) return exactly();
    // The price, by pabutools' poor/rich refinement rather than a sort (classes run to thousands): the
    // price is at least what it would be if everyone paid it, so whoever holds less than that pays all it
    // has; that raises the price, which may make more supporters poor, until no more are.
    const poor = ws.poorMark.subarray(0, n).fill(0);
    let total = 0;
    for (let i = 0; i < ks.length; i++) total += ms[i]!;
    let paid = 0;
    let paidError = 0;
    let poorCount = 0;
    let poorClasses = 0;
    let price = cost / total;
    for (let changed = true; changed; ) {
      changed = false;
      for (let i = 0; i < ks.length; i++) {
        const v = classes.value[ks[i]!]!;
        if (poor[i] === 1 || v >= price) continue;
        poor[i] = 1;
        paid += ms[i]! * v;
        paidError += ms[i]! * classes.error[ks[i]!]!;
        poorCount += ms[i]!;
        poorClasses++;
        changed = true;
      }
      if (poorCount === total) return exactly();
      price = (cost - paid) / (total - poorCount);
    }
    const priceError = 2 * ((paidError + (poorClasses + 2) * 2 * EPS * (cost + paid)) / (total - poorCount) + 2 * EPS * price);
    // Every class that pays all it has must hold surely less than the price, every other surely as much.
    const margin = priceError + worstError;
    const partition = { classes: new Int32Array(ks.length), counts: new Float64Array(ks.length) };
    let nextPoor = 0;
    let nextRich = poorClasses;
    for (let i = 0; i < ks.length; i++) {
      const v = classes.value[ks[i]!]!;
      if (poor[i] === 1 ? v + margin >= price : v - margin < price) return exactly();
      const at = poor[i] === 1 ? nextPoor++ : nextRich++;
      partition.classes[at] = ks[i]!;
      partition.counts[at] = ms[i]!;
    }
    return { project, ...partition, boundary: poorClasses, moneyBehind: money, price, priceError };
  }

  const exactPriceOf = (ev: Evaluation): Rational => {
    if (!ev.exactPrice) ev.exactPrice = evaluateExactly(ev.project, ev.classes, ev.counts)!.exactPrice!;
    return ev.exactPrice;
  };
  const rhoBounds = (ev: Evaluation): [number, number] => {
    const cost = profile.costs[ev.project]!;
    return [((ev.price - ev.priceError) / cost) * (1 - 4 * EPS), ((ev.price + ev.priceError) / cost) * (1 + 4 * EPS)];
  };
  /** Compares two projects' ρ (price ÷ cost): on doubles when their bounds are apart, exactly otherwise. */
  function compareRho(a: Evaluation, b: Evaluation): number {
    const [aLow, aHigh] = rhoBounds(a);
    const [bLow, bHigh] = rhoBounds(b);
    if (aHigh < bLow) return -1;
    if (bHigh < aLow) return 1;
    const ca = rational(profile.costs[a.project]!);
    const cb = rational(profile.costs[b.project]!);
    return compare(mul(exactPriceOf(a), cb), mul(exactPriceOf(b), ca));
  }

  function fund(ev: Evaluation) {
    const s = selections.length;
    let richCount = 0;
    for (let i = ev.boundary; i < ev.counts.length; i++) richCount += ev.counts[i]!;
    const selection: Selection = { ...ev, richCount };
    selections.push(selection);
    ws.fit();
    const { payment, transition } = ws;
    transition[EMPTY] = EMPTY;
    for (let i = 0; i < ev.classes.length; i++) {
      const k = ev.classes[i]!;
      payment[k] = i < ev.boundary ? classes.value[k]! : ev.price;
      // A class that pays exactly what it has is empty after; the doubles only come that close on the exact path.
      const emptied = i < ev.boundary || (ev.exactPrice !== undefined && compare(exactOf(k), ev.exactPrice) === 0);
      transition[k] = emptied ? EMPTY : classes.child(k, s, ev.price, ev.priceError);
    }
    observer?.funded(selection, (g) => (cls[g] === EMPTY ? 0 : payment[cls[g]!]!));
    const funded = supporters[ev.project]!;
    for (let i = 0; i < funded.length; i++) cls[funded[i]!] = transition[cls[funded[i]!]!]!;
  }

  // Lower bounds on each candidate's ρ, from when it was last looked at; at first every supporter can pay.
  const lower = new Float64Array(profile.ids.length);
  for (const c of setup.candidates) lower[c] = (1 / profile.votes[c]!) * (1 - 4 * EPS);
  let remaining = [...setup.candidates];
  for (;;) {
    remaining.sort((a, b) => lower[a]! - lower[b]!);
    let best: Evaluation[] = [];
    let bestHigh = Number.POSITIVE_INFINITY;
    const kept: number[] = [];
    for (let i = 0; i < remaining.length; i++) {
      const c = remaining[i]!;
      if (best.length > 0 && lower[c]! > bestHigh) {
        for (let j = i; j < remaining.length; j++) kept.push(remaining[j]!);
        break;
      }
      const ev = evaluate(c);
      if (!ev) continue; // unaffordable now, so for the rest of the run
      kept.push(c);
      lower[c] = rhoBounds(ev)[0];
      const versus = best.length === 0 ? -1 : compareRho(ev, best[0]!);
      if (versus < 0) {
        best = [ev];
        bestHigh = rhoBounds(ev)[1];
      } else if (versus === 0) best.push(ev);
    }
    if (best.length === 0) break;
    const chosen = best.reduce((a, b) => (order(a.project, b.project) <= 0 ? a : b));
    fund(chosen);
    remaining = kept.filter((c) => c !== chosen.project);
  }

  const winners = selections.map((s) => s.project);
  return {
    winners,
    selections,
    cost: winners.reduce((sum, p) => sum + profile.costs[p]!, 0),
    budgetOf: (g) => (cls[g] === EMPTY ? 0 : classes.value[cls[g]!]!),
  };
}
