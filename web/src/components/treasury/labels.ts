/**
 * Words for the treasury: account types, transaction kinds, sources, statuses and fee periods, as
 * exhaustive maps over the generated enums; the lists of values for selects come from the same maps.
 */
import type {
  AccountType,
  ApiBody,
  BudgetStatus,
  CounterpartyKind,
  DonationStatus,
  ExpenseStatus,
  FeePeriod,
  TransactionKind,
} from "../../api/schema.ts";
import { keysOf } from "../../format.ts";

/** What one organization's payment to another may be. */
export type PaymentKind = ApiBody<"/api/organizations/{slug}/payments", "post">["kind"];

/** Account types in the order a balance sheet reads, with the heading each group gets. */
export const ACCOUNT_TYPE_HEADING: Record<AccountType, string> = {
  asset: "Assets",
  liability: "Liabilities",
  equity: "Equity",
  income: "Income",
  expense: "Expenses",
};

/** Assets → liabilities → equity → income → expenses. */
export const ACCOUNT_TYPES = keysOf(ACCOUNT_TYPE_HEADING);

/** What a balance of each type means, in its natural sign (see naturalBalance in money.ts). */
export const ACCOUNT_TYPE_MEANING: Record<AccountType, string> = {
  asset: "What the organization holds.",
  liability: "What it owes.",
  equity: "What it is worth: opening balances and surplus kept.",
  income: "Received since the books opened.",
  expense: "Spent since the books opened.",
};

export const KIND_LABEL: Record<TransactionKind, string> = {
  donation: "Donations",
  membership_fee: "Membership fees",
  sponsorship: "Sponsorship",
  grant: "Grants",
  reciprocity: "Reciprocity",
  expense: "Expenses",
  payout: "Payouts",
  transfer: "Transfers",
  phyle: "Phyle commitments",
  distribution: "Distributions",
};

/** Every transaction kind, in the order the filter and the reports list them. */
export const TRANSACTION_KINDS = keysOf(KIND_LABEL);

/** One transaction's kind, in the singular. */
export const KIND_ONE: Record<TransactionKind, string> = {
  donation: "Donation",
  membership_fee: "Membership fee",
  sponsorship: "Sponsorship",
  grant: "Grant",
  reciprocity: "Reciprocity",
  expense: "Expense",
  payout: "Payout",
  transfer: "Transfer",
  phyle: "Phyle commitment",
  distribution: "Distribution",
};

export const SOURCE_LABEL: Record<CounterpartyKind, string> = {
  community: "Communities",
  association: "Associations",
  enterprise: "Enterprises",
  public_body: "Public bodies",
  individual: "Individuals",
  internal: "Internal",
};

export const SOURCE_ONE: Record<CounterpartyKind, string> = {
  community: "Community",
  association: "Association",
  enterprise: "Enterprise",
  public_body: "Public body",
  individual: "Individual",
  internal: "Internal",
};

/** Every kind of source or recipient, in the order the reports list them. */
export const COUNTERPARTY_KINDS = keysOf(SOURCE_LABEL);

export const EXPENSE_STATUS_LABEL: Record<ExpenseStatus, string> = {
  submitted: "Waiting for approval",
  approved: "Approved, to be paid",
  rejected: "Turned down",
  paid: "Paid",
  withdrawn: "Withdrawn",
};

export const BUDGET_STATUS_LABEL: Record<BudgetStatus, string> = {
  draft: "Draft",
  proposed: "Before the members",
  approved: "Approved",
  rejected: "Rejected",
  superseded: "Superseded",
};

export const DONATION_STATUS_LABEL: Record<DonationStatus, string> = {
  pending: "Waiting for confirmation",
  confirmed: "Confirmed",
  declined: "Declined",
};

export const FEE_PERIOD_LABEL: Record<FeePeriod, string> = {
  monthly: "Monthly",
  quarterly: "Quarterly",
  yearly: "Yearly",
};

export const FEE_PERIODS = keysOf(FEE_PERIOD_LABEL);

export const PAYMENT_KIND_LABEL: Record<PaymentKind, string> = {
  sponsorship: "Sponsorship",
  grant: "Grant",
  reciprocity: "Reciprocity",
  transfer: "Transfer",
};

export const PAYMENT_KINDS = keysOf(PAYMENT_KIND_LABEL);

export const PAYMENT_KIND_HINT: Record<PaymentKind, string> = {
  sponsorship: "An enterprise supporting the commons it builds on.",
  grant: "Funding for a purpose, typically from a public body or an association.",
  reciprocity: "Giving back for value taken from the commons.",
  transfer: "Moving money between organizations that belong together.",
};
