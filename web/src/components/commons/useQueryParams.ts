import { useCallback } from "react";
import { useSearchParams } from "react-router";

/** The page's query string as filters: read one, or set several at once (empty removes), replacing the history entry. */
export function useQueryParams() {
  const [params, setParams] = useSearchParams();
  const update = useCallback(
    (changes: Record<string, string>) => {
      const next = new URLSearchParams(window.location.search);
      for (const [k, v] of Object.entries(changes)) {
        if (v) next.set(k, v);
        else next.delete(k);
      }
      setParams(next, { replace: true });
    },
    [setParams],
  );
  return { get: (name: string) => params.get(name) ?? "", update };
}
