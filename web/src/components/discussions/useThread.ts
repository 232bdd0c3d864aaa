import { useCallback, useEffect, useState } from "react";
import { discussionsApi } from "../../api/discussions.ts";
import type { ApiError } from "../../api.ts";
import { toApiError } from "../../hooks.ts";
import type { Comment, ThreadPage } from "../../types/discussions.ts";

const PAGE = 50;

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
  /** Put a comment the API returned (new, edited, hidden or restored) in its place. */
  put: (comment: Comment) => void;
}

interface Loaded {
  key: string;
  thread?: ThreadPage;
  comments: Comment[];
  added: Comment[];
  nextCursor: string | null;
  error?: ApiError;
}

/** One thread and its comments, oldest first, a page at a time; changes made here are shown without reloading. */
export function useThread(id: string, viewerKey: string): ThreadState {
  const key = `${id}:${viewerKey}`;
  const [version, setVersion] = useState(0);
  const [state, setState] = useState<Loaded>({ key: "", comments: [], added: [], nextCursor: null });
  const [loadingMore, setLoadingMore] = useState(false);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `version` is how reload() asks for the same thread again.
  useEffect(() => {
    let live = true;
    discussionsApi.thread(id, { limit: PAGE }).then(
      (t) => live && setState({ key, thread: t, comments: t.comments.items, added: [], nextCursor: t.comments.nextCursor }),
      (err: unknown) => live && setState((s) => ({ ...s, key, error: toApiError(err) })),
    );
    return () => {
      live = false;
    };
  }, [id, key, version]);

  const current = state.key === key;
  const loadMore = useCallback(() => {
    if (!state.nextCursor) return;
    setLoadingMore(true);
    discussionsApi.thread(id, { limit: PAGE, cursor: state.nextCursor }).then(
      (t) => {
        setState((s) => {
          const known = new Set(s.comments.map((c) => c.id));
          const fresh = t.comments.items.filter((c) => !known.has(c.id));
          const arrived = new Set(fresh.map((c) => c.id));
          const added = s.added.filter((c) => !arrived.has(c.id));
          const last = !t.comments.nextCursor;
          return {
            ...s,
            thread: t,
            comments: [...s.comments, ...fresh, ...(last ? added : [])],
            added: last ? [] : added,
            nextCursor: t.comments.nextCursor,
          };
        });
        setLoadingMore(false);
      },
      (err: unknown) => {
        setState((s) => ({ ...s, error: toApiError(err) }));
        setLoadingMore(false);
      },
    );
  }, [id, state.nextCursor]);

  const put = useCallback((comment: Comment) => {
    setState((s) => {
      const swap = (list: Comment[]) => list.map((c) => (c.id === comment.id ? comment : c));
      if ([...s.comments, ...s.added].some((c) => c.id === comment.id)) return { ...s, comments: swap(s.comments), added: swap(s.added) };
      const thread = s.thread && { ...s.thread, commentCount: s.thread.commentCount + 1, lastCommentAt: comment.createdAt };
      // With earlier comments still unloaded, the new one waits after the gap until the last page brings it.
      return s.nextCursor ? { ...s, thread, added: [...s.added, comment] } : { ...s, thread, comments: [...s.comments, comment] };
    });
  }, []);

  return {
    thread: current ? state.thread : undefined,
    comments: current ? state.comments : [],
    added: current ? state.added : [],
    loading: !current,
    error: current ? state.error : undefined,
    hasMore: current && Boolean(state.nextCursor),
    loadingMore,
    loadMore,
    reload: useCallback(() => setVersion((v) => v + 1), []),
    put,
  };
}
