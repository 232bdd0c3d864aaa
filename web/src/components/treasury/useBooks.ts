import { useQuery } from "@tanstack/react-query";
import type { Books } from "../../api/schema.ts";
import type { Resource } from "../../hooks.ts";
import { booksQuery } from "./queries.ts";

/**
 * @deprecated Use `useBooks` from ./queries.ts (a TanStack query). This shape is kept only for the
 * value area's distribute form until it is converted; delete this file then.
 */
export function useBooks(slug: string): Resource<Books> {
  const q = useQuery(booksQuery(slug));
  return { data: q.data, error: q.error ?? undefined, loading: q.isPending, reload: () => void q.refetch() };
}
