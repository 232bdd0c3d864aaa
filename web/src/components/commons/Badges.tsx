import type { ContributionStatus, Funding, Licence } from "../../api/schema.ts";
import { CONTRIBUTION_STATUS_LABEL, FUNDING_LABEL, LICENCE_FAMILY_LABEL } from "../../format.ts";

export function StatusBadge({ status }: { status: ContributionStatus }) {
  return <span className={`badge badge--status-${status}`}>{CONTRIBUTION_STATUS_LABEL[status]}</span>;
}

export function FundingBadge({ funding }: { funding: Funding }) {
  return <span className={`badge badge--funding-${funding}`}>{FUNDING_LABEL[funding]}</span>;
}

/** The licence's short identifier, with its full name and family as the tooltip and accessible description. */
export function LicenceBadge({ licence }: { licence: Licence }) {
  return (
    <span className="badge badge--licence" title={`${licence.name} (${LICENCE_FAMILY_LABEL[licence.family].toLowerCase()})`}>
      {licence.id.replace(/^LicenseRef-/, "")}
    </span>
  );
}
