import { z } from "@hono/zod-openapi";
import { nullable } from "../../http/responses.ts";
import { NullablePersonRef, PersonRef } from "../accounts/views.ts";
import { Outcome, ProposalStatus } from "../decisions/views.ts";
import { APPROVALS, BUDGET_STATUSES, DONATION_STATUSES, EXPENSE_STATUSES, FEE_PERIODS } from "./schema.ts";

export const ExpenseStatus = z.enum(EXPENSE_STATUSES).openapi("ExpenseStatus");
export const BudgetStatus = z.enum(BUDGET_STATUSES).openapi("BudgetStatus");
export const DonationStatus = z.enum(DONATION_STATUSES).openapi("DonationStatus");
export const Approval = z.enum(APPROVALS).openapi("Approval");
export const FeePeriod = z.enum(FEE_PERIODS).openapi("FeePeriod");

const Minor = z.string().openapi({ description: "Minor units as a decimal string.", example: "2500" });

export const ExpenseSchema = z
  .object({
    id: z.string(),
    organization: z.object({ slug: z.string(), name: z.string() }),
    submittedBy: NullablePersonRef,
    payee: z.object({ name: z.string(), person: NullablePersonRef }),
    amount: Minor,
    currency: z.string(),
    purpose: z.string(),
    account: z.object({ code: z.string(), name: z.string() }),
    status: ExpenseStatus,
    approval: nullable(Approval).openapi({
      description: "decision: the members approved it by vote; budget: a treasurer, within an approved budget line.",
    }),
    decision: z
      .object({
        id: z.string(),
        title: z.string(),
        status: ProposalStatus,
        outcome: nullable(Outcome),
        closesAt: z.string(),
      })
      .nullable()
      .openapi({ description: "The proposal putting it to the members, if any." }),
    budgetLine: z
      .object({
        id: z.string(),
        name: z.string(),
        budget: z.object({
          id: z.string(),
          title: z.string(),
          year: z.number().int(),
          decision: z.object({ id: z.string(), title: z.string() }).nullable(),
        }),
      })
      .nullable(),
    decidedBy: NullablePersonRef,
    decidedAt: z.string().nullable(),
    decisionNote: z.string().nullable(),
    transactionId: z.string().nullable(),
    paidAt: z.string().nullable(),
    receipt: z.object({ filename: z.string(), contentType: z.string(), size: z.number().int(), uploadedAt: z.string() }).nullable(),
    createdAt: z.string(),
  })
  .openapi("Expense");

export const ExpenseDetailSchema = ExpenseSchema.extend({
  viewer: z.object({ isSubmitter: z.boolean(), isTreasurer: z.boolean(), canSeeReceipt: z.boolean() }),
}).openapi("ExpenseDetail");

export const BudgetSchema = z
  .object({
    id: z.string(),
    year: z.number().int(),
    title: z.string(),
    status: BudgetStatus,
    proposalId: z.string().nullable(),
    createdAt: z.string(),
    lines: z.array(
      z.object({
        id: z.string(),
        name: z.string(),
        account: z.object({ code: z.string(), name: z.string() }),
        currency: z.string(),
        amount: Minor,
        paid: Minor.openapi({ description: "Paid expenses on this line: the actual." }),
        committed: Minor.openapi({ description: "Approved, not yet paid." }),
        left: Minor,
      }),
    ),
  })
  .openapi("Budget");

export const DonationSchema = z
  .object({
    id: z.string(),
    donor: nullable(PersonRef).openapi({ description: "null for anonymous donations (except to treasurers and the donor)." }),
    anonymous: z.boolean(),
    amount: Minor,
    currency: z.string(),
    message: z.string(),
    status: DonationStatus,
    transactionId: z.string().nullable(),
    createdAt: z.string(),
  })
  .openapi("Donation");

export const FeeStatusSchema = z
  .object({
    schedule: z.object({ amount: Minor, currency: z.string(), period: FeePeriod, startsOn: z.string() }).nullable(),
    periodStart: z.string().nullable(),
    periodEnd: z.string().nullable(),
    members: z.array(z.object({ handle: z.string(), name: z.string(), paid: z.boolean() })),
  })
  .openapi("FeeStatus");

/** A receipt file's bytes, served in the type it was uploaded as (RECEIPT_TYPES). */
export const ReceiptFileSchema = z.string().openapi({ format: "binary" });
