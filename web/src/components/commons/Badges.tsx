import { useTranslation } from "react-i18next";
import type { ContributionStatus, Funding, Licence } from "../../api/schema.ts";
import { CONTRIBUTION_STATUS_LABEL, FUNDING_LABEL, LICENCE_FAMILY_LABEL } from "../../format.ts";

export function StatusBadge({ status }: { status: ContributionStatus }) {
  useTranslation();
  return <span className={`badge badge--status-${status}`}>{CONTRIBUTION_STATUS_LABEL[status]}</span>;
}

export function FundingBadge({ funding }: { funding: Funding }) {
  useTranslation();
  return <span className={`badge badge--funding-${funding}`}>{FUNDING_LABEL[funding]}</span>;
}

/** The licence's short identifier, with its full name and family as the tooltip and accessible description. */
export function LicenceBadge({ licence }: { licence: Licence }) {
  const { t, i18n } = useTranslation();
  const family = LICENCE_FAMILY_LABEL[licence.family].toLocaleLowerCase(i18n.resolvedLanguage);
  return (
    <span className="badge badge--licence" title={t("commons.licence.title", { name: licence.name, family })}>
      {licence.id.replace(/^LicenseRef-/, "")}
    </span>
  );
}
