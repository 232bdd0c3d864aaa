import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { CallList } from "../../components/budgets/CallList.tsx";
import { callsQuery } from "../../components/budgets/queries.ts";
import { useTitle } from "../../hooks.ts";
import { useOrg } from "../OrgLayout.tsx";
import "../../styles/budgets.css";

/** A public body's calls for citizen projects (/orgs/:slug/calls). */
export function OrgCallsPage() {
  const { t } = useTranslation();
  const { org } = useOrg();
  const calls = useQuery(callsQuery(org.slug));
  useTitle(t("budgets.orgCalls.title", { name: org.name }));
  return (
    <section className="section" aria-labelledby="pb-org-calls-title">
      <h2 id="pb-org-calls-title">{t("budgets.orgCalls.heading")}</h2>
      <p className="section-intro">{t("budgets.orgCalls.intro", { name: org.name })}</p>
      <CallList calls={calls} showBody={false} headingLevel={3} />
    </section>
  );
}
