import type { Compliance, ComplianceStatus } from "../../api/schema.ts";
import { Amounts } from "../treasury/Amount.tsx";
import { COMPLIANCE_LABEL } from "./format.ts";

/** The status in words; the colour only repeats them. */
export function ComplianceBadge({ status }: { status: ComplianceStatus }) {
  return <span className={`badge badge--compliance-${status}`}>{COMPLIANCE_LABEL[status]}</span>;
}

/** Why a use complies or not: the explanation, the licence's own words it rests on, and the obligations. */
export function ComplianceDetails({ compliance }: { compliance: Compliance }) {
  const { clause, licence } = compliance;
  return (
    <div className="compliance">
      <p className="compliance-explanation">{compliance.explanation}</p>
      <figure className="compliance-clause">
        <blockquote cite={clause.url}>
          <p>{clause.text}</p>
        </blockquote>
        <figcaption>
          <a href={clause.url} target="_blank" rel="noreferrer">
            {licence.name}
          </a>
          , {clause.ref}
        </figcaption>
      </figure>
      {compliance.obligations.length ? (
        <>
          <p className="compliance-obligations-title">Obligations under the {licence.name}:</p>
          <ul className="compliance-obligations">
            {compliance.obligations.map((o) => (
              <li key={o.id}>{o.text}</li>
            ))}
          </ul>
        </>
      ) : (
        <p className="muted">The {licence.name} sets no obligations on this use.</p>
      )}
      {compliance.arrears.length ? (
        <p>
          In arrears: <Amounts list={compliance.arrears} />
        </p>
      ) : null}
    </div>
  );
}
