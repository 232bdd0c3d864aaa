import { z } from "@hono/zod-openapi";
import { Day, Slug } from "../../http/fields.ts";
import { rule } from "../../text/messages.ts";
import { Currency } from "../ledger/money.ts";
import { MAX_AMOUNT } from "../ledger/values.ts";
import { t } from "./messages.ts";
import { PHYLE_BASES, PHYLE_DESTINATIONS } from "./values.ts";

/** Basis points, as every share in the API is given (value equations, reciprocity): 1000 is 10%. */
const BasisPoints = (what: "weight" | "share") =>
  z
    .number({ error: rule(t("basisPointsWhole", { what })) })
    .int(rule(t("basisPointsWhole", { what })))
    .min(1, rule(t("basisPointsMin", { what })))
    .max(10_000, rule(t("basisPointsMax", { what })));

const Beneficiary = z.strictObject({
  commons: Slug.openapi({ description: "The commons' address." }),
  destination: z
    .enum(PHYLE_DESTINATIONS)
    .openapi({ description: "steward: the commons' steward association's income; contributor_pool: its pool held for contributors." }),
  weightBp: BasisPoints("weight").openapi({ description: "This beneficiary's part of each commitment; the weights sum to 10,000." }),
});

export const CharterInput = z
  .strictObject({
    basis: z.enum(PHYLE_BASES).openapi({ description: "surplus: revenue less costs; revenue: the whole revenue." }),
    shareBp: BasisPoints("share").openapi({
      description: "The share of the basis committed each period, in basis points.",
      example: 1000,
    }),
    mission: z
      .string()
      .trim()
      .min(1, rule(t("missionEmpty")))
      .max(10_000, rule(t("missionMax")))
      .openapi({ description: "Markdown." }),
    currency: Currency,
    beneficiaries: z
      .array(Beneficiary)
      .min(1, rule(t("beneficiariesMin")))
      .max(50, rule(t("beneficiariesMax"))),
  })
  .superRefine((c, ctx) => {
    const total = c.beneficiaries.reduce((sum, b) => sum + b.weightBp, 0);
    if (total !== 10_000)
      ctx.addIssue({
        code: "custom",
        path: ["beneficiaries"],
        message: rule(t("weightsSum", { total })),
      });
    const seen = new Set<string>();
    c.beneficiaries.forEach((b, i) => {
      const key = `${b.commons}/${b.destination}`;
      if (seen.has(key)) ctx.addIssue({ code: "custom", path: ["beneficiaries", i, "commons"], message: rule(t("namedTwice")) });
      seen.add(key);
    });
  })
  .openapi("PhyleCharterInput");
export type CharterBody = z.output<typeof CharterInput>;

/** Revenue and costs may be zero (a period without sales is still recorded). */
const Minor = (what: "revenue" | "costs") =>
  z
    .number({ error: rule(t("minorWhole", { what })) })
    .int(rule(t("minorFraction", { what })))
    .min(0, rule(t("minorNegative", { what })))
    .max(MAX_AMOUNT, rule(t("minorMax", { what })));

export const PeriodInput = z
  .strictObject({
    periodStart: Day,
    periodEnd: Day.openapi({ description: "Inclusive." }),
    revenue: Minor("revenue").openapi({ description: "Minor units.", example: 1_000_000 }),
    costs: Minor("costs").default(0).openapi({ description: "Minor units; only a surplus basis reads them." }),
  })
  .refine((p) => p.periodEnd >= p.periodStart, { path: ["periodEnd"], message: rule(t("periodEndsBeforeStart")) })
  .openapi("PhylePeriodInput");
export type PeriodBody = z.output<typeof PeriodInput>;
