import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { Use } from "../../api/schema.ts";
import { formatDate, OWNERSHIP_LABEL } from "../../format.ts";
import { PersonLink } from "../PersonLink.tsx";
import { ComplianceBadge, ComplianceDetails } from "./Compliance.tsx";
import { AGREEMENT_STATUS_WORD, COMPLIANCE_LABEL, PURPOSE_LABEL } from "./format.ts";
import { OfferAgreementForm } from "./OfferAgreementForm.tsx";

/**
 * One declared use: who builds what, since when, and whether that complies with the licence. Seen
 * from the commons it is named by its enterprise; from the enterprise, by its commons.
 */
export function UseCard({ use, from }: { use: Use; from: "commons" | "enterprise" | "association" }) {
  const { t } = useTranslation();
  const title =
    from === "commons"
      ? use.enterprise.name
      : from === "association"
        ? t("reciprocity.use.on", { enterprise: use.enterprise.name, commons: use.commons.title })
        : use.commons.title;
  const headingId = `use-${use.id}`;
  return (
    <article className="card use-card" aria-labelledby={headingId}>
      <header className="use-card-head">
        <h3 id={headingId}>
          {from !== "enterprise" ? (
            <Link to={`/orgs/${use.enterprise.slug}`}>{title}</Link>
          ) : (
            <Link to={`/commons/${use.commons.slug}`}>{title}</Link>
          )}
          <span className="use-card-product">{t("reciprocity.use.product", { product: use.product })}</span>
        </h3>
        <ComplianceBadge status={use.compliance.status} />
      </header>
      <dl className="use-facts">
        <div>
          <dt>{t("reciprocity.use.use")}</dt>
          <dd>{PURPOSE_LABEL[use.purpose]}</dd>
        </div>
        <div>
          <dt>{t("reciprocity.use.enterprise")}</dt>
          <dd>
            {use.surplusToWorkers
              ? t("reciprocity.use.surplusToWorkers", { ownership: OWNERSHIP_LABEL[use.enterprise.ownership] })
              : OWNERSHIP_LABEL[use.enterprise.ownership]}
          </dd>
        </div>
        <div>
          <dt>{t("reciprocity.use.since")}</dt>
          <dd>
            {use.endedOn
              ? t("reciprocity.use.sinceUntil", { since: formatDate(use.since), until: formatDate(use.endedOn) })
              : formatDate(use.since)}
          </dd>
        </div>
        {use.declaredBy ? (
          <div>
            <dt>{t("reciprocity.use.declaredBy")}</dt>
            <dd>
              <PersonLink person={use.declaredBy} showHandle={false} />
            </dd>
          </div>
        ) : null}
      </dl>
      {use.description ? <p>{use.description}</p> : null}
      <details className="use-compliance" open={use.compliance.status !== "compliant"}>
        <summary>{t("reciprocity.use.why", { status: COMPLIANCE_LABEL[use.compliance.status].toLowerCase() })}</summary>
        <ComplianceDetails compliance={use.compliance} />
      </details>
      {use.agreement ? (
        <p>
          <Link to={`/agreements/${use.agreement.id}`}>
            {use.association
              ? t("reciprocity.use.agreementWith", {
                  association: use.association.name,
                  status: AGREEMENT_STATUS_WORD[use.agreement.status],
                })
              : t("reciprocity.use.agreementWithSteward", { status: AGREEMENT_STATUS_WORD[use.agreement.status] })}
          </Link>
        </p>
      ) : null}
      {use.viewer.canOffer ? (
        <details className="use-offer" open={use.compliance.status === "agreement_needed" && use.viewer.canEdit}>
          <summary>
            {use.association ? t("reciprocity.use.offerWith", { association: use.association.name }) : t("reciprocity.use.offer")}
          </summary>
          <OfferAgreementForm use={use} />
        </details>
      ) : null}
    </article>
  );
}
