import { useTranslation } from "react-i18next";
import { Link, useNavigate } from "react-router";
import { ProposalForm } from "../../components/decisions/ProposalForm.tsx";
import { useTitle } from "../../hooks.ts";
import { useOrg } from "../OrgLayout.tsx";
import "../../styles/decisions.css";

/** Put a question to an organization's members (/orgs/:slug/proposals/new): active members only. */
export function ProposalNewPage() {
  const { org } = useOrg();
  const { t } = useTranslation();
  const navigate = useNavigate();
  useTitle(t("decisions.new.pageTitle", { org: org.name }));
  const back = `/orgs/${org.slug}/proposals`;

  return (
    <section className="section proposal-new" aria-label={t("decisions.new.label")}>
      <p className="back-link">
        <Link to={back}>
          <span aria-hidden="true">← </span>
          {t("decisions.new.back")}
        </Link>
      </p>
      {org.viewer.status === "active" ? (
        <ProposalForm slug={org.slug} onCreated={(p) => navigate(`/proposals/${p.id}`)} onCancel={() => navigate(back)} />
      ) : (
        <>
          <h2>{t("decisions.new.label")}</h2>
          <p>{t("decisions.new.membersOnly", { org: org.name })}</p>
        </>
      )}
    </section>
  );
}
