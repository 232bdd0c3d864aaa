import { z } from "@hono/zod-openapi";
import { isDay } from "../../calendar.ts";
import { Day, LongText, Slug } from "../../http/fields.ts";
import { t as http } from "../../http/messages.ts";
import { rule } from "../../text/messages.ts";
import { Amount, Currency } from "../ledger/money.ts";
import { MAX_AMOUNT } from "../ledger/values.ts";
import { t } from "./messages.ts";
import { isPeriodStart } from "./periods.ts";
import { AGREEMENT_PERIODS, AGREEMENT_SIDES, USE_PURPOSES } from "./values.ts";

const Product = z
  .string()
  .trim()
  .min(1, rule(t("product")))
  .max(200, rule(http("atMost", { max: 200 })));
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
  .regex(/^\d{1,3}(\.\d{1,2})?$/, rule(t("revenueShareFormat")))
  .transform((s) => {
    const [whole = "0", fraction = ""] = s.split(".");
    return Number(whole) * 100 + Number(fraction.padEnd(2, "0"));
  })
  .refine((bp) => bp >= 1 && bp <= 10_000, rule(t("revenueShareRange")))
  .openapi({ type: "string", description: 'Percent of the revenue declared from the product each period, e.g. "2.5".', example: "2.5" });

const PledgeHours = z
  .number({ error: rule(t("pledgeNumber")) })
  .positive(rule(t("pledgePositive")))
  .max(16_666, rule(t("pledgeMax")))
  .transform((h) => Math.round(h * 60))
  .refine((m) => m >= 1, rule(t("pledgeMinute")))
  .openapi({ type: "number", description: "Hours of accepted contributions per period, by people the enterprise pays.", example: 10 });

const TermsFields = {
  period: z.enum(AGREEMENT_PERIODS).openapi({ description: "Calendar months, quarters or years." }),
  currency: Currency,
  fixedFee: Amount.optional().openapi({ description: "Minor units per period." }),
  revenueShare: RevenueShare.optional(),
  pledgeHours: PledgeHours.optional(),
  dueDays: z
    .number()
    .int(rule(t("wholeDays")))
    .min(0, rule(t("atLeastDays")))
    .max(365, rule(t("atMostDays")))
    .default(30),
  startsOn: Day.optional().openapi({ description: "The first day of a period; the current period's by default." }),
  terms: Description.default(""),
};

type Terms = { period?: string; startsOn?: string; fixedFee?: number; revenueShare?: number; pledgeHours?: number };
const startsOnAPeriod = (terms: Terms, ctx: z.RefinementCtx) => {
  // Object refinements run even when a field failed: a startsOn that is not a day is already reported.
  if (
    terms.period &&
    terms.startsOn &&
    isDay(terms.startsOn) &&
    !isPeriodStart(terms.startsOn, terms.period as (typeof AGREEMENT_PERIODS)[number])
  )
    ctx.addIssue({ code: "custom", path: ["startsOn"], message: rule(t("startOnCalendarPeriod", { period: terms.period })) });
};

export const AgreementInput = z
  .strictObject({
    side: z
      .enum(AGREEMENT_SIDES)
      .optional()
      .openapi({ description: "Which side you offer for, when you govern both the enterprise and the association." }),
    ...TermsFields,
  })
  .superRefine((terms, ctx) => {
    if (terms.fixedFee === undefined && terms.revenueShare === undefined && terms.pledgeHours === undefined)
      ctx.addIssue({ code: "custom", path: ["fixedFee"], message: rule(t("setTerms")) });
    startsOnAPeriod(terms, ctx);
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
  .superRefine((terms, ctx) => startsOnAPeriod({ ...terms, fixedFee: undefined, revenueShare: undefined, pledgeHours: undefined }, ctx))
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
      .number({ error: rule(t("revenueNumber")) })
      .int(rule(t("revenueFraction")))
      .min(0, rule(t("revenueNegative")))
      .max(MAX_AMOUNT, rule(t("revenueMax")))
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
