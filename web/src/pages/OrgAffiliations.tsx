import { useInfiniteQuery } from "@tanstack/react-query";
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
  const { org } = useOrg();
  const { me } = useSession();
  useTitle(`Affiliations · ${org.name}`);
  const list = useInfiniteQuery({
    ...apiPages("/api/organizations/{slug}/affiliations", { path: { slug: org.slug }, query: { limit: 50 } }),
    enabled: org.kind === "enterprise",
  });

  if (org.kind !== "enterprise") return <Empty title="Only enterprises have affiliations." />;

  return (
    <section className="section" aria-labelledby="affiliations-title">
      <div className="section-head">
        <div>
          <h2 id="affiliations-title">Affiliations</h2>
          <p className="muted">
            People who say {org.name} pays them for their work. {org.viewer.canGovern ? "As a steward, confirm or dispute each claim." : ""}
          </p>
        </div>
        {me ? (
          <Link className="button button--secondary" to={`/account?enterprise=${org.slug}#affiliations`}>
            Claim an affiliation
          </Link>
        ) : null}
      </div>
      <QueryList
        query={list}
        loading="Loading affiliations…"
        empty={
          <Empty title="No one has claimed an affiliation yet.">
            <p>People paid by {org.name} can say so from their account page; stewards then confirm it.</p>
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
                    <summary>Change the review</summary>
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
