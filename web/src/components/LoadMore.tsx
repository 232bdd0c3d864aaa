import type { Paged } from "../hooks.ts";
import { LoadError } from "./States.tsx";

/** @deprecated QueryList renders "Load more" for `useInfiniteQuery`. Kept until every area is converted.
 * The "Load more" button under a cursor-paginated list, and the error if the next page failed. */
export function LoadMore({ paged }: { paged: Paged<unknown> }) {
  return (
    <>
      {paged.error && paged.items.length > 0 ? <LoadError error={paged.error} /> : null}
      {paged.hasMore ? (
        <div className="load-more">
          <button
            type="button"
            className="button button--secondary"
            onClick={paged.loadMore}
            disabled={paged.loadingMore}
            aria-busy={paged.loadingMore || undefined}
          >
            {paged.loadingMore ? "Loading…" : "Load more"}
          </button>
        </div>
      ) : null}
    </>
  );
}
