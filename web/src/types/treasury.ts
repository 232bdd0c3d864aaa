/**
 * The treasury's shapes, as /api/openapi.json describes them (Books, Transaction, TreasuryReport,
 * Budget, Expense, Donation, FeeStatus). Money in responses is minor units as a decimal string
 * ("2500" is 25.00 EUR); request bodies take minor units as JSON integers.
 */
import type { Method, Outcome, ProposalStatus } from "./decisions.ts";

export const ACCOUNT_TYPES = ["asset", "liability", "equity", "income", "expense"] as const;
export type AccountType = (typeof ACCOUNT_TYPES)[number];

export const TRANSACTION_KINDS = [
  "donation",
  "membership_fee",
  "sponsorship",
  "grant",
  "reciprocity",
  "expense",
  "payout",
  "transfer",
] as const;
export type TransactionKind = (typeof TRANSACTION_KINDS)[number];

/** Where money comes from or goes to, for the reports. */
export const COUNTERPARTY_KINDS = ["community", "association", "enterprise", "public_body", "individual", "internal"] as const;
export type CounterpartyKind = (typeof COUNTERPARTY_KINDS)[number];

export interface PersonRef {
  handle: string;
  name: string;
}

export interface OrgRef {
  slug: string;
  name: string;
}

/** Minor units as a decimal string, and its ISO 4217 currency. */
export interface Money {
  amount: string;
  currency: string;
}

export interface Account {
  id: string;
  code: string;
  name: string;
  type: AccountType;
  currencies: string[];
  allowNegative: boolean;
  /** Debit-positive, as in hledger: income and liabilities show negative. */
  balances: Money[];
}

export interface Books {
  opened: boolean;
  currency: string | null;
  /** Whether the viewer is a treasurer of these books. */
  canKeepBooks: boolean;
  accounts: Account[];
}

export interface AccountRef {
  code: string;
  name: string;
}

export interface Posting extends Money {
  account: AccountRef;
  memo: string | null;
}

export interface Transaction {
  id: string;
  seq: number;
  date: string;
  kind: TransactionKind;
  description: string;
  counterparty: { kind: CounterpartyKind; name: string; organization: (OrgRef & { kind: string }) | null };
  postings: Posting[];
  /** The passed proposal that authorised it. */
  decision: { id: string; title: string; outcome: string | null } | null;
  /** The expense or donation it records. */
  source: { type: "expense" | "donation"; id: string; label: string } | null;
  transferId: string | null;
  /** The id of the entry this one reverses. */
  reverses: string | null;
  /** The id of the entry that reverses this one. */
  reversedBy: string | null;
  postedBy: PersonRef | null;
  postedAt: string;
}

export interface TransactionDetail extends Transaction {
  organization: (OrgRef & { kind: string }) | null;
}

export interface Flow {
  total: string;
  /** Transaction kind → minor units. */
  byKind: Partial<Record<TransactionKind, string>>;
  /** Counterparty kind → minor units. */
  bySource: Partial<Record<CounterpartyKind, string>>;
}

export interface ReportMonth {
  /** YYYY-MM */
  month: string;
  currency: string;
  income: Flow;
  spending: Flow;
}

export interface TreasuryReport {
  currency: string | null;
  from: string;
  to: string;
  /** Only months with income or spending, one entry per month and currency. */
  months: ReportMonth[];
}

export interface NewAccount {
  code: string;
  name: string;
  currencies?: string[];
  allowNegative?: boolean;
}

export interface PostingInput {
  account: string;
  /** Minor units; positive is a debit, negative a credit. */
  amount: number;
  currency: string;
  memo?: string;
}

export interface NewTransaction {
  kind: TransactionKind;
  date: string;
  description: string;
  counterparty?: string;
  counterpartyKind?: CounterpartyKind;
  postings: PostingInput[];
}

export const BUDGET_STATUSES = ["draft", "proposed", "approved", "rejected", "superseded"] as const;
export type BudgetStatus = (typeof BUDGET_STATUSES)[number];

