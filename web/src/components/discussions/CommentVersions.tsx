import { useQuery } from "@tanstack/react-query";
import { apiQuery } from "../../api/query.ts";
import { formatDateTime } from "../../format.ts";
import { LoadError, Loading } from "../States.tsx";
import { RenderedHtml } from "./RenderedHtml.tsx";

/** A comment's earlier versions, oldest first, as the server rendered them. */
export function CommentVersions({ commentId, id }: { commentId: string; id: string }) {
  // An edit invalidates them (CommentItem).
  const versions = useQuery(apiQuery("/api/comments/{id}/versions", { path: { id: commentId } }));
  return (
    <section id={id} className="comment-versions" aria-label="Earlier versions">
      {versions.isPending ? (
        <Loading label="Loading earlier versions…" />
      ) : versions.error ? (
        <LoadError error={versions.error} retry={() => void versions.refetch()} />
      ) : (
        <ol>
          {versions.data?.items.map((v) => (
            <li key={v.writtenAt}>
              <p className="comment-version-date">Written {formatDateTime(v.writtenAt)}</p>
              <RenderedHtml html={v.html} />
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
