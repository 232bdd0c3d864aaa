import { useTranslation } from "react-i18next";
import type { ProposalItem } from "../../api/schema.ts";
import { BALLOT_LABEL, METHOD_LABEL, OUTCOME_LABEL, STATUS_LABEL } from "./labels.ts";
import "../../styles/decisions.css";

/** Status, method, ballot, the outcome once closed, and whether the viewer has voted, as badges in words. */
export function ProposalBadges({ proposal }: { proposal: Pick<ProposalItem, "status" | "method" | "ballot" | "outcome" | "voted"> }) {
  const { t } = useTranslation();
  const { status, method, ballot, outcome, voted } = proposal;
  return (
    <span className="badges proposal-badges">
      <span className={`badge badge--proposal-${status}`}>{STATUS_LABEL[status]}</span>
      {outcome ? <OutcomeBadge outcome={outcome} /> : null}
      <span className="badge badge--method">{METHOD_LABEL[method]}</span>
      {ballot === "secret" ? <span className="badge badge--secret">{BALLOT_LABEL.secret}</span> : null}
      {voted ? (
        <span className="badge badge--voted">
          <span aria-hidden="true">✓ </span>
          {t("decisions.badge.voted")}
        </span>
      ) : null}
    </span>
  );
}

export function OutcomeBadge({ outcome }: { outcome: NonNullable<ProposalItem["outcome"]> }) {
  useTranslation();
  return <span className={`badge badge--outcome-${outcome}`}>{OUTCOME_LABEL[outcome]}</span>;
}
