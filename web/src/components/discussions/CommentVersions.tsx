import { discussionsApi } from "../../api/discussions.ts";
import { formatDateTime } from "../../format.ts";
import { useResource } from "../../hooks.ts";
import { LoadError, Loading } from "../States.tsx";
import { RenderedHtml } from "./RenderedHtml.tsx";

/** A comment's earlier versions, oldest first, as the server rendered them. */
export function CommentVersions({ commentId, editedAt, id }: { commentId: string; editedAt: string; id: string }) {
  const versions = useResource(`versions:${commentId}:${editedAt}`, () => discussionsApi.versions(commentId));
  return (
    <section id={id} className="comment-versions" aria-label="Earlier versions">
      {versions.loading && !versions.data ? (
        <Loading label="Loading earlier versions…" />
      ) : versions.error ? (
        <LoadError error={versions.error} retry={versions.reload} />
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
