/** Typed calls for the treasury: the books, transactions, the monthly report, budgets, expenses and income. */

import type { PageQuery } from "../api.ts";
import type {
  Account,
  Books,
  Budget,
  BudgetInput,
  DecisionTerms,
  Donation,
  DonationInput,
  DonationStatus,
  Expense,
  ExpenseDetail,
  ExpenseInput,
  FeeScheduleInput,
  FeeStatus,
  NewAccount,
  NewTransaction,
  PaymentInput,
  ProposalRef,
  Transaction,
  TransactionDetail,
  TransactionKind,
  TreasuryReport,
} from "../types/treasury.ts";
import { get, post, put, request, seg } from "./client.ts";
import type { Page } from "./schema.ts";

const org = (slug: string, rest: string) => `/organizations/${seg(slug)}/${rest}`;
const expense = (id: string, action = "") => `/expenses/${seg(id)}${action}`;

/** PUT a multipart form (a receipt), with the session's CSRF token like every other write. */
const upload = <T>(path: string, form: FormData) => request<T>("PUT", path, form);

export const treasuryApi = {
  books: (slug: string) => get<Books>(org(slug, "books")),
  openBooks: (slug: string, currency: string) => post<Books>(org(slug, "books"), { currency }),
  addAccount: (slug: string, body: NewAccount) => post<Account>(org(slug, "accounts"), body),

  transactions: (slug: string, q: PageQuery & { kind?: TransactionKind | "" }) =>
    get<Page<Transaction>>(org(slug, "transactions"), { ...q }),
  transaction: (id: string) => get<TransactionDetail>(`/transactions/${seg(id)}`),
  postTransaction: (slug: string, body: NewTransaction) => post<TransactionDetail>(org(slug, "transactions"), body),
  reverse: (id: string, reason: string) => post<TransactionDetail>(`/transactions/${seg(id)}/reverse`, { reason }),

  report: (slug: string, q: { from?: string; to?: string }) => get<TreasuryReport>(org(slug, "treasury/report"), { ...q }),
  /** Where the whole ledger downloads, for hledger or a spreadsheet. */
  exportHref: (slug: string, format: "journal" | "csv") => `/api${org(slug, `ledger.${format}`)}`,

  budgets: (slug: string, year?: number) => get<{ items: Budget[] }>(org(slug, "budgets"), { year }),
  draftBudget: (slug: string, body: BudgetInput) => post<Budget>(org(slug, "budgets"), body),
  reviseBudget: (id: string, body: BudgetInput) => put<Budget>(`/budgets/${seg(id)}`, body),
  proposeBudget: (id: string, terms: DecisionTerms) => post<ProposalRef>(`/budgets/${seg(id)}/vote`, terms),

  expenses: (slug: string, q: PageQuery & { status?: string }) => get<Page<Expense>>(org(slug, "expenses"), { ...q }),
  submitExpense: (slug: string, body: ExpenseInput) => post<ExpenseDetail>(org(slug, "expenses"), body),
  expense: (id: string) => get<ExpenseDetail>(expense(id)),
  receiptHref: (id: string) => `/api${expense(id, "/receipt")}`,
  uploadReceipt: (id: string, file: File) => {
    const form = new FormData();
    form.set("file", file);
    return upload<ExpenseDetail>(expense(id, "/receipt"), form);
  },
  putExpenseToVote: (id: string, terms: DecisionTerms) => post<ProposalRef>(expense(id, "/vote"), terms),
  approveExpense: (id: string, budgetLine: string) => post<ExpenseDetail>(expense(id, "/approve"), { budgetLine }),
  rejectExpense: (id: string, note: string) => post<ExpenseDetail>(expense(id, "/reject"), { note }),
  withdrawExpense: (id: string) => post<ExpenseDetail>(expense(id, "/withdraw")),
  payExpense: (id: string, body: { date?: string; from?: string }) => post<ExpenseDetail>(expense(id, "/pay"), body),

  donate: (slug: string, body: DonationInput) => post<Donation>(org(slug, "donations"), body),
  donations: (slug: string, status: DonationStatus) => get<{ items: Donation[] }>(org(slug, "donations"), { status }),
  confirmDonation: (id: string, body: { date?: string; into?: string }) => post<Donation>(`/donations/${seg(id)}/confirm`, body),
  declineDonation: (id: string) => post<Donation>(`/donations/${seg(id)}/decline`),

  fees: (slug: string, day?: string) => get<FeeStatus>(org(slug, "fees"), { day }),
  setFeeSchedule: (slug: string, body: FeeScheduleInput) => post<FeeStatus>(org(slug, "fee-schedules"), body),
  recordFee: (slug: string, body: { member: string; periodStart: string; date?: string }) => post<FeeStatus>(org(slug, "fees"), body),

  payOrganization: (slug: string, body: PaymentInput) => post<TransactionDetail>(org(slug, "payments"), body),
};
