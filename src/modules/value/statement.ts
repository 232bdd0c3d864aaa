import { createHash } from "node:crypto";
import { AppError } from "../../http/errors.ts";
import { type ContributionKind, type Equation, type KindAggregate, normalizeEquation, poolBp, unitsOf, type Weight } from "./equation.ts";
import { t } from "./messages.ts";
import { splitExactly } from "./split.ts";

export interface PersonInfo {
  id: string;
  handle: string;
  name: string;
}

/** One author's accepted contributions of one kind in the window (authorId null: imported from an unmapped author). */
export interface AuthorAggregate extends KindAggregate {
  authorId: string | null;
  contributions: number;
  minutes: bigint;
  lines: bigint;
}

/** One reviewer's reviews in the window; `wr` is the sum of their decay factors. */
export interface ReviewAggregate {
  reviewerId: string;
  reviews: number;
  wr: bigint;
}

export interface StatementInput {
  /** The commons or enterprise whose equation this is: part of what the hash covers. */
  scopeId: string;
  amount: bigint;
  currency: string;
  sourceAccount: string;
  windowFrom: string;
  windowTo: string;
  equation: Equation;
  contributions: readonly AuthorAggregate[];
  reviews: readonly ReviewAggregate[];
  /** Authors and reviewers, by id. */
  people: ReadonlyMap<string, PersonInfo>;
  /** People named by fixed shares, by handle. */
  recipients: ReadonlyMap<string, PersonInfo>;
}

export type LineKind = "fixed" | "contributor";

export interface StatementLine {
  position: number;
  kind: LineKind;
  label: string;
  person: PersonInfo | null;
  /** The account credited: a fixed share's own, or the person's `liabilities:contributors:<handle>`. */
  account: string;
  amount: bigint;
  /** Exact points in units (see POINT_UNIT); 0 on fixed shares. */
  units: bigint;
  contributions: number;
  minutes: bigint;
  lines: bigint;
  reviews: number;
}

export interface Statement {
  scopeId: string;
  amount: bigint;
  currency: string;
  sourceAccount: string;
  windowFrom: string;
  windowTo: string;
  equation: Equation;
  poolBp: number;
  poolAmount: bigint;
  totalUnits: bigint;
  /** Accepted contributions in the window by unknown authors: counted, never paid. */
  unknownContributions: number;
  lines: StatementLine[];
  hash: string;
}

export const contributorAccount = (handle: string) => `liabilities:contributors:${handle}`;

export const CONTRIBUTOR_LABEL = "Contributor share";

interface Tally {
  units: bigint;
  contributions: number;
  minutes: bigint;
  lines: bigint;
  reviews: number;
}

const emptyTally = (): Tally => ({ units: 0n, contributions: 0, minutes: 0n, lines: 0n, reviews: 0 });

/** Each known person's points and counts, whatever the order (or grouping) of the rows. */
function tallyPeople(input: StatementInput, equation: Equation) {
  const weights = new Map<ContributionKind, Weight>(equation.weights.map((w) => [w.kind, w]));
  const tallies = new Map<string, Tally>();
  const of = (id: string) => {
    let tally = tallies.get(id);
    if (!tally) {
      tally = emptyTally();
      tallies.set(id, tally);
    }
    return tally;
  };
  let unknown = 0;
  for (const a of input.contributions) {
    if (a.authorId === null) {
      unknown += a.contributions;
      continue;
    }
    const tally = of(a.authorId);
    tally.units += unitsOf(weights, a);
    tally.contributions += a.contributions;
    tally.minutes += a.minutes;
    tally.lines += a.lines;
  }
  const perReview = BigInt(equation.reviewPoints) * 6000n;
  for (const r of input.reviews) {
    const tally = of(r.reviewerId);
    tally.units += perReview * r.wr;
    tally.reviews += r.reviews;
  }
  return { tallies, unknown };
}

/**
 * The statement of a distribution: the fixed shares first, then the pool shared by points, each
 * exact to the minor unit (largest remainders), so the lines always sum to the amount. Contributors
 * are listed by points (most first), ties by person id; the same inputs give the same statement and
 * the same hash, whatever the order of the rows they came in.
 */
