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
import { keysOf, labels } from "../../format.ts";

/** What one organization's payment to another may be. */
export type PaymentKind = ApiBody<"/api/organizations/{slug}/payments", "post">["kind"];

/** Account types in the order a balance sheet reads, with the heading each group gets. */
export const ACCOUNT_TYPE_HEADING = labels<AccountType>({
  asset: "treasury.accountType.asset",
  liability: "treasury.accountType.liability",
  equity: "treasury.accountType.equity",
  income: "treasury.accountType.income",
  expense: "treasury.accountType.expense",
});

/** Assets → liabilities → equity → income → expenses. */
export const ACCOUNT_TYPES = keysOf(ACCOUNT_TYPE_HEADING);

/** What a balance of each type means, in its natural sign (see naturalBalance in money.ts). */
export const ACCOUNT_TYPE_MEANING = labels<AccountType>({
  asset: "treasury.accountMeaning.asset",
  liability: "treasury.accountMeaning.liability",
  equity: "treasury.accountMeaning.equity",
  income: "treasury.accountMeaning.income",
  expense: "treasury.accountMeaning.expense",
});

export const KIND_LABEL = labels<TransactionKind>({
  donation: "treasury.kind.donation",
  membership_fee: "treasury.kind.membership_fee",
  sponsorship: "treasury.kind.sponsorship",
  grant: "treasury.kind.grant",
  reciprocity: "treasury.kind.reciprocity",
  expense: "treasury.kind.expense",
  payout: "treasury.kind.payout",
  transfer: "treasury.kind.transfer",
  phyle: "treasury.kind.phyle",
  distribution: "treasury.kind.distribution",
  rental: "treasury.kind.rental",
  deposit: "treasury.kind.deposit",
});

/** Every transaction kind, in the order the filter and the reports list them. */
export const TRANSACTION_KINDS = keysOf(KIND_LABEL);

/** One transaction's kind, in the singular. */
export const KIND_ONE = labels<TransactionKind>({
  donation: "treasury.kindOne.donation",
  membership_fee: "treasury.kindOne.membership_fee",
  sponsorship: "treasury.kindOne.sponsorship",
  grant: "treasury.kindOne.grant",
  reciprocity: "treasury.kindOne.reciprocity",
  expense: "treasury.kindOne.expense",
  payout: "treasury.kindOne.payout",
  transfer: "treasury.kindOne.transfer",
  phyle: "treasury.kindOne.phyle",
  distribution: "treasury.kindOne.distribution",
  rental: "treasury.kindOne.rental",
  deposit: "treasury.kindOne.deposit",
});

export const SOURCE_LABEL = labels<CounterpartyKind>({
  community: "treasury.source.community",
  association: "treasury.source.association",
  enterprise: "treasury.source.enterprise",
  public_body: "treasury.source.public_body",
  individual: "treasury.source.individual",
  internal: "treasury.source.internal",
});

export const SOURCE_ONE = labels<CounterpartyKind>({
  community: "treasury.sourceOne.community",
  association: "treasury.sourceOne.association",
  enterprise: "treasury.sourceOne.enterprise",
  public_body: "treasury.sourceOne.public_body",
  individual: "treasury.sourceOne.individual",
  internal: "treasury.sourceOne.internal",
});

/** Every kind of source or recipient, in the order the reports list them. */
export const COUNTERPARTY_KINDS = keysOf(SOURCE_LABEL);

export const EXPENSE_STATUS_LABEL = labels<ExpenseStatus>({
  submitted: "treasury.expenseStatus.submitted",
  approved: "treasury.expenseStatus.approved",
  rejected: "treasury.expenseStatus.rejected",
  paid: "treasury.expenseStatus.paid",
  withdrawn: "treasury.expenseStatus.withdrawn",
});

export const BUDGET_STATUS_LABEL = labels<BudgetStatus>({
  draft: "treasury.budgetStatus.draft",
  proposed: "treasury.budgetStatus.proposed",
  approved: "treasury.budgetStatus.approved",
  rejected: "treasury.budgetStatus.rejected",
  superseded: "treasury.budgetStatus.superseded",
});

export const DONATION_STATUS_LABEL = labels<DonationStatus>({
  pending: "treasury.donationStatus.pending",
  confirmed: "treasury.donationStatus.confirmed",
  declined: "treasury.donationStatus.declined",
});

export const FEE_PERIOD_LABEL = labels<FeePeriod>({
  monthly: "treasury.feePeriod.monthly",
  quarterly: "treasury.feePeriod.quarterly",
  yearly: "treasury.feePeriod.yearly",
});

export const FEE_PERIODS = keysOf(FEE_PERIOD_LABEL);

export const PAYMENT_KIND_LABEL = labels<PaymentKind>({
  sponsorship: "treasury.paymentKind.sponsorship",
  grant: "treasury.paymentKind.grant",
  reciprocity: "treasury.paymentKind.reciprocity",
  transfer: "treasury.paymentKind.transfer",
});

export const PAYMENT_KINDS = keysOf(PAYMENT_KIND_LABEL);

export const PAYMENT_KIND_HINT = labels<PaymentKind>({
  sponsorship: "treasury.paymentKindHint.sponsorship",
  grant: "treasury.paymentKindHint.grant",
  reciprocity: "treasury.paymentKindHint.reciprocity",
  transfer: "treasury.paymentKindHint.transfer",
});

/** The subtotal row closing each group of the balance sheet: "Total assets". */
export const ACCOUNT_TYPE_TOTAL = labels<AccountType>({
  asset: "treasury.accountTotal.asset",
  liability: "treasury.accountTotal.liability",
  equity: "treasury.accountTotal.equity",
  income: "treasury.accountTotal.income",
  expense: "treasury.accountTotal.expense",
});
