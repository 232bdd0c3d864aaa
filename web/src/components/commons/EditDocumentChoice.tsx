import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { apiQuery } from "../../api/query.ts";
import { Empty, LoadError, Loading } from "../States.tsx";
import { documentPath } from "./DocumentList.tsx";

/** "An edit of a document" on the Contribute page: the commons' documents, each opening its editor, where the edit is proposed. */
export function EditDocumentChoice({ slug }: { slug: string }) {
  const { t } = useTranslation();
  const docs = useQuery(apiQuery("/api/commons/{slug}/documents", { path: { slug } }));
  if (docs.isPending) return <Loading label={t("commons.documents.loading")} />;
  if (docs.error) return <LoadError error={docs.error} retry={() => void docs.refetch()} />;
  if (docs.data.items.length === 0) {
    return <Empty title={t("commons.editChoice.none")}>{t("commons.editChoice.proposeNew")}</Empty>;
  }
  return (
    <div className="edit-choice">
      <p className="field-hint">{t("commons.editChoice.hint")}</p>
      <ul className="doc-list">
        {docs.data.items.map((d) => (
          <li key={d.path} className="doc-row">
            <div className="doc-row-main">
              <Link to={`${documentPath(slug, d.path)}/edit`} className="doc-row-title">
                {t("commons.editChoice.edit", { title: d.title })}
              </Link>
              <span className="muted doc-row-path">{d.path}</span>
            </div>
          </li>
        ))}
      </ul>
    </div>
  );
}
