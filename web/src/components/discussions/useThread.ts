import { type InfiniteData, infiniteQueryOptions, useInfiniteQuery } from "@tanstack/react-query";
import { useCallback, useState } from "react";
import type { ApiError } from "../../api/client.ts";
import { client } from "../../api/client.ts";
import { activitiesKey } from "../../api/foundation.ts";
import { apiKey, data, invalidate, queryClient } from "../../api/query.ts";
import type { Comment, ThreadPage } from "../../api/schema.ts";

const PAGE = 50;

/** One thread, its comments oldest first, a page at a time. Its key starts with `apiKey("/api/threads/{id}", { path: { id } })`. */
export function threadPages(id: string) {
  return infiniteQueryOptions({
    queryKey: ["/api/threads/{id}", { path: { id }, query: { limit: PAGE } }, "pages"] as const,
    initialPageParam: null as string | null,
    queryFn: ({ pageParam, signal }) =>
      data(
        client.GET("/api/threads/{id}", {
          params: { path: { id }, query: pageParam ? { limit: PAGE, cursor: pageParam } : { limit: PAGE } },
          signal,
        }),
      ),
    getNextPageParam: (last: ThreadPage) => last.comments.nextCursor ?? undefined,
  });
}

/** After a comment is written, edited, hidden or restored: the thread lists (counts, last comment) and the activity feeds. */
export const threadListKeys = [apiKey("/api/threads"), activitiesKey] as const;
export const invalidateThreadLists = () => invalidate(...threadListKeys);

export interface ThreadState {
  thread: ThreadPage | undefined;
  comments: Comment[];
  /** Comments written here while earlier ones are still unloaded: they come after the gap. */
  added: Comment[];
  loading: boolean;
  error: ApiError | undefined;
  hasMore: boolean;
  loadingMore: boolean;
  loadMore: () => void;
  reload: () => void;
  /** Put a comment the API returned (new, edited, hidden or restored) in its place in the cached thread. */
  put: (comment: Comment) => void;
}

/** One thread and its comments, oldest first, a page at a time; what is written here shows at once, from the API's answer. */
export function useThread(id: string): ThreadState {
  const query = useInfiniteQuery(threadPages(id));
  const [written, setWritten] = useState<{ id: string; comments: Comment[] }>({ id, comments: [] });
  const pages = query.data?.pages ?? [];
  const loaded = pages.flatMap((p) => p.comments.items);
  const known = new Set(loaded.map((c) => c.id));
  const waiting = (written.id === id ? written.comments : []).filter((c) => !known.has(c.id));
  const hasMore = query.hasNextPage;

  const put = useCallback(
    (comment: Comment) => {
      const key = threadPages(id).queryKey;
      const cached = queryClient.getQueryData<InfiniteData<ThreadPage>>(key);
      const inPages = cached?.pages.some((p) => p.comments.items.some((c) => c.id === comment.id)) ?? false;
      const last = cached?.pages.at(-1);
      const atEnd = !!last && !last.comments.nextCursor;
      queryClient.setQueryData<InfiniteData<ThreadPage>>(key, (old) => {
        if (!old) return old;
        const swap = (items: Comment[]) => items.map((c) => (c.id === comment.id ? comment : c));
        return {
          ...old,
          pages: old.pages.map((p, i) => {
            if (inPages) return { ...p, comments: { ...p.comments, items: swap(p.comments.items) } };
            const grown = { ...p, commentCount: p.commentCount + 1, lastCommentAt: comment.createdAt };
            // With every page loaded, the new comment ends the last one.
            return atEnd && i === old.pages.length - 1
              ? { ...grown, comments: { ...p.comments, items: [...p.comments.items, comment] } }
              : grown;
          }),
        };
      });
      // With earlier comments still unloaded, the new one (or its edit) waits after the gap until the last page brings it.
      setWritten((w) => {
        const mine = w.id === id ? w.comments : [];
        if (mine.some((c) => c.id === comment.id)) return { id, comments: mine.map((c) => (c.id === comment.id ? comment : c)) };
        return inPages || atEnd ? { id, comments: mine } : { id, comments: [...mine, comment] };
      });
    },
    [id],
  );

  return {
    thread: pages.at(-1),
    comments: hasMore ? loaded : [...loaded, ...waiting],
    added: hasMore ? waiting : [],
    loading: query.isPending,
    error: query.error ?? undefined,
    hasMore,
    loadingMore: query.isFetchingNextPage,
    loadMore: () => void query.fetchNextPage(),
    reload: () => void query.refetch(),
    put,
  };
}
