import type { InfiniteData, UseInfiniteQueryResult, UseQueryResult } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { allItems } from "../api/query.ts";
import { Empty, LoadError, Loading } from "./States.tsx";

/**
 * The one list: loading, the error with "Try again", the empty state, the items, and "Load more"
 * with its own error, over `useInfiniteQuery(apiPages(…))`. `children` renders the loaded items
 * (all pages so far) in whatever markup the page uses.
 *
 *   <QueryList query={useInfiniteQuery(apiPages("/api/organizations", { query: { q } }))}
 *     loading="Loading organizations…" empty={<Empty title="No organizations yet." />}>
 *     {(orgs) => <ul className="card-grid">{orgs.map((o) => <OrgCard key={o.id} org={o} />)}</ul>}
 *   </QueryList>
 */
export function QueryList<T>({
  query,
  loading,
  empty,
  children,
}: {
  query: UseInfiniteQueryResult<InfiniteData<{ items: T[] }>>;
  loading?: string;
  /** Shown when the list has no items; an `<Empty>` or a muted line. */
  empty: ReactNode;
  children: (items: T[]) => ReactNode;
}) {
  const { t } = useTranslation();
  const items = allItems(query.data);
  return (
    <div aria-live="polite" aria-busy={query.isPending || query.isFetchingNextPage}>
      {query.isPending ? (
        <Loading label={loading ?? t("common.loading")} />
      ) : query.isError && items.length === 0 ? (
        <LoadError error={query.error} retry={() => void query.refetch()} />
      ) : items.length === 0 ? (
        empty
      ) : (
        <>
          {children(items)}
          {query.isFetchNextPageError ? <LoadError error={query.error} retry={() => void query.fetchNextPage()} /> : null}
          {query.hasNextPage ? (
            <div className="load-more">
              <button
                type="button"
                className="button button--secondary"
                onClick={() => void query.fetchNextPage()}
                disabled={query.isFetchingNextPage}
                aria-busy={query.isFetchingNextPage || undefined}
              >
                {query.isFetchingNextPage ? t("common.loading") : t("orgs.list.loadMore")}
              </button>
            </div>
          ) : null}
        </>
      )}
    </div>
  );
}

/**
 * One query's loading and error states; `children` renders its data. Data already on screen stays
 * while it refreshes.
 *
 *   <QueryView query={useQuery(apiQuery("/api/people/{handle}", { path: { handle } }))}>{(person) => …}</QueryView>
 */
export function QueryView<T>({
  query,
  loading,
  children,
}: {
  query: UseQueryResult<T>;
  loading?: string;
  children: (data: T) => ReactNode;
}) {
  const { t } = useTranslation();
  if (query.isPending) return <Loading label={loading ?? t("common.loading")} />;
  if (query.isError && query.data === undefined) return <LoadError error={query.error} retry={() => void query.refetch()} />;
  return <>{children(query.data as T)}</>;
}

export { Empty };
