import { Link } from "react-router";
import { formatBytes } from "../../format.ts";
import type { DocumentSummary } from "../../types/commons.ts";
import { PersonLink } from "../PersonLink.tsx";
import { RelativeTime } from "../RelativeTime.tsx";

export const documentPath = (slug: string, path: string) => `/commons/${slug}/documents/${encodeURIComponent(path)}`;

/** A commons' documents: title and path, revision count, size, who changed it last and when. */
export function DocumentList({ slug, documents }: { slug: string; documents: DocumentSummary[] }) {
  return (
    <ul className="doc-list">
      {documents.map((d) => (
        <li key={d.path} className="doc-row">
          <div className="doc-row-main">
            <Link to={documentPath(slug, d.path)} className="doc-row-title">
              {d.title}
            </Link>
            <span className="muted doc-row-path">{d.path}</span>
          </div>
          <p className="doc-row-meta">
            <span>
              {d.head} {d.head === 1 ? "revision" : "revisions"} · {formatBytes(d.bytes)}
            </span>
            <span>
              {d.lastAuthor ? <PersonLink person={d.lastAuthor} showHandle={false} /> : <span className="muted">A former member</span>}{" "}
              <RelativeTime value={d.updatedAt} />
            </span>
          </p>
        </li>
      ))}
    </ul>
  );
}