export function computeStatement(input: StatementInput): Statement {
  const equation = normalizeEquation(input.equation);
  const pool = poolBp(equation);
  const bucketKey = (i: number) => `b${String(i).padStart(4, "0")}`;
  const parts = splitExactly(input.amount, [
    ...equation.buckets.map((b, i) => ({ key: bucketKey(i), weight: BigInt(b.shareBp) })),
    { key: "pool", weight: BigInt(pool) },
  ]);
  const poolAmount = parts.get("pool") ?? 0n;

  const lines: StatementLine[] = equation.buckets.map((b, i) => {
    const person = "person" in b.recipient ? input.recipients.get(b.recipient.person) : undefined;
    if ("person" in b.recipient && !person) throw AppError.conflict(t("recipientGone", { label: b.label, handle: b.recipient.person }));
    return {
      position: i,
      kind: "fixed",
      label: b.label,
      person: person ?? null,
      account: person ? contributorAccount(person.handle) : (b.recipient as { account: string }).account,
      amount: parts.get(bucketKey(i)) ?? 0n,
      units: 0n,
      contributions: 0,
      minutes: 0n,
      lines: 0n,
      reviews: 0,
    };
  });

  const { tallies, unknown } = tallyPeople(input, equation);
  // Someone whose work (or reviews) this equation weighs at nothing is owed nothing, whatever the
  // amount: a €0 line would still open an account for them and list a "share" on their profile.
  const contributors = [...tallies]
    .filter(([, tally]) => tally.units > 0n)
    .map(([id, tally]) => {
      const person = input.people.get(id);
      if (!person) throw new Error(`person ${id} was not looked up`);
      return { person, tally };
    })
    .sort((a, b) => (a.tally.units === b.tally.units ? (a.person.id < b.person.id ? -1 : 1) : a.tally.units > b.tally.units ? -1 : 1));
  const totalUnits = contributors.reduce((sum, c) => sum + c.tally.units, 0n);
  if (poolAmount > 0n && totalUnits === 0n) {
    throw AppError.validation("body.windowTo", t("noPoints", { from: input.windowFrom, to: input.windowTo, percent: pool / 100 }));
  }
  const shares = splitExactly(
    poolAmount,
    contributors.map((c) => ({ key: c.person.id, weight: c.tally.units })),
  );
  for (const c of contributors) {
    lines.push({
      position: lines.length,
      kind: "contributor",
      label: CONTRIBUTOR_LABEL,
      person: c.person,
      account: contributorAccount(c.person.handle),
      amount: shares.get(c.person.id) ?? 0n,
      units: c.tally.units,
      contributions: c.tally.contributions,
      minutes: c.tally.minutes,
      lines: c.tally.lines,
      reviews: c.tally.reviews,
    });
  }

  const statement = {
    scopeId: input.scopeId,
    amount: input.amount,
    currency: input.currency,
    sourceAccount: input.sourceAccount,
    windowFrom: input.windowFrom,
    windowTo: input.windowTo,
    equation,
    poolBp: pool,
    poolAmount,
    totalUnits,
    unknownContributions: unknown,
    lines,
  };
  return { ...statement, hash: statementHash(statement) };
}

/** sha256 over a canonical JSON of the inputs and the lines (keys in a fixed order, big numbers as strings). */
export function statementHash(s: Omit<Statement, "hash">): string {
  const canonical = JSON.stringify([
    s.scopeId,
    String(s.amount),
    s.currency,
    s.sourceAccount,
    s.windowFrom,
    s.windowTo,
    s.equation,
    s.unknownContributions,
    s.lines.map((l) => [
      l.position,
      l.kind,
      l.label,
      l.person?.id ?? null,
      l.account,
      String(l.amount),
      String(l.units),
      l.contributions,
      String(l.minutes),
      String(l.lines),
      l.reviews,
    ]),
  ]);
  return createHash("sha256").update(canonical).digest("hex");
}
