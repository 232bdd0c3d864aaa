import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { Affiliation } from "../api/schema.ts";
import { formatPeriod, OWNERSHIP_LABEL } from "../format.ts";
import { AffiliationBadge } from "./Badges.tsx";
import { PersonLink } from "./PersonLink.tsx";

/** "Ada Lovelace · since 1 Mar 2026 · Confirmed", seen from the enterprise or from the person. */
export function AffiliationItem({
  affiliation: a,
  show,
  children,
}: {
  affiliation: Affiliation;
  show: "person" | "enterprise";
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <li className="affiliation">
      <div className="affiliation-head">
        {show === "person" ? (
          <PersonLink person={a.person} />
        ) : (
          <span>
            <Link to={`/orgs/${a.enterprise.slug}`} className="strong">
              {a.enterprise.name}
            </Link>
            {a.enterprise.ownership ? <span className="muted"> · {OWNERSHIP_LABEL[a.enterprise.ownership]}</span> : null}
          </span>
        )}
        <AffiliationBadge status={a.status} />
      </div>
      <p className="affiliation-period">{t("orgs.affiliation.paid", { period: formatPeriod(a.startsOn, a.endsOn) })}</p>
      {a.note ? <p className="affiliation-note">{t("orgs.affiliation.quoted", { note: a.note })}</p> : null}
      {a.reviewNote ? (
        <p className="affiliation-review">
          <span className="muted">{t("orgs.affiliation.reviewNote")}</span> {a.reviewNote}
        </p>
      ) : null}
      {children}
    </li>
  );
}
