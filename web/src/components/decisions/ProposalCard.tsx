import { Trans, useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { ProposalItem } from "../../api/schema.ts";
import { RelativeTime } from "../RelativeTime.tsx";
import { turnoutText } from "./labels.ts";
import { ProposalBadges } from "./ProposalStatus.tsx";

/** When voting opens or closes, relative to now. */
function Window({ p }: { p: ProposalItem }) {
  const { t } = useTranslation();
  if (p.status === "scheduled")
    return (
      <span>
        <Trans i18nKey="decisions.card.opens" components={{ when: <RelativeTime value={p.opensAt} /> }} />
      </span>
    );
  if (p.status === "open")
    return (
      <span className="strong">
        <Trans i18nKey="decisions.card.closes" components={{ when: <RelativeTime value={p.closesAt} /> }} />
      </span>
    );
  if (p.status === "closed")
    return (
      <span>
        <Trans i18nKey="decisions.card.closed" components={{ when: <RelativeTime value={p.closesAt} /> }} />
      </span>
    );
  return <span>{t("decisions.card.cancelled")}</span>;
}

/** One proposal in a list: what, how it is decided, when it closes, and how many took part. */
export function ProposalCard({ proposal, showOrganization }: { proposal: ProposalItem; showOrganization: boolean }) {
  useTranslation();
  return (
    <li className="card proposal-card">
      <ProposalBadges proposal={proposal} />
      <h3 className="proposal-card-title">
        <Link to={`/proposals/${proposal.id}`}>{proposal.title}</Link>
      </h3>
      <p className="proposal-card-meta">
        <Window p={proposal} />
        {proposal.status !== "scheduled" && proposal.status !== "cancelled" ? (
          <>
            <span aria-hidden="true"> · </span>
            <span>{turnoutText(proposal.turnout, proposal.electorateSize)}</span>
          </>
        ) : null}
        {showOrganization ? (
          <>
            <span aria-hidden="true"> · </span>
            <span>
              <Trans
                i18nKey="decisions.card.in"
                values={{ name: proposal.organization.name }}
                components={{ org: <Link to={`/orgs/${proposal.organization.slug}/proposals`} /> }}
              />
            </span>
          </>
        ) : null}
      </p>
    </li>
  );
}
