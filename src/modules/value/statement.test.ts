import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CONTRIBUTION_KINDS } from "../contributions/schema.ts";
import { DECAY_SCALE, DEFAULT_EQUATION, type Equation, POINT_UNIT, pointsText } from "./equation.ts";
import { type AuthorAggregate, computeStatement, type PersonInfo, type ReviewAggregate, type StatementInput } from "./statement.ts";

const PEOPLE: PersonInfo[] = Array.from({ length: 8 }, (_, i) => ({
  id: `00000000-0000-4000-8000-00000000000${i}`,
  handle: `p${i}`,
  name: `P ${i}`,
}));
const byId = new Map(PEOPLE.map((p) => [p.id, p]));
const byHandle = new Map(PEOPLE.map((p) => [p.handle, p]));

const kind = fc.constantFrom(...CONTRIBUTION_KINDS);
const factor = fc.bigInt({ min: 0n, max: DECAY_SCALE });

/** One accepted contribution as the aggregate query would fold it in (its decay factor already applied). */
const contribution = fc.record({
  author: fc.option(fc.constantFrom(...PEOPLE.map((p) => p.id)), { nil: null, freq: 6 }),
  kind,
  minutes: fc.integer({ min: 0, max: 60_000 }),
  lines: fc.integer({ min: 0, max: 100_000 }),
  factor,
});
const review = fc.record({ reviewer: fc.constantFrom(...PEOPLE.map((p) => p.id)), factor });

const weight = fc.integer({ min: 0, max: 10_000 });
const equation: fc.Arbitrary<Equation> = fc.record({
  buckets: fc.array(
    fc.record({
      label: fc.constantFrom("Infrastructure", "Founders", "Reserve"),
      shareBp: fc.integer({ min: 1, max: 4000 }),
      recipient: fc.oneof(
        fc.record({ person: fc.constantFrom("p0", "p1") }),
        fc.record({ account: fc.constant("equity:retained-surplus") }),
      ),
    }),
    { maxLength: 2 },
  ),
  weights: fc.uniqueArray(fc.record({ kind, perContribution: weight, perHour: weight, perHundredLines: weight }), {
    selector: (w) => w.kind,
  }),
  reviewPoints: fc.integer({ min: 0, max: 100_000 }),
  windowDays: fc.constant(365),
  halfLifeDays: fc.constant(null),
});

type Row = { author: string | null; kind: (typeof CONTRIBUTION_KINDS)[number]; minutes: number; lines: number; factor: bigint };

/** Folds contributions one row each (not grouped), which the statement must treat the same as grouped rows. */
const aggregates = (rows: Row[]): AuthorAggregate[] =>
  rows.map((r) => ({
    authorId: r.author,
    kind: r.kind,
    contributions: 1,
    minutes: BigInt(r.minutes),
    lines: BigInt(r.lines),
    wc: r.factor,
    wm: r.factor * BigInt(r.minutes),
    wl: r.factor * BigInt(r.lines),
  }));

const reviews = (rows: { reviewer: string; factor: bigint }[]): ReviewAggregate[] =>
  rows.map((r) => ({ reviewerId: r.reviewer, reviews: 1, wr: r.factor }));

const input = (eq: Equation, amount: bigint, rows: Row[], revs: { reviewer: string; factor: bigint }[]): StatementInput => ({
  scopeId: "scope",
  amount,
  currency: "EUR",
  sourceAccount: "expenses:contributors",
  windowFrom: "2025-01-02",
  windowTo: "2026-01-01",
  equation: eq,
  contributions: aggregates(rows),
  reviews: reviews(revs),
  people: byId,
  recipients: byHandle,
});

/** Runs the statement, or reports that the pool had no one to go to (the one refusal). */
function attempt(i: StatementInput) {
  try {
    return computeStatement(i);
  } catch (err) {
    if ((err as { errors?: { path: string }[] }).errors?.[0]?.path === "body.windowTo") return null;
    throw err;
  }
}

const shuffled = <T>(xs: T[], seed: number) =>
  xs
    .map((x, i) => ({ x, k: (i * 2654435761 + seed) % 4294967296 }))
    .sort((a, b) => a.k - b.k)
    .map((e) => e.x);

