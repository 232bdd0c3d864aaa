import { useInfiniteQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { apiPages } from "../api/query.ts";
import { AffiliationItem } from "../components/AffiliationItem.tsx";
import { QueryList } from "../components/QueryList.tsx";
import { ReviewForm } from "../components/ReviewForm.tsx";
import { Empty } from "../components/States.tsx";
import { useTitle } from "../hooks.ts";
import { useSession } from "../session.tsx";
import { useOrg } from "./OrgLayout.tsx";

export function OrgAffiliationsPage() {
  const { t } = useTranslation();
  const { org } = useOrg();
  const { me } = useSession();
  useTitle(t("orgs.affiliations.title", { name: org.name }));
  const list = useInfiniteQuery({
    ...apiPages("/api/organizations/{slug}/affiliations", { path: { slug: org.slug }, query: { limit: 50 } }),
    enabled: org.kind === "enterprise",
  });

  if (org.kind !== "enterprise") return <Empty title={t("orgs.affiliations.onlyEnterprises")} />;

  return (
    <section className="section" aria-labelledby="affiliations-title">
      <div className="section-head">
        <div>
          <h2 id="affiliations-title">{t("orgs.tab.affiliations")}</h2>
          <p className="muted">
            {t("orgs.affiliations.intro", { name: org.name })} {org.viewer.canGovern ? t("orgs.affiliations.stewardNote") : ""}
          </p>
        </div>
        {me ? (
          <Link className="button button--secondary" to={`/account?enterprise=${org.slug}#affiliations`}>
            {t("orgs.myAffiliations.claimHeading")}
          </Link>
        ) : null}
      </div>
      <QueryList
        query={list}
        loading={t("orgs.affiliations.loading")}
        empty={
          <Empty title={t("orgs.affiliations.empty")}>
            <p>{t("orgs.affiliations.emptyHint", { name: org.name })}</p>
          </Empty>
        }
      >
        {(items) => (
          <ul className="affiliation-list">
            {items.map((a) => (
              <AffiliationItem key={a.id} affiliation={a} show="person">
                {!org.viewer.canGovern ? null : a.status === "claimed" ? (
                  <ReviewForm affiliation={a} />
                ) : (
                  <details className="review-again">
                    <summary>{t("orgs.affiliations.changeReview")}</summary>
                    <ReviewForm affiliation={a} />
                  </details>
                )}
              </AffiliationItem>
            ))}
          </ul>
        )}
      </QueryList>
    </section>
  );
}
