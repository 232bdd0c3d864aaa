import { useMutation } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { CommentInput } from "../../../../src/modules/discussions/inputs.ts";
import { client } from "../../api/client.ts";
import { data } from "../../api/query.ts";
import { validate } from "../../form.ts";
import { LoadError, Loading } from "../States.tsx";
import { SignedInCommentForm } from "./CommentForm.tsx";
import { CommentItem } from "./CommentItem.tsx";
import { invalidateThreadLists, type ThreadState } from "./useThread.ts";

/** A thread's comments, oldest first, with "Load more" for later pages and the form to add one. */
export function CommentThread({ state }: { state: ThreadState }) {
  const { t } = useTranslation();
  const { thread } = state;
  const comment = useMutation({
    mutationFn: (body: { body: string }) =>
      data(client.POST("/api/threads/{id}/comments", { params: { path: { id: thread?.id ?? "" } }, body })),
    onSuccess: (c) => {
      state.put(c);
      return invalidateThreadLists();
    },
  });
  if (state.loading) return <Loading label={t("discussions.thread.loading")} />;
  if (!thread) return state.error ? <LoadError error={state.error} retry={state.reload} /> : null;
  const canModerate = thread.viewer.canModerate;
  const item = (c: (typeof state.comments)[number]) => <CommentItem key={c.id} comment={c} canModerate={canModerate} put={state.put} />;
  return (
    <div className="thread">
      <ol className="comment-list" aria-label={t("discussions.thread.commentsLabel", { count: thread.commentCount })}>
        {state.comments.map(item)}
      </ol>
      {state.error ? <LoadError error={state.error} /> : null}
      {state.hasMore ? (
        <div className="load-more">
          <button
            type="button"
            className="button button--secondary"
            onClick={state.loadMore}
            disabled={state.loadingMore}
            aria-busy={state.loadingMore || undefined}
          >
            {state.loadingMore ? t("common.loading") : t("discussions.thread.loadMore")}
          </button>
        </div>
      ) : null}
      {state.added.length > 0 ? <ol className="comment-list">{state.added.map(item)}</ol> : null}
      <SignedInCommentForm
        label={t("discussions.comment.addLabel")}
        submitLabel={t("discussions.comment.submit")}
        onSubmit={async (body) => {
          await comment.mutateAsync(validate(CommentInput, { body }));
        }}
      />
    </div>
  );
}
