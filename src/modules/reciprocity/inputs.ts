import { z } from "@hono/zod-openapi";
import { isDay } from "../../calendar.ts";
import { Day, LongText, Slug } from "../../http/fields.ts";
import { Amount, Currency } from "../ledger/money.ts";
import { MAX_AMOUNT } from "../ledger/values.ts";
import { isPeriodStart } from "./periods.ts";
import { AGREEMENT_PERIODS, AGREEMENT_SIDES, USE_PURPOSES } from "./values.ts";

const Product = z.string().trim().min(1, "Say what you build on it.").max(200, "Use at most 200 characters.");
const Description = LongText(4000);

export const UseInput = z
  .strictObject({
    enterprise: Slug.openapi({ description: "The enterprise that uses the commons; you govern it as a steward or treasurer." }),
    purpose: z.enum(USE_PURPOSES),
    product: Product,
    description: Description.default(""),
    surplusToWorkers: z
      .boolean()
      .default(false)
      .openapi({ description: "The enterprise distributes all its surplus among its worker-owners (Peer Production License §4(c))." }),
    since: Day.optional().openapi({ description: "Since when; today by default." }),
  })
  .openapi("NewUse");
export type UseBody = z.output<typeof UseInput>;

export const UsePatch = z
  .strictObject({
    purpose: z.enum(USE_PURPOSES).optional(),
    product: Product.optional(),
    description: Description.optional(),
    surplusToWorkers: z.boolean().optional(),
    since: Day.optional(),
    endedOn: Day.nullable().optional().openapi({ description: "The last day of the use; null if it goes on." }),
  })
  .openapi("UsePatch");
export type UsePatchBody = z.output<typeof UsePatch>;

/** A percentage as a decimal string ("2.5"), stored as basis points so no float ever touches it. */
const RevenueShare = z
  .string()
  .trim()
  .regex(/^\d{1,3}(\.\d{1,2})?$/, 'Give the share as a percentage such as "2.5", with at most two decimals.')
  .transform((s) => {
    const [whole = "0", fraction = ""] = s.split(".");
    return Number(whole) * 100 + Number(fraction.padEnd(2, "0"));
  })
  .refine((bp) => bp >= 1 && bp <= 10_000, "The share must be more than 0% and at most 100%.")
  .openapi({ type: "string", description: 'Percent of the revenue declared from the product each period, e.g. "2.5".', example: "2.5" });

const PledgeHours = z
  .number({ error: "Give the pledge as a number of hours." })
  .positive("The pledge must be more than zero hours.")
  .max(16_666, "Pledge at most 16,666 hours a period.")
  .transform((h) => Math.round(h * 60))
  .refine((m) => m >= 1, "Pledge at least one minute.")
  .openapi({ type: "number", description: "Hours of accepted contributions per period, by people the enterprise pays.", example: 10 });

const TermsFields = {
  period: z.enum(AGREEMENT_PERIODS).openapi({ description: "Calendar months, quarters or years." }),
  currency: Currency,
  fixedFee: Amount.optional().openapi({ description: "Minor units per period." }),
  revenueShare: RevenueShare.optional(),
  pledgeHours: PledgeHours.optional(),
  dueDays: z.number().int("Whole days.").min(0, "At least 0 days.").max(365, "At most 365 days.").default(30),
  startsOn: Day.optional().openapi({ description: "The first day of a period; the current period's by default." }),
  terms: Description.default(""),
};

type Terms = { period?: string; startsOn?: string; fixedFee?: number; revenueShare?: number; pledgeHours?: number };
const startsOnAPeriod = (t: Terms, ctx: z.RefinementCtx) => {
  // Object refinements run even when a field failed: a startsOn that is not a day is already reported.
  if (t.period && t.startsOn && isDay(t.startsOn) && !isPeriodStart(t.startsOn, t.period as (typeof AGREEMENT_PERIODS)[number]))
    ctx.addIssue({ code: "custom", path: ["startsOn"], message: `Periods are calendar ${t.period}s: start on the first day of one.` });
};

export const AgreementInput = z
  .strictObject({
    side: z
      .enum(AGREEMENT_SIDES)
      .optional()
      .openapi({ description: "Which side you offer for, when you govern both the enterprise and the association." }),
    ...TermsFields,
  })
  .superRefine((t, ctx) => {
    if (t.fixedFee === undefined && t.revenueShare === undefined && t.pledgeHours === undefined)
      ctx.addIssue({ code: "custom", path: ["fixedFee"], message: "Set a fixed fee, a revenue share or a pledge of hours: at least one." });
    startsOnAPeriod(t, ctx);
  })
  .openapi("NewAgreement");
export type AgreementBody = z.output<typeof AgreementInput>;

/** Changing an offer before it is answered; once in force its terms are fixed. */
export const AgreementPatch = z
  .strictObject({
    period: TermsFields.period.optional(),
    currency: Currency.optional(),
    fixedFee: Amount.nullable().optional(),
    revenueShare: RevenueShare.nullable().optional(),
    pledgeHours: PledgeHours.nullable().optional(),
    dueDays: z.number().int().min(0).max(365).optional(),
    startsOn: Day.optional(),
    terms: Description.optional(),
  })
  .superRefine((t, ctx) => startsOnAPeriod({ ...t, fixedFee: undefined, revenueShare: undefined, pledgeHours: undefined }, ctx))
  .openapi("AgreementPatch");
export type AgreementPatchBody = z.output<typeof AgreementPatch>;

export const EndInput = z
  .strictObject({
    endsOn: Day.optional().openapi({
      description: "The last day it is in force: the last day of a period; the current period's by default.",
    }),
  })
  .openapi("EndAgreement");

export const InvoiceInput = z
  .strictObject({
    periodStart: Day.openapi({ description: "The first day of the period it covers." }),
    revenue: z
      .number({ error: "Give the revenue as a whole number of minor units." })
      .int("Give the revenue as a whole number of minor units, not a fraction.")
      .min(0, "Revenue cannot be negative.")
      .max(MAX_AMOUNT, "At most 10^15 minor units.")
      .optional()
      .openapi({
        description:
          "The revenue the enterprise declares from the product for the period, in minor units (needed when the agreement takes a share).",
      }),
  })
  .openapi("NewInvoice");
export type InvoiceBody = z.output<typeof InvoiceInput>;

export const PayInvoiceInput = z
  .strictObject({ date: Day.optional().openapi({ description: "The payment's date; today by default." }) })
  .openapi("PayInvoice");