describe("computeStatement", () => {
  it("shares exactly, never negatively, the same whatever the rows' order, more points never getting less", () => {
    fc.assert(
      fc.property(
        equation,
        fc.bigInt({ min: 1n, max: 10n ** 15n }),
        fc.array(contribution, { maxLength: 40 }),
        fc.array(review, { maxLength: 10 }),
        fc.integer(),
        (eq, amount, rows, revs, seed) => {
          const s = attempt(input(eq, amount, rows, revs));
          if (!s) {
            // Refused only when the pool has a share to give.
            expect(eq.buckets.reduce((a, b) => a + b.shareBp, 0)).toBeLessThan(10_000);
            return;
          }
          expect(s.lines.reduce((a, l) => a + l.amount, 0n)).toBe(amount);
          expect(s.lines.every((l) => l.amount >= 0n)).toBe(true);
          expect(s.unknownContributions).toBe(rows.filter((r) => r.author === null).length);
          const again = computeStatement(input(eq, amount, shuffled(rows, seed), shuffled(revs, seed + 1)));
          expect(again).toEqual(s);
          const pool = s.lines.filter((l) => l.kind === "contributor");
          for (const a of pool) for (const b of pool) if (a.units > b.units) expect(a.amount >= b.amount).toBe(true);
          expect(pool.reduce((a, l) => a + l.amount, 0n)).toBe(s.poolAmount);
          expect(pool.every((l) => l.units > 0n)).toBe(true);
        },
      ),
    );
  });

  it("gives the fixed shares first and the pool by points, exact to the cent", () => {
    const s = computeStatement(
      input(
        {
          ...DEFAULT_EQUATION,
          buckets: [{ label: "Infrastructure", shareBp: 500, recipient: { account: "equity:retained-surplus" } }],
        },
        10_000n,
        [
          { author: PEOPLE[1]?.id ?? null, kind: "code", minutes: 0, lines: 200, factor: DECAY_SCALE },
          { author: PEOPLE[2]?.id ?? null, kind: "care", minutes: 120, lines: 0, factor: DECAY_SCALE },
          { author: null, kind: "code", minutes: 0, lines: 900, factor: DECAY_SCALE },
        ],
        [],
      ),
    );
    // 5% is 500; the pool's 9500 splits 3 points (1 + 2 per hundred lines) to 3 points (1 + 2 hours): 4750 each.
    expect(s.lines.map((l) => [l.kind, l.person?.handle ?? l.account, l.amount, pointsText(l.units)])).toEqual([
      ["fixed", "equity:retained-surplus", 500n, "0.000000"],
      ["contributor", "p1", 4750n, "3.000000"],
      ["contributor", "p2", 4750n, "3.000000"],
    ]);
    expect(s.unknownContributions).toBe(1);
    expect(s.totalUnits).toBe(6n * POINT_UNIT);
  });

  it("leaves out people whose work and reviews the equation weighs at nothing, rather than giving them a zero share", () => {
    // The default equation counts reviews at 0 points: the reviewer of both contributions is owed nothing.
    const s = computeStatement(
      input(
        DEFAULT_EQUATION,
        9_000n,
        [
          { author: PEOPLE[1]?.id ?? null, kind: "design", minutes: 180, lines: 0, factor: DECAY_SCALE },
          { author: PEOPLE[2]?.id ?? null, kind: "design", minutes: 60, lines: 0, factor: DECAY_SCALE },
        ],
        [
          { reviewer: PEOPLE[3]?.id ?? "", factor: DECAY_SCALE },
          { reviewer: PEOPLE[3]?.id ?? "", factor: DECAY_SCALE },
        ],
      ),
    );
    expect(s.lines.map((l) => [l.person?.handle, l.amount, pointsText(l.units)])).toEqual([
      ["p1", 6000n, "4.000000"],
      ["p2", 3000n, "2.000000"],
    ]);
  });

  it("refuses a pool with no one to share it, naming the window", () => {
    expect(() => computeStatement(input(DEFAULT_EQUATION, 100n, [], []))).toThrow(/No one has points/);
  });
});
