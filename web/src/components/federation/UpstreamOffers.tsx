import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { apiQuery } from "../../api/query.ts";
import type { UpstreamOfferStatus } from "../../api/schema.ts";
import { formatDate, labels } from "../../format.ts";
import { documentPath } from "../commons/DocumentList.tsx";
import { QueryView } from "../QueryList.tsx";

const STATUS_LABEL = labels<UpstreamOfferStatus>({
  pending: "federation.offers.status.pending",
  accepted: "federation.offers.status.accepted",
  rejected: "federation.offers.status.rejected",
});

/**
 * On a fork of a commons of another instance: the revisions people here offered back to the origin,
 * newest first, each with the origin's answer (waiting, accepted or rejected) and when it came.
 */
export function UpstreamOffers({ slug }: { slug: string }) {
  const { t } = useTranslation();
  const offers = useQuery(apiQuery("/api/commons/{slug}/upstream-offers", { path: { slug } }));
  return (
    <section className="section" aria-labelledby="offers-title">
      <h2 id="offers-title">{t("federation.offers.title")}</h2>
      <p className="section-intro">{t("federation.offers.intro")}</p>
      <QueryView query={offers} loading={t("federation.offers.loading")}>
        {({ items }) =>
          items.length ? (
            <ul className="contribution-list">
              {items.map((o) => (
                <li key={`${o.path}#${o.revision}@${o.createdAt}`} className="contribution-row">
                  <div className="contribution-row-head">
                    <span className="contribution-row-title">{o.title}</span>
                    <span className={`badge badge--status-${o.status}`}>{STATUS_LABEL[o.status]}</span>
                  </div>
                  <p className="contribution-row-meta">
                    <Link to={`${documentPath(slug, o.path)}?revision=${o.revision}`}>
                      {t("federation.offers.revision", { path: o.path, revision: o.revision })}
                    </Link>
                    <span className="muted">
                      {o.answeredAt
                        ? t("federation.offers.answered", { offered: formatDate(o.createdAt), answered: formatDate(o.answeredAt) })
                        : t("federation.offers.offered", { offered: formatDate(o.createdAt) })}
                    </span>
                  </p>
                </li>
              ))}
            </ul>
          ) : (
            <p className="muted">{t("federation.offers.none")}</p>
          )
        }
      </QueryView>
    </section>
  );
}
