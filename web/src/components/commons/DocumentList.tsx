import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { DocumentSummary } from "../../api/schema.ts";
import { formatBytes } from "../../format.ts";
import { PersonLink } from "../PersonLink.tsx";
import { RelativeTime } from "../RelativeTime.tsx";

export const documentPath = (slug: string, path: string) => `/commons/${slug}/documents/${encodeURIComponent(path)}`;

/** Where a revision's text can be downloaded as a plain file. */
export const rawDocumentUrl = (slug: string, path: string, revision?: number) =>
  `/api/commons/${encodeURIComponent(slug)}/documents/${encodeURIComponent(path)}/raw${revision ? `?revision=${revision}` : ""}`;

/** A commons' documents: title and path, revision count, size, who changed it last and when. */
export function DocumentList({ slug, documents }: { slug: string; documents: DocumentSummary[] }) {
  const { t } = useTranslation();
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
            <span>{t("commons.documents.revisionsSize", { count: d.head, size: formatBytes(d.bytes) })}</span>
            <span>
              {d.lastAuthor ? (
                <PersonLink person={d.lastAuthor} showHandle={false} />
              ) : (
                <span className="muted">{t("commons.formerMember")}</span>
              )}{" "}
              <RelativeTime value={d.updatedAt} />
            </span>
          </p>
        </li>
      ))}
    </ul>
  );
}
