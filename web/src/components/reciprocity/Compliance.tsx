import type { ReactNode } from "react";
import { Trans, useTranslation } from "react-i18next";
import type { Compliance, ComplianceStatus } from "../../api/schema.ts";
import { Amounts } from "../treasury/Amount.tsx";
import { COMPLIANCE_LABEL } from "./format.ts";

/** The licence's page, for <Trans>: the message gives the words. */
function ClauseLink({ href, children }: { href: string; children?: ReactNode }) {
  return (
    <a href={href} target="_blank" rel="noreferrer">
      {children}
    </a>
  );
}

/** The status in words; the colour only repeats them. */
export function ComplianceBadge({ status }: { status: ComplianceStatus }) {
  return <span className={`badge badge--compliance-${status}`}>{COMPLIANCE_LABEL[status]}</span>;
}

/** Why a use complies or not: the explanation, the licence's own words it rests on, and the obligations. */
export function ComplianceDetails({ compliance }: { compliance: Compliance }) {
  const { t } = useTranslation();
  const { clause, licence } = compliance;
  return (
    <div className="compliance">
      <p className="compliance-explanation">{compliance.explanation}</p>
      <figure className="compliance-clause">
        <blockquote cite={clause.url}>
          <p>{clause.text}</p>
        </blockquote>
        <figcaption>
          <Trans
            i18nKey="reciprocity.compliance.source"
            values={{ licence: licence.name, ref: clause.ref }}
            components={{ a: <ClauseLink href={clause.url} /> }}
          />
        </figcaption>
      </figure>
      {compliance.obligations.length ? (
        <>
          <p className="compliance-obligations-title">{t("reciprocity.compliance.obligations", { licence: licence.name })}</p>
          <ul className="compliance-obligations">
            {compliance.obligations.map((o) => (
              <li key={o.id}>{o.text}</li>
            ))}
          </ul>
        </>
      ) : (
        <p className="muted">{t("reciprocity.compliance.noObligations", { licence: licence.name })}</p>
      )}
      {compliance.arrears.length ? (
        <p>
          {t("reciprocity.compliance.arrears")} <Amounts list={compliance.arrears} />
        </p>
      ) : null}
    </div>
  );
}