export interface BudgetLine {
  id: string;
  name: string;
  account: AccountRef;
  currency: string;
  amount: string;
  /** Paid expenses on this line: the actual. */
  paid: string;
  /** Approved, not yet paid. */
  committed: string;
  left: string;
}

export interface Budget {
  id: string;
  year: number;
  title: string;
  status: BudgetStatus;
  proposalId: string | null;
  createdAt: string;
  lines: BudgetLine[];
}

export interface BudgetInput {
  year: number;
  title: string;
  lines: { name: string; account: string; amount: number; currency?: string }[];
}

/** Spending is decided yes or no. */
export const SPENDING_METHODS = ["majority", "supermajority", "consent", "consensus"] as const satisfies readonly Method[];
export type SpendingMethod = (typeof SPENDING_METHODS)[number];

/** Putting an expense or a budget to the members. */
export interface DecisionTerms {
  closesAt: string;
  method?: SpendingMethod;
  threshold?: { numerator: number; denominator: number };
  quorumPercent?: number;
  ballot?: "public" | "secret";
  opensAt?: string;
  title?: string;
  body?: string;
}

/** The part of a created proposal the treasury links to. */
export interface ProposalRef {
  id: string;
  title: string;
  closesAt: string;
}

export const EXPENSE_STATUSES = ["submitted", "approved", "rejected", "paid", "withdrawn"] as const;
export type ExpenseStatus = (typeof EXPENSE_STATUSES)[number];

export interface Expense {
  id: string;
  organization: OrgRef;
  submittedBy: PersonRef | null;
  payee: { name: string; person: PersonRef | null };
  amount: string;
  currency: string;
  purpose: string;
  account: AccountRef;
  status: ExpenseStatus;
  /** decision: the members approved it by vote; budget: a treasurer, within an approved budget line. */
  approval: "decision" | "budget" | null;
  /** The proposal putting it to the members, if any. */
  decision: { id: string; title: string; status: ProposalStatus; outcome: Outcome | null; closesAt: string } | null;
  budgetLine: {
    id: string;
    name: string;
    budget: { id: string; title: string; year: number; decision: { id: string; title: string } | null };
  } | null;
  decidedBy: PersonRef | null;
  decidedAt: string | null;
  decisionNote: string | null;
  transactionId: string | null;
  paidAt: string | null;
  receipt: { filename: string; contentType: string; size: number; uploadedAt: string } | null;
  createdAt: string;
}

export interface ExpenseDetail extends Expense {
  viewer: { isSubmitter: boolean; isTreasurer: boolean; canSeeReceipt: boolean };
}

export interface ExpenseInput {
  purpose: string;
  amount: number;
  currency: string;
  /** The member to reimburse (a handle); yourself by default. */
  payee?: string;
  /** Or a supplier's name. */
  payeeName?: string;
  account?: string;
}

export const DONATION_STATUSES = ["pending", "confirmed", "declined"] as const;
export type DonationStatus = (typeof DONATION_STATUSES)[number];

export interface Donation {
  id: string;
  /** null for anonymous donations (except to treasurers and the donor). */
  donor: PersonRef | null;
  anonymous: boolean;
  amount: string;
  currency: string;
  message: string;
  status: DonationStatus;
  transactionId: string | null;
  createdAt: string;
}

export interface DonationInput {
  amount: number;
  currency: string;
  anonymous: boolean;
  message?: string;
}

export const FEE_PERIODS = ["monthly", "quarterly", "yearly"] as const;
export type FeePeriod = (typeof FEE_PERIODS)[number];

export interface FeeStatus {
  schedule: { amount: string; currency: string; period: FeePeriod; startsOn: string } | null;
  periodStart: string | null;
  periodEnd: string | null;
  members: { handle: string; name: string; paid: boolean }[];
}

export interface FeeScheduleInput {
  amount: number;
  currency: string;
  period: FeePeriod;
  startsOn: string;
}

export const PAYMENT_KINDS = ["sponsorship", "grant", "reciprocity", "transfer"] as const;
export type PaymentKind = (typeof PAYMENT_KINDS)[number];

export interface PaymentInput {
  to: string;
  kind: PaymentKind;
  amount: number;
  currency: string;
  description: string;
  date?: string;
}
