/** The treasury's queries and cache keys, and what a write to the books refreshes. */
import { useQuery } from "@tanstack/react-query";
import { activitiesKey } from "../../api/foundation.ts";
import { apiKey, apiQuery, invalidate } from "../../api/query.ts";
import type { Books } from "../../api/schema.ts";

export const booksQuery = (slug: string) => apiQuery("/api/organizations/{slug}/books", { path: { slug } });
export const expenseQuery = (id: string) => apiQuery("/api/expenses/{id}", { path: { id } });
export const budgetsQuery = (slug: string) => apiQuery("/api/organizations/{slug}/budgets", { path: { slug } });
export const feesQuery = (slug: string) => apiQuery("/api/organizations/{slug}/fees", { path: { slug } });

/** An organization's books: whether they are open, their accounts and balances, and whether the viewer keeps them. */
export const useBooks = (slug: string) => useQuery(booksQuery(slug));

/** Every currency some account of the books holds, the books' own first. */
export function bookCurrencies(books: Books | undefined): string[] {
  if (!books?.currency) return [];
  const all = new Set([books.currency]);
  for (const a of books.accounts) for (const c of a.currencies) all.add(c);
  return [...all];
}

/** Where the whole ledger downloads, for hledger or a spreadsheet. */
export const exportHref = (slug: string, format: "journal" | "csv") => `/api/organizations/${encodeURIComponent(slug)}/ledger.${format}`;

/** Where an expense's receipt downloads. */
export const receiptHref = (id: string) => `/api/expenses/${encodeURIComponent(id)}/receipt`;

/**
 * After any write to the books (a transaction, an expense's step, a donation, a fee, a budget, a
 * payment between organizations): every treasury read, of every organization (a payment is posted in
 * two books), the proposals that decide spending, and activity feeds. Only the queries on screen refetch.
 */
export const invalidateTreasury = () =>
  invalidate(
    apiKey("/api/organizations/{slug}/books"),
    apiKey("/api/organizations/{slug}/transactions"),
    apiKey("/api/transactions/{id}"),
    apiKey("/api/organizations/{slug}/treasury/report"),
    apiKey("/api/organizations/{slug}/budgets"),
    apiKey("/api/organizations/{slug}/expenses"),
    apiKey("/api/expenses/{id}"),
    apiKey("/api/organizations/{slug}/donations"),
    apiKey("/api/organizations/{slug}/fees"),
    apiKey("/api/proposals"),
    apiKey("/api/proposals/{id}"),
    activitiesKey,
  );
