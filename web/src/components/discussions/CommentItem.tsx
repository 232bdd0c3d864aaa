import { useMutation } from "@tanstack/react-query";
import { useId, useRef, useState } from "react";
import { CommentInput } from "../../../../src/modules/discussions/inputs.ts";
import { client } from "../../api/client.ts";
import { apiKey, data, invalidate } from "../../api/query.ts";
import type { Comment } from "../../api/schema.ts";
import { validate } from "../../form.ts";
import { useSession } from "../../session.tsx";
import { PersonLink } from "../PersonLink.tsx";
import { RelativeTime } from "../RelativeTime.tsx";
import { CommentForm } from "./CommentForm.tsx";
import { CommentVersions } from "./CommentVersions.tsx";
import { HideForm } from "./HideForm.tsx";
import { RenderedHtml } from "./RenderedHtml.tsx";
import { invalidateThreadLists, threadListKeys } from "./useThread.ts";

/** What a moderator left in a hidden comment's place. */
function HiddenNotice({ hidden }: { hidden: NonNullable<Comment["hidden"]> }) {
  return (
    <p className="comment-hidden">
      Hidden by {hidden.by?.name ?? "a moderator"} <RelativeTime value={hidden.at} />: “{hidden.reason}”
    </p>
  );
}

/** One comment: who and when, its rendered text or the reason it was hidden, and what the viewer may do with it. */
export function CommentItem({
  comment: c,
  canModerate,
  put,
}: {
  comment: Comment;
  canModerate: boolean;
  /** Puts the API's answer in its place in the cached thread. */
  put: (c: Comment) => void;
}) {
  const { me } = useSession();
  const [mode, setMode] = useState<"read" | "edit" | "hide">("read");
  const [showVersions, setShowVersions] = useState(false);
  const versionsId = useId();
  const actionsRef = useRef<HTMLDivElement>(null);
  const edit = useMutation({
    mutationFn: (body: { body: string }) => data(client.PATCH("/api/comments/{id}", { params: { path: { id: c.id } }, body })),
    onSuccess: (changed) => {
      put(changed);
      return invalidate(apiKey("/api/comments/{id}/versions", { path: { id: c.id } }), ...threadListKeys);
    },
  });
  const restore = useMutation({
    mutationFn: () => data(client.DELETE("/api/comments/{id}/hide", { params: { path: { id: c.id } } })),
    onSuccess: (restored) => {
      put(restored);
      return invalidateThreadLists();
    },
  });
  const mine = !!me && me.handle === c.author?.handle;
  const hasActions = (mine && !c.hidden) || canModerate;

  const back = () => {
    setMode("read");
    requestAnimationFrame(() => actionsRef.current?.querySelector("button")?.focus());
  };

  return (
    <li className={c.hidden ? "comment comment--hidden" : "comment"} id={`comment-${c.id}`}>
      <div className="comment-head">
        {c.author ? <PersonLink person={c.author} showHandle={false} /> : <span className="muted">A former member</span>}
        <a className="comment-time" href={`#comment-${c.id}`}>
          <RelativeTime value={c.createdAt} />
        </a>
        {c.editedAt && !c.hidden ? (
          <button
            type="button"
            className="link-button comment-edited"
            aria-expanded={showVersions}
            aria-controls={showVersions ? versionsId : undefined}
            onClick={() => setShowVersions((s) => !s)}
          >
            edited
            <span className="visually-hidden"> {showVersions ? "(hide earlier versions)" : "(show earlier versions)"}</span>
          </button>
        ) : null}
      </div>
      {c.hidden ? (
        <HiddenNotice hidden={c.hidden} />
      ) : mode === "edit" ? (
        <CommentForm
          label="Edit your comment"
          submitLabel="Save"
          busyLabel="Saving…"
          defaultValue={c.body ?? ""}
          autoFocus
          onSubmit={async (body) => {
            await edit.mutateAsync(validate(CommentInput, { body }));
            back();
          }}
          onCancel={() => back()}
        />
      ) : (
        <RenderedHtml html={c.html ?? ""} />
      )}
      {showVersions && c.editedAt && !c.hidden ? <CommentVersions id={versionsId} commentId={c.id} /> : null}
      {mode === "hide" ? (
        <HideForm
          comment={c}
          onHidden={(hidden) => {
            put(hidden);
            back();
          }}
          onCancel={() => back()}
        />
      ) : null}
      {mode === "read" && hasActions ? (
        <div className="comment-actions" ref={actionsRef}>
          {mine && !c.hidden ? (
            <button type="button" className="link-button" onClick={() => setMode("edit")}>
              Edit
            </button>
          ) : null}
          {canModerate && !c.hidden ? (
            <button type="button" className="link-button comment-hide" onClick={() => setMode("hide")}>
              Hide
            </button>
          ) : null}
          {canModerate && c.hidden ? (
            <button
              type="button"
              className="link-button"
              disabled={restore.isPending}
              onClick={() => restore.mutate(undefined, { onSuccess: back })}
            >
              {restore.isPending ? "Restoring…" : "Restore"}
            </button>
          ) : null}
          {restore.error ? (
            <span className="field-error" role="alert">
              {restore.error.detail}
            </span>
          ) : null}
        </div>
      ) : null}
    </li>
  );
}
