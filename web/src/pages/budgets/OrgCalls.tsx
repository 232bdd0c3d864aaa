import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { CallList } from "../../components/budgets/CallList.tsx";
import { callsQuery } from "../../components/budgets/queries.ts";
import { useTitle } from "../../hooks.ts";
import { useSession } from "../../session.tsx";
import { useOrg } from "../OrgLayout.tsx";
import "../../styles/budgets.css";

/** A public body's calls for citizen projects (/orgs/:slug/calls); its stewards open new ones from here. */
export function OrgCallsPage() {
  const { t } = useTranslation();
  const { org } = useOrg();
  const { me } = useSession();
  const calls = useQuery(callsQuery(org.slug));
  useTitle(t("budgets.orgCalls.title", { name: org.name }));
  // The stewards run the body's calls (the API decides; an admin may too).
  const steward = (org.viewer.role === "steward" && org.viewer.status === "active") || !!me?.isAdmin;
  return (
    <section className="section" aria-labelledby="pb-org-calls-title">
      <div className="pb-section-head">
        <h2 id="pb-org-calls-title">{t("budgets.orgCalls.heading")}</h2>
        {steward && org.kind === "public_body" ? (
          <Link className="button button--primary" to={`/orgs/${org.slug}/calls/new`}>
            {t("budgets.orgCalls.open")}
          </Link>
        ) : null}
      </div>
      <p className="section-intro">{t("budgets.orgCalls.intro", { name: org.name })}</p>
      <CallList calls={calls} showBody={false} headingLevel={3} />
    </section>
  );
}
