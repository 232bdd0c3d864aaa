import { Link } from "react-router";
import type { Use } from "../../api/schema.ts";
import { formatDate, OWNERSHIP_LABEL } from "../../format.ts";
import { PersonLink } from "../PersonLink.tsx";
import { ComplianceBadge, ComplianceDetails } from "./Compliance.tsx";
import { AGREEMENT_STATUS_LABEL, COMPLIANCE_LABEL, PURPOSE_LABEL } from "./format.ts";
import { OfferAgreementForm } from "./OfferAgreementForm.tsx";

/**
 * One declared use: who builds what, since when, and whether that complies with the licence. Seen
 * from the commons it is named by its enterprise; from the enterprise, by its commons.
 */
export function UseCard({ use, from }: { use: Use; from: "commons" | "enterprise" | "association" }) {
  const title =
    from === "commons"
      ? use.enterprise.name
      : from === "association"
        ? `${use.enterprise.name} on ${use.commons.title}`
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
          <span className="use-card-product">: {use.product}</span>
        </h3>
        <ComplianceBadge status={use.compliance.status} />
      </header>
      <dl className="use-facts">
        <div>
          <dt>Use</dt>
          <dd>{PURPOSE_LABEL[use.purpose]}</dd>
        </div>
        <div>
          <dt>Enterprise</dt>
          <dd>
            {OWNERSHIP_LABEL[use.enterprise.ownership]}
            {use.surplusToWorkers ? ", all surplus to its worker-owners" : ""}
          </dd>
        </div>
        <div>
          <dt>Since</dt>
          <dd>
            {formatDate(use.since)}
            {use.endedOn ? `, until ${formatDate(use.endedOn)}` : ""}
          </dd>
        </div>
        {use.declaredBy ? (
          <div>
            <dt>Declared by</dt>
            <dd>
              <PersonLink person={use.declaredBy} showHandle={false} />
            </dd>
          </div>
        ) : null}
      </dl>
      {use.description ? <p>{use.description}</p> : null}
      <details className="use-compliance" open={use.compliance.status !== "compliant"}>
        <summary>Why “{COMPLIANCE_LABEL[use.compliance.status].toLowerCase()}”</summary>
        <ComplianceDetails compliance={use.compliance} />
      </details>
      {use.agreement ? (
        <p>
          <Link to={`/agreements/${use.agreement.id}`}>
            Reciprocity agreement with {use.association?.name ?? "the steward association"} (
            {AGREEMENT_STATUS_LABEL[use.agreement.status].toLowerCase()})
          </Link>
        </p>
      ) : null}
      {use.viewer.canOffer ? (
        <details className="use-offer" open={use.compliance.status === "agreement_needed" && use.viewer.canEdit}>
          <summary>Offer a reciprocity agreement{use.association ? ` with ${use.association.name}` : ""}</summary>
          <OfferAgreementForm use={use} />
        </details>
      ) : null}
    </article>
  );
}
