import { useMutation } from "@tanstack/react-query";
import { useId, useRef, useState } from "react";
import { Trans, useTranslation } from "react-i18next";
import { CommentInput } from "../../../../src/modules/discussions/inputs.ts";
import { client } from "../../api/client.ts";
import { apiKey, data, invalidate } from "../../api/query.ts";
import type { Comment } from "../../api/schema.ts";
import { validate } from "../../form.ts";
import { useSession } from "../../session.tsx";
import { RemoteAuthor } from "../federation/RemoteAuthor.tsx";
import { PersonLink } from "../PersonLink.tsx";
import { RelativeTime } from "../RelativeTime.tsx";
import { CommentForm } from "./CommentForm.tsx";
import { CommentVersions } from "./CommentVersions.tsx";
import { HideForm } from "./HideForm.tsx";
import { RenderedHtml } from "./RenderedHtml.tsx";
import { invalidateThreadLists, threadListKeys } from "./useThread.ts";

/** What a moderator left in a hidden comment's place. */
function HiddenNotice({ hidden }: { hidden: NonNullable<Comment["hidden"]> }) {
  const time = { time: <RelativeTime value={hidden.at} /> };
  return (
    <p className="comment-hidden">
      {hidden.by ? (
        <Trans i18nKey="discussions.comment.hiddenBy" values={{ name: hidden.by.name, reason: hidden.reason }} components={time} />
      ) : (
        <Trans i18nKey="discussions.comment.hiddenByModerator" values={{ reason: hidden.reason }} components={time} />
      )}
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
  const { t } = useTranslation();
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
        {c.author ? (
          <PersonLink person={c.author} showHandle={false} />
        ) : c.remoteAuthor ? (
          <RemoteAuthor author={c.remoteAuthor} marked />
        ) : (
          <span className="muted">{t("discussions.formerMember")}</span>
        )}
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
            {t("discussions.comment.edited")}
            <span className="visually-hidden">
              {" "}
              {showVersions ? t("discussions.comment.hideVersions") : t("discussions.comment.showVersions")}
            </span>
          </button>
        ) : null}
      </div>
      {c.hidden ? (
        <HiddenNotice hidden={c.hidden} />
      ) : mode === "edit" ? (
        <CommentForm
          label={t("discussions.comment.editLabel")}
          submitLabel={t("discussions.comment.save")}
          busyLabel={t("discussions.comment.saving")}
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
              {t("discussions.comment.edit")}
            </button>
          ) : null}
          {canModerate && !c.hidden ? (
            <button type="button" className="link-button comment-hide" onClick={() => setMode("hide")}>
              {t("discussions.comment.hide")}
            </button>
          ) : null}
          {canModerate && c.hidden ? (
            <button
              type="button"
              className="link-button"
              disabled={restore.isPending}
              onClick={() => restore.mutate(undefined, { onSuccess: back })}
            >
              {restore.isPending ? t("discussions.comment.restoring") : t("discussions.comment.restore")}
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
