import { z } from "@hono/zod-openapi";
import { Day, Slug } from "../../http/fields.ts";
import { Currency } from "../ledger/money.ts";
import { MAX_AMOUNT } from "../ledger/values.ts";
import { PHYLE_BASES, PHYLE_DESTINATIONS } from "./values.ts";

/** Basis points, as every share in the API is given (value equations, reciprocity): 1000 is 10%. */
const BasisPoints = (what: string) =>
  z
    .number({ error: `Give ${what} in basis points, a whole number (1000 is 10%).` })
    .int(`Give ${what} in basis points, a whole number (1000 is 10%).`)
    .min(1, `${what[0]?.toUpperCase()}${what.slice(1)} must be at least 1 basis point.`)
    .max(10_000, `${what[0]?.toUpperCase()}${what.slice(1)} cannot pass 10,000 basis points (100%).`);

const Beneficiary = z.strictObject({
  commons: Slug.openapi({ description: "The commons' address." }),
  destination: z
    .enum(PHYLE_DESTINATIONS)
    .openapi({ description: "steward: the commons' steward association's income; contributor_pool: its pool held for contributors." }),
  weightBp: BasisPoints("a weight").openapi({ description: "This beneficiary's part of each commitment; the weights sum to 10,000." }),
});

export const CharterInput = z
  .strictObject({
    basis: z.enum(PHYLE_BASES).openapi({ description: "surplus: revenue less costs; revenue: the whole revenue." }),
    shareBp: BasisPoints("the share").openapi({
      description: "The share of the basis committed each period, in basis points.",
      example: 1000,
    }),
    mission: z
      .string()
      .trim()
      .min(1, "Say what the phyle is for.")
      .max(10_000, "Use at most 10000 characters.")
      .openapi({ description: "Markdown." }),
    currency: Currency,
    beneficiaries: z.array(Beneficiary).min(1, "Name at least one commons to commit to.").max(50, "Name at most 50 beneficiaries."),
  })
  .superRefine((c, ctx) => {
    const total = c.beneficiaries.reduce((sum, b) => sum + b.weightBp, 0);
    if (total !== 10_000)
      ctx.addIssue({
        code: "custom",
        path: ["beneficiaries"],
        message: `The beneficiaries' weights must sum to 10,000 basis points (100%), not ${total}.`,
      });
    const seen = new Set<string>();
    c.beneficiaries.forEach((b, i) => {
      const key = `${b.commons}/${b.destination}`;
      if (seen.has(key))
        ctx.addIssue({ code: "custom", path: ["beneficiaries", i, "commons"], message: "This commons and destination are named twice." });
      seen.add(key);
    });
  })
  .openapi("PhyleCharterInput");
export type CharterBody = z.output<typeof CharterInput>;

/** Revenue and costs may be zero (a period without sales is still recorded). */
const Minor = (what: string) =>
  z
    .number({ error: `Give ${what} as a whole number of minor units (cents for EUR).` })
    .int(`Give ${what} as a whole number of minor units (cents for EUR), not a fraction.`)
    .min(0, `${what[0]?.toUpperCase()}${what.slice(1)} cannot be negative.`)
    .max(MAX_AMOUNT, `${what[0]?.toUpperCase()}${what.slice(1)} must be at most 10^15 minor units.`);

export const PeriodInput = z
  .strictObject({
    periodStart: Day,
    periodEnd: Day.openapi({ description: "Inclusive." }),
    revenue: Minor("the revenue").openapi({ description: "Minor units.", example: 1_000_000 }),
    costs: Minor("the costs").default(0).openapi({ description: "Minor units; only a surplus basis reads them." }),
  })
  .refine((p) => p.periodEnd >= p.periodStart, { path: ["periodEnd"], message: "The period cannot end before it starts." })
  .openapi("PhylePeriodInput");
export type PeriodBody = z.output<typeof PeriodInput>;
