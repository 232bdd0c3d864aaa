import { Link } from "react-router";
import { api } from "../api.ts";
import { AffiliationItem } from "../components/AffiliationItem.tsx";
import { LoadMore } from "../components/LoadMore.tsx";
import { ReviewForm } from "../components/ReviewForm.tsx";
import { Empty, LoadError, Loading } from "../components/States.tsx";
import { usePaged, useTitle } from "../hooks.ts";
import { useSession } from "../session.tsx";
import { useOrg } from "./OrgLayout.tsx";

export function OrgAffiliationsPage() {
  const { org, refresh, activityKey } = useOrg();
  const { me } = useSession();
  useTitle(`Affiliations · ${org.name}`);
  const list = usePaged(`affiliations:${org.slug}:${activityKey}`, (cursor) => api.affiliations(org.slug, { cursor, limit: 50 }));

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
      {list.loading ? (
        <Loading label="Loading affiliations…" />
      ) : list.error && list.items.length === 0 ? (
        <LoadError error={list.error} retry={list.reload} />
      ) : list.items.length === 0 ? (
        <Empty title="No one has claimed an affiliation yet.">
          <p>People paid by {org.name} can say so from their account page; stewards then confirm it.</p>
        </Empty>
      ) : (
        <ul className="affiliation-list">
          {list.items.map((a) => (
            <AffiliationItem key={a.id} affiliation={a} show="person">
              {!org.viewer.canGovern ? null : a.status === "claimed" ? (
                <ReviewForm affiliation={a} onReviewed={refresh} />
              ) : (
                <details className="review-again">
                  <summary>Change the review</summary>
                  <ReviewForm affiliation={a} onReviewed={refresh} />
                </details>
              )}
            </AffiliationItem>
          ))}
        </ul>
      )}
      <LoadMore paged={list} />
    </section>
  );
}
