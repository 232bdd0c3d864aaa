import { useCallback, useEffect, useRef, useState } from "react";
import type { ApiError } from "./api/client.ts";
import type { Page } from "./api/schema.ts";
import { toApiError } from "./form.ts";
import { useSession } from "./session.tsx";

/** Sets document.title to "<page> · <instance name>". */
export function useTitle(page: string | null | undefined) {
  const { instance } = useSession();
  useEffect(() => {
    document.title = page ? `${page} · ${instance.name}` : instance.name;
  }, [page, instance.name]);
}

export { toApiError };

/** @deprecated Use `useMutation` with `invalidate` (api/query.ts). Kept until every area is converted.
 * Runs one action at a time: busy while it runs, its problem if it fails, `onDone` when it succeeds. */
export function useAction(onDone: () => void) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const run = async (action: () => Promise<unknown>) => {
    setBusy(true);
    setError(null);
    try {
      await action();
      onDone();
    } catch (err) {
      setError(toApiError(err));
    } finally {
      setBusy(false);
    }
  };
  return { busy, error, run };
}

export interface Resource<T> {
  data: T | undefined;
  error: ApiError | undefined;
  loading: boolean;
  reload: () => void;
}

/** @deprecated Use `useQuery(apiQuery(…))`. Kept until every area is converted.
 * Loads once per distinct `key`; reload() fetches again and keeps the old data on screen meanwhile. */
export function useResource<T>(key: string, load: () => Promise<T>): Resource<T> {
  const loadRef = useRef(load);
  loadRef.current = load;
  const [version, setVersion] = useState(0);
  const [state, setState] = useState<{ key: string; data?: T; error?: ApiError; loading: boolean }>({ key, loading: true });

  // biome-ignore lint/correctness/useExhaustiveDependencies: `version` is how reload() asks for the same key again.
  useEffect(() => {
    let live = true;
    setState((s) => (s.key === key ? { ...s, loading: true, error: undefined } : { key, loading: true }));
    loadRef.current().then(
      (data) => live && setState({ key, data, loading: false }),
      (err: unknown) => live && setState({ key, error: toApiError(err), loading: false }),
    );
    return () => {
      live = false;
    };
  }, [key, version]);

  const reload = useCallback(() => setVersion((v) => v + 1), []);
  const current = state.key === key;
  return {
    data: current ? state.data : undefined,
    error: current ? state.error : undefined,
    loading: !current || state.loading,
    reload,
  };
}

export interface Paged<T> {
  items: T[];
  error: ApiError | undefined;
  loading: boolean;
  loadingMore: boolean;
  hasMore: boolean;
  loadMore: () => void;
  reload: () => void;
}

/** @deprecated Use `useInfiniteQuery(apiPages(…))` with QueryList. Kept until every area is converted.
 * A cursor-paginated list: the first page per `key`, then "Load more" appends the next. */
export function usePaged<T>(key: string, load: (cursor: string | null) => Promise<Page<T>>): Paged<T> {
  const first = useResource(key, () => load(null));
  const loadRef = useRef(load);
  loadRef.current = load;
  const [more, setMore] = useState<{ base: Page<T> | undefined; items: T[]; nextCursor: string | null | undefined }>({
    base: undefined,
    items: [],
    nextCursor: undefined,
  });
  const [loadingMore, setLoadingMore] = useState(false);
  const [moreError, setMoreError] = useState<ApiError>();

  // Appended pages belong to the first page they followed; a new first page starts over.
  const extra = more.base === first.data ? more : { base: first.data, items: [], nextCursor: undefined };
  const nextCursor = extra.nextCursor === undefined ? (first.data?.nextCursor ?? null) : extra.nextCursor;

  const loadMore = useCallback(() => {
    if (!nextCursor) return;
    const base = first.data;
    setLoadingMore(true);
    setMoreError(undefined);
    loadRef.current(nextCursor).then(
      (page) => {
        setMore((m) => {
          const prior = m.base === base ? m.items : [];
          return { base, items: [...prior, ...page.items], nextCursor: page.nextCursor };
        });
        setLoadingMore(false);
      },
      (err: unknown) => {
        setMoreError(toApiError(err));
        setLoadingMore(false);
      },
    );
  }, [nextCursor, first.data]);

  return {
    items: first.data ? [...first.data.items, ...extra.items] : [],
    error: first.error ?? moreError,
    loading: first.loading && !first.data,
    loadingMore,
    hasMore: Boolean(nextCursor),
    loadMore,
    reload: first.reload,
  };
}
