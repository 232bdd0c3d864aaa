// Exact fractions over BigInt, for every comparison of money that floating point cannot settle:
// the Method of Equal Shares divides costs among supporters, so its prices and budgets are fractions
// whose denominators grow with each project funded. Values are kept in lowest terms with a positive
// denominator, so equal fractions have equal parts.

export interface Rational {
  readonly n: bigint;
  readonly d: bigint;
}

const abs = (x: bigint) => (x < 0n ? -x : x);

function gcd(a: bigint, b: bigint): bigint {
  let x = abs(a);
  let y = abs(b);
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
}

export function rational(n: bigint | number, d: bigint | number = 1n): Rational {
  let num = BigInt(n);
  let den = BigInt(d);
  if (den === 0n) throw new RangeError("division by zero");
  if (den < 0n) {
    num = -num;
    den = -den;
  }
  const g = gcd(num, den);
  return g > 1n ? { n: num / g, d: den / g } : { n: num, d: den };
}

export const ZERO = rational(0);

export const add = (a: Rational, b: Rational) => (a.d === b.d ? rational(a.n + b.n, a.d) : rational(a.n * b.d + b.n * a.d, a.d * b.d));
export const sub = (a: Rational, b: Rational) => (a.d === b.d ? rational(a.n - b.n, a.d) : rational(a.n * b.d - b.n * a.d, a.d * b.d));
export const mul = (a: Rational, b: Rational) => rational(a.n * b.n, a.d * b.d);
export const div = (a: Rational, b: Rational) => rational(a.n * b.d, a.d * b.n);
/** a × k for a whole number k (a multiplicity, a count of voters). */
export const times = (a: Rational, k: number | bigint) => rational(a.n * BigInt(k), a.d);

/** −1, 0 or 1 as a is less than, equal to or greater than b. */
export function compare(a: Rational, b: Rational): -1 | 0 | 1 {
  const l = a.n * b.d;
  const r = b.n * a.d;
  return l < r ? -1 : l > r ? 1 : 0;
}

export const isZero = (a: Rational) => a.n === 0n;
export const min = (a: Rational, b: Rational) => (compare(a, b) <= 0 ? a : b);

/** The nearest double (for display and as the fast path's starting point), exact for ordinary magnitudes. */
export function toNumber(a: Rational): number {
  const whole = a.n / a.d;
  const rest = a.n - whole * a.d;
  // Dividing the remainder separately keeps precision when numerator and denominator are both huge.
  return Number(whole) + scaledRatio(rest, a.d);
}

function scaledRatio(n: bigint, d: bigint): number {
  if (n === 0n) return 0;
  const shift = BigInt(Math.max(0, d.toString(2).length - 60));
  return Number(n >> shift) / Number(d >> shift);
}

/** "n/d", or "n" for a whole number: how exact values are stored and served. */
export const format = (a: Rational) => (a.d === 1n ? a.n.toString() : `${a.n}/${a.d}`);

/** Reads what `format` writes. */
export function parseRational(text: string): Rational {
  const m = /^(-?\d+)(?:\/(\d+))?$/.exec(text);
  if (!m) throw new SyntaxError(`not a fraction: ${text}`);
  return rational(BigInt(m[1]!), BigInt(m[2] ?? 1));
}
