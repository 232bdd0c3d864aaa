import { z } from "@hono/zod-openapi";
import { Day, Handle, LongText, Slug, Uuid } from "../../http/fields.ts";
import { rule } from "../../text/messages.ts";
import { ProposalTerms, termsProblems } from "../decisions/inputs.ts";
import { YES_NO_METHODS } from "../decisions/tally.ts";
import { AccountCode } from "../ledger/inputs.ts";
import { Amount, Currency } from "../ledger/money.ts";
import { t } from "./messages.ts";
import { FEE_PERIODS } from "./values.ts";

export const ExpenseInput = z
  .strictObject({
    purpose: z
      .string()
      .trim()
      .min(1, rule(t("sayWhatFor")))
      .max(500),
    amount: Amount,
    currency: Currency,
    payee: Handle.optional().openapi({ description: "The member to reimburse; yourself by default." }),
    payeeName: z
      .string()
      .trim()
      .min(1)
      .max(200)
      .optional()
      .openapi({ description: "Or a supplier's name, for someone without an account." }),
    account: AccountCode.optional().openapi({ description: "The expense account to book it to; expenses:operations by default." }),
  })
  .refine((e) => !(e.payee && e.payeeName), { path: ["payeeName"], message: rule(t("memberOrSupplier")) })
  .openapi("NewExpense");
export type ExpenseBody = z.output<typeof ExpenseInput>;

/** Putting an expense or a budget to the members: the proposal's terms, with its title and method defaulted. */
export const DecisionTerms = ProposalTerms.partial({ title: true })
  .extend({ method: ProposalTerms.shape.method.default("majority") })
  .omit({ options: true, scoreMax: true })
  .superRefine((terms, ctx) => {
    if (!YES_NO_METHODS.includes(terms.method)) {
      ctx.addIssue({
        code: "custom",
        path: ["method"],
        message: rule(t("yesNo")),
      });
    }
    termsProblems({ ...terms, title: terms.title ?? "" }, ctx);
  })
  .openapi("DecisionTerms");
export type DecisionTermsBody = z.output<typeof DecisionTerms>;

export const ApproveInput = z
  .strictObject({ budgetLine: Uuid.openapi({ description: "The approved budget line it is paid from." }) })
  .openapi("ApproveWithinBudget");

export const RejectInput = z
  .strictObject({
    note: z
      .string()
      .trim()
      .min(1, rule(t("sayWhy")))
      .max(2000),
  })
  .openapi("RejectExpense");

export const PayInput = z
  .strictObject({
    date: Day.optional().openapi({ description: "The payment's date; today by default." }),
    from: AccountCode.optional().openapi({ description: "The account it is paid from; assets:bank by default." }),
  })
  .openapi("PayExpense");

const BudgetLineInput = z.strictObject({
  name: z
    .string()
    .trim()
    .min(1, rule(t("nameTheLine")))
    .max(120),
  account: AccountCode.refine((c) => c.startsWith("expenses:"), rule(t("expenseLines"))),
  amount: Amount,
  currency: Currency.optional(),
});

export const BudgetInput = z
  .strictObject({
    year: z.number().int().min(2000).max(2200),
    title: z.string().trim().min(1).max(200),
    lines: z
      .array(BudgetLineInput)
      .min(1, rule(t("oneLine")))
      .max(100),
  })
  .superRefine((b, ctx) => {
    const names = b.lines.map((l) => l.name.toLowerCase());
    names.forEach((n, i) => {
      if (names.indexOf(n) !== i) ctx.addIssue({ code: "custom", path: ["lines", i, "name"], message: rule(t("lineNames")) });
    });
  })
  .openapi("NewBudget");
export type BudgetBody = z.output<typeof BudgetInput>;

export const DonationInput = z
  .strictObject({
    amount: Amount,
    currency: Currency,
    anonymous: z.boolean().default(false).openapi({ description: "Public pages show 'Anonymous' instead of your name." }),
    message: LongText(1000).optional(),
  })
  .openapi("NewDonation");

export const DonationDecisionInput = z
  .strictObject({
    date: Day.optional().openapi({ description: "The day the money arrived; today by default." }),
    into: AccountCode.optional().openapi({ description: "Where it arrived; assets:bank by default." }),
  })
  .openapi("ConfirmDonation");

export const FeeScheduleInput = z
  .strictObject({
    amount: Amount,
    currency: Currency,
    period: z.enum(FEE_PERIODS),
    startsOn: Day.refine((d) => Number(d.slice(8)) <= 28, rule(t("periodDay"))),
  })
  .openapi("FeeSchedule");

export const FeePaymentInput = z
  .strictObject({
    member: Handle,
    periodStart: Day.openapi({ description: "The first day of the period paid for (the schedule's periods start on its start day)." }),
    date: Day.optional(),
  })
  .openapi("FeePayment");

export const PaymentInput = z
  .strictObject({
    to: Slug.openapi({ description: "The organization paid." }),
    kind: z.enum(["sponsorship", "grant", "reciprocity", "transfer"]),
    amount: Amount,
    currency: Currency,
    description: z.string().trim().min(1).max(500),
    date: Day.optional(),
  })
  .openapi("OrganizationPayment");
