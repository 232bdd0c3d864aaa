import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { apiQuery } from "../../api/query.ts";
import { formatDateTime } from "../../format.ts";
import { LoadError, Loading } from "../States.tsx";
import { RenderedHtml } from "./RenderedHtml.tsx";

/** A comment's earlier versions, oldest first, as the server rendered them. */
export function CommentVersions({ commentId, id }: { commentId: string; id: string }) {
  const { t } = useTranslation();
  // An edit invalidates them (CommentItem).
  const versions = useQuery(apiQuery("/api/comments/{id}/versions", { path: { id: commentId } }));
  return (
    <section id={id} className="comment-versions" aria-label={t("discussions.versions.label")}>
      {versions.isPending ? (
        <Loading label={t("discussions.versions.loading")} />
      ) : versions.error ? (
        <LoadError error={versions.error} retry={() => void versions.refetch()} />
      ) : (
        <ol>
          {versions.data?.items.map((v) => (
            <li key={v.writtenAt}>
              <p className="comment-version-date">{t("discussions.versions.written", { date: formatDateTime(v.writtenAt) })}</p>
              <RenderedHtml html={v.html} />
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
