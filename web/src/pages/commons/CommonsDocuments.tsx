import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { DocumentsPanel } from "../../components/commons/DocumentsPanel.tsx";
import { useTitle } from "../../hooks.ts";
import { useSession } from "../../session.tsx";
import { useCommons } from "./CommonsLayout.tsx";

export function CommonsDocumentsPage() {
  const { t } = useTranslation();
  const { commons } = useCommons();
  const { me } = useSession();
  useTitle(t("contributions.documents.pageTitle", { commons: commons.title }));
  return (
    <section className="section" aria-labelledby="documents-title">
      <div className="section-head">
        <h2 id="documents-title">{t("contributions.documents.title")}</h2>
        {me ? (
          <Link to={`/commons/${commons.slug}/propose?type=new_document`} className="button button--secondary">
            {t("contributions.documents.proposeNew")}
          </Link>
        ) : null}
      </div>
      <DocumentsPanel slug={commons.slug} />
    </section>
  );
}
