import { z } from "@hono/zod-openapi";
import { Handle } from "../../http/fields.ts";
import { CONTRIBUTION_KINDS } from "../contributions/values.ts";
import { AccountCode } from "../ledger/inputs.ts";

export type ContributionKind = (typeof CONTRIBUTION_KINDS)[number];

/** Basis points: 10000 is the whole amount. */
export const WHOLE_BP = 10_000;

const Points = (what: string) =>
  z
    .number({ error: `Give ${what} as a whole number of points.` })
    .int(`Give ${what} as a whole number of points.`)
    .min(0, `${what} cannot be negative.`)
    .max(10_000, `${what} can be at most 10000 points.`);

export const Recipient = z
  .union([
    z.strictObject({ person: Handle.openapi({ description: "The person's handle: credited to what the books owe them." }) }),
    z.strictObject({ account: AccountCode.openapi({ description: "An account in the distributing organization's books." }) }),
  ])
  .openapi("ShareRecipient");

export const Bucket = z
  .strictObject({
    label: z.string().trim().min(1, "Name this share.").max(120, "Use at most 120 characters."),
    shareBp: z
      .number({ error: "Give the share in basis points (100 = 1%)." })
      .int("Give the share as a whole number of basis points (100 = 1%).")
      .min(1, "A fixed share is at least 1 basis point (0.01%).")
      .max(WHOLE_BP, "A share is at most 10000 basis points (100%)."),
    recipient: Recipient,
  })
  .openapi("FixedShare");
export type Bucket = z.output<typeof Bucket>;

export const Weight = z
  .strictObject({
    kind: z.enum(CONTRIBUTION_KINDS, { error: `Use one of ${CONTRIBUTION_KINDS.join(", ")}.` }),
    perContribution: Points("Points per contribution"),
    perHour: Points("Points per hour"),
    perHundredLines: Points("Points per hundred lines"),
  })
  .openapi("KindWeight");
export type Weight = z.output<typeof Weight>;

/**
 * A value equation: the fixed shares taken first, in order, then the contributor pool (what is left)
 * shared by weighted accepted contributions in the window. Fixed shares over 100% are refused here,
 * naming `buckets`; the database's check backs it.
 */
export const EquationInput = z
  .strictObject({
    buckets: z.array(Bucket).max(20, "Use at most 20 fixed shares."),
    weights: z.array(Weight).max(CONTRIBUTION_KINDS.length),
    reviewPoints: z.number().int("Give review points as a whole number.").min(0, "Review points cannot be negative.").max(100_000),
    windowDays: z
      .number()
      .int("Give the window in whole days.")
      .min(1, "The window is at least one day.")
      .max(3660, "The window is at most 3660 days."),
    halfLifeDays: z
      .number()
      .int("Give the half-life in whole days.")
      .min(1, "The half-life is at least one day.")
      .max(3660, "The half-life is at most 3660 days.")
      .nullable()
      .default(null)
      .openapi({ description: "When set, a contribution's points halve every this many days of age; null: no decay." }),
  })
  .superRefine((e, ctx) => {
    const total = e.buckets.reduce((sum, b) => sum + b.shareBp, 0);
    if (total > WHOLE_BP)
      ctx.addIssue({
        code: "custom",
        path: ["buckets"],
        message: `The fixed shares add up to ${total / 100}%, over 100%: lower them so the pool keeps what is left.`,
      });
    const seen = new Set<string>();
    e.weights.forEach((w, i) => {
      if (seen.has(w.kind)) ctx.addIssue({ code: "custom", path: ["weights", i, "kind"], message: `${w.kind} is weighted twice.` });
      seen.add(w.kind);
    });
  })
  .openapi("ValueEquationInput");
export type Equation = z.output<typeof EquationInput>;

/** A commons (or phyle) that has not written its own equation shares everything by plain effort over a year. */
export const DEFAULT_EQUATION: Equation = {
  buckets: [],
  weights: CONTRIBUTION_KINDS.map((kind) => ({ kind, perContribution: 1, perHour: 1, perHundredLines: 1 })),
  reviewPoints: 0,
  windowDays: 365,
  halfLifeDays: null,
};

/** One weight per kind in the catalogue's order (kinds left out weigh nothing), so equal equations compare and hash equal. */
export function normalizeEquation(e: Equation): Equation {
  const byKind = new Map(e.weights.map((w) => [w.kind, w]));
  return {
    buckets: e.buckets.map((b) => ({ label: b.label, shareBp: b.shareBp, recipient: b.recipient })),
    weights: CONTRIBUTION_KINDS.map((kind) => {
      const w = byKind.get(kind);
      return { kind, perContribution: w?.perContribution ?? 0, perHour: w?.perHour ?? 0, perHundredLines: w?.perHundredLines ?? 0 };
    }),
    reviewPoints: e.reviewPoints,
    windowDays: e.windowDays,
    halfLifeDays: e.halfLifeDays ?? null,
  };
}

export const poolBp = (e: Equation) => WHOLE_BP - e.buckets.reduce((sum, b) => sum + b.shareBp, 0);

/**
 * Points are kept as exact integers: one point is POINT_UNIT units. 6000 makes "per hour" (÷60) and
 * "per hundred lines" (÷100) whole; DECAY_SCALE carries the decay factor, the one rounded step.
 */
export const DECAY_SCALE = 1_000_000n;
export const POINT_UNIT = 6000n * DECAY_SCALE;

/**
 * A group of one author's accepted contributions of one kind, already weighted by decay: `wc` is the
 * sum of the contributions' decay factors, `wm` of factor × minutes, `wl` of factor × lines (all at
 * DECAY_SCALE, so without decay wc = count × DECAY_SCALE).
 */
export interface KindAggregate {
  kind: ContributionKind;
  wc: bigint;
  wm: bigint;
  wl: bigint;
}

/** A group's points in units: perContribution per contribution, perHour per 60 minutes, perHundredLines per 100 lines. */
export function unitsOf(weights: Map<ContributionKind, Weight>, a: KindAggregate): bigint {
  const w = weights.get(a.kind);
  if (!w) return 0n;
  return BigInt(w.perContribution) * 6000n * a.wc + BigInt(w.perHour) * 100n * a.wm + BigInt(w.perHundredLines) * 60n * a.wl;
}

/** Units as points with six decimals, truncated: for reading only, shares are split on the exact units. */
export function pointsText(units: bigint): string {
  const micro = (units * 1_000_000n) / POINT_UNIT;
  const whole = micro / 1_000_000n;
  const fraction = (micro % 1_000_000n).toString().padStart(6, "0");
  return `${whole}.${fraction}`;
}
