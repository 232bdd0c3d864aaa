import { type Rational, sub, toNumber, ZERO } from "../rational.ts";

/**
 * What voters have left during one run of the Method of Equal Shares, by class. Under cost utilities a
 * supporter of a funded project pays either the project's price (when it can) or everything it has
 * left; so a voter's budget is the endowment minus the prices of the funded projects it paid in full,
 * or nothing. Voters who paid in full for the same funded projects hold the same budget, whatever else
 * they voted for: that is a class. A run has a few hundred classes where it has tens of thousands of
 * distinct ballots, and each class's budget is known two ways: as a double with a bound on its error
 * (the fast path), and exactly, as a fraction computed only when a comparison is too close for the
 * double (see run.ts).
 */
export const ROOT = 0;
/** Voters with nothing left. */
export const EMPTY = 1;

/** The relative error of one double operation (2⁻⁵²), doubled again in every bound for safety. */
export const EPS = 2 ** -52;

export class BudgetClasses {
  value = new Float64Array(256);
  /** A bound on |value − exact value|. */
  error = new Float64Array(256);
  #parent = new Int32Array(256);
  /** The selection (index in the run's list of funded projects) whose price the class paid last. */
  #selection = new Int32Array(256);
  #exact: (Rational | undefined)[] = [];
  size = 2;

  /** Starts a run: every voter in ROOT with the endowment, no class beyond EMPTY (the arrays are kept). */
  reset(endowment: Rational): void {
    this.size = 2;
    this.value[ROOT] = toNumber(endowment);
    this.error[ROOT] = 2 * EPS * this.value[ROOT];
    this.value[EMPTY] = this.error[EMPTY] = 0;
    this.#exact = [endowment, ZERO];
    this.#parent[ROOT] = this.#parent[EMPTY] = -1;
  }

  /** The class of voters of class `k` after paying `price` (± `priceError`) for selection `selection`. */
  child(k: number, selection: number, price: number, priceError: number): number {
    if (this.size === this.value.length) this.#grow();
    const c = this.size++;
    const v = this.value[k]! - price;
    this.value[c] = v;
    this.error[c] = this.error[k]! + priceError + 2 * EPS * (Math.abs(this.value[k]!) + Math.abs(price));
    this.#parent[c] = k;
    this.#selection[c] = selection;
    return c;
  }

  /** The exact budget of class `k`, given the exact price of each selection (memoised along the chain). */
  exact(k: number, priceOf: (selection: number) => Rational): Rational {
    const known = this.#exact[k];
    if (known) return known;
    const value = sub(this.exact(this.#parent[k]!, priceOf), priceOf(this.#selection[k]!));
    this.#exact[k] = value;
    return value;
  }

  #grow() {
    const widen = <T extends Float64Array | Int32Array>(a: T, make: (n: number) => T): T => {
      const b = make(a.length * 2);
      b.set(a);
      return b;
    };
    this.value = widen(this.value, (n) => new Float64Array(n));
    this.error = widen(this.error, (n) => new Float64Array(n));
    this.#parent = widen(this.#parent, (n) => new Int32Array(n));
    this.#selection = widen(this.#selection, (n) => new Int32Array(n));
  }
}
