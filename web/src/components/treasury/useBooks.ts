import { treasuryApi } from "../../api/treasury.ts";
import { useResource } from "../../hooks.ts";
import type { Books } from "../../types/treasury.ts";

/** An organization's books; `version` (e.g. the org layout's activity key) reloads them after a change elsewhere. */
export function useBooks(slug: string, version: string | number = "") {
  return useResource(`treasury-books:${slug}:${version}`, () => treasuryApi.books(slug));
}

/** Every currency some account of the books holds, the books' own first. */
export function bookCurrencies(books: Books | undefined): string[] {
  if (!books?.currency) return [];
  const all = new Set([books.currency]);
  for (const a of books.accounts) for (const c of a.currencies) all.add(c);
  return [...all];
}
