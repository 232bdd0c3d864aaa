import { add, type Rational, rational, toNumber } from "../rational.ts";
import type { TieOrder } from "../tie-breaking.ts";
import { type MesRunResult, runMes } from "./run.ts";
import type { MesSetup } from "./setup.ts";

export const COMPLETIONS = ["none", "add1", "add1-nostop", "add1u"] as const;
export type Completion = (typeof COMPLETIONS)[number];

/** Where Add1 starts each voter's share. */
export const ENDOWMENT_STARTS = ["floor", "exact"] as const;
export type EndowmentStart = (typeof ENDOWMENT_STARTS)[number];

export interface Add1Options {
  readonly completion: Completion;
  /**
   * `floor` (the default): ⌊budget / voters⌋ whole currency units, equalshares.net's compute tool with
   * its default "integral" option, as Wieliczka, Świecie and Aarau ran it. `exact`: budget / voters,
   * as pabutools' `exhaustion_by_budget_increase(…, budget_step=len(profile))` and
   * `method_of_equal_shares(…, voter_budget_increment=1)` start.
   */
  readonly start?: EndowmentStart;
  /** What each step adds to every voter's share, in minor units; one currency unit when absent. */
  readonly increment?: number;
  /** Called after each run of a raised share (the CLI's progress line). */
  readonly onStep?: (step: { readonly step: number; readonly endowment: number; readonly cost: number }) => void;
}

export interface EqualSharesOutcome {
  readonly run: MesRunResult;
  readonly endowment: Rational;
  readonly initialEndowment: Rational;
  /** How many times Add1 raised the share (0 without Add1). */
  readonly steps: number;
  /** Add1 was skipped because every project fits in the budget together (equalshares.net's shortcut). */
  readonly everythingAffordable: boolean;
}

/**
 * The Method of Equal Shares with its Add1 completion, as equalshares.net's compute tool runs it
 * (`equalSharesAdd1`), which pabutools' budget-increase completions follow too:
 *
 * 1. Without Add1 (completion `none`), one run at budget / voters; equalshares.net does the same when
 *    every project fits in the budget together (pabutools, and so the `exact` start, raises the share
 *    even then, until every project anyone voted for is funded).
 * 2. Otherwise the share starts at `start`, and while the outcome is not exhaustive (some project left
 *    out, whether anyone voted for it or not, would still fit in the budget: equalshares.net looks at
 *    every project, as pabutools' `exhaustion_by_budget_increase` does), the run is repeated with every
 *    share raised by `increment`; the raised outcome is kept if it costs no more than the budget, and
 *    the loop stops at the first that would overspend. `add1-nostop` skips the exhaustiveness test and
 *    raises until the next outcome would overspend.
 * 3. Once a run funds every project anyone voted for, raising further changes nothing (equalshares.net
 *    would then loop for ever when a project nobody voted for still fits); the loop stops there.
 */
export function equalSharesWithAdd1(setup: MesSetup, order: TieOrder, options: Add1Options): EqualSharesOutcome {
  const { profile } = setup;
  const budget = profile.budget;
  const fair = rational(budget, Math.max(1, profile.voters));
  const everythingAffordable = profile.costs.reduce((s, c) => s + c, 0) <= budget;
  const skipAdd1 = options.completion === "none" || profile.voters === 0 || (everythingAffordable && options.start !== "exact");
  if (skipAdd1) {
    return { run: runMes(setup, fair, order), endowment: fair, initialEndowment: fair, steps: 0, everythingAffordable };
  }
  const unit = BigInt(profile.currencyUnit);
  const increment = rational(options.increment ?? profile.currencyUnit);
  const start = options.start === "exact" ? fair : rational((BigInt(budget) / (BigInt(profile.voters) * unit)) * unit);
  const stopWhenExhaustive = options.completion !== "add1-nostop";
  const isExhaustive = (run: MesRunResult) => {
    const funded = new Set(run.winners);
    return profile.costs.every((c, p) => funded.has(p) || run.cost + c > budget);
  };
  let endowment = start;
  let run = runMes(setup, start, order);
  let steps = 0;
  while (!(stopWhenExhaustive && isExhaustive(run)) && run.winners.length < setup.candidates.length) {
    const raised = add(endowment, increment);
    const next = runMes(setup, raised, order);
    options.onStep?.({ step: steps + 1, endowment: toNumber(raised), cost: next.cost });
    if (next.cost > budget) break;
    endowment = raised;
    run = next;
    steps++;
  }
  return { run, endowment, initialEndowment: start, steps, everythingAffordable };
}
