import { z } from "@hono/zod-openapi";
import { Handle } from "../../http/fields.ts";
import { t as http } from "../../http/messages.ts";
import { type Message, rule } from "../../text/messages.ts";
import { CONTRIBUTION_KINDS } from "../contributions/values.ts";
import { AccountCode } from "../ledger/inputs.ts";
import { t } from "./messages.ts";

export type ContributionKind = (typeof CONTRIBUTION_KINDS)[number];

/** Basis points: 10000 is the whole amount. */
export const WHOLE_BP = 10_000;

const Points = (what: Message) =>
  z
    .number({ error: rule(t("pointsWhole", { what })) })
    .int(rule(t("pointsWhole", { what })))
    .min(0, rule(t("pointsNegative", { what })))
    .max(10_000, rule(t("pointsAtMost", { what, max: 10_000 })));

export const Recipient = z
  .union([
    z.strictObject({ person: Handle.openapi({ description: "The person's handle: credited to what the books owe them." }) }),
    z.strictObject({ account: AccountCode.openapi({ description: "An account in the distributing organization's books." }) }),
  ])
  .openapi("ShareRecipient");

export const Bucket = z
  .strictObject({
    label: z
      .string()
      .trim()
      .min(1, rule(t("nameShare")))
      .max(120, rule(http("atMost", { max: 120 }))),
    shareBp: z
      .number({ error: rule(t("shareBasisPoints")) })
      .int(rule(t("shareWholeBasisPoints")))
      .min(1, rule(t("shareAtLeast")))
      .max(WHOLE_BP, rule(t("shareAtMost"))),
    recipient: Recipient,
  })
  .openapi("FixedShare");
export type Bucket = z.output<typeof Bucket>;

export const Weight = z
  .strictObject({
    kind: z.enum(CONTRIBUTION_KINDS, { error: rule(t("kindOneOf", { kinds: CONTRIBUTION_KINDS.join(", ") })) }),
    perContribution: Points(t("pointsPerContribution")),
    perHour: Points(t("pointsPerHour")),
    perHundredLines: Points(t("pointsPerHundredLines")),
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
    buckets: z.array(Bucket).max(20, rule(t("tooManyShares", { max: 20 }))),
    weights: z.array(Weight).max(CONTRIBUTION_KINDS.length),
    reviewPoints: z
      .number()
      .int(rule(t("reviewPointsWhole")))
      .min(0, rule(t("reviewPointsNegative")))
      .max(100_000),
    windowDays: z
      .number()
      .int(rule(t("windowWhole")))
      .min(1, rule(t("windowAtLeast")))
      .max(3660, rule(t("windowAtMost", { max: 3660 }))),
    halfLifeDays: z
      .number()
      .int(rule(t("halfLifeWhole")))
      .min(1, rule(t("halfLifeAtLeast")))
      .max(3660, rule(t("halfLifeAtMost", { max: 3660 })))
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
        message: rule(t("sharesOver", { percent: total / 100 })),
      });
    const seen = new Set<string>();
    e.weights.forEach((w, i) => {
      if (seen.has(w.kind))
        ctx.addIssue({ code: "custom", path: ["weights", i, "kind"], message: rule(t("weightedTwice", { kind: w.kind })) });
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
