import type { UseQueryResult } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { formatDate } from "../../format.ts";
import { i18n } from "../../i18n/i18n.ts";
import { Empty, LoadError, Loading } from "../States.tsx";
import { Amount } from "../treasury/Amount.tsx";
import { callPath } from "./context.ts";
import type { Call } from "./labels.ts";
import { PhaseBadge } from "./PhaseBadge.tsx";

/** What a call's card says about its dates: what comes next, or when it ended. */
function nextDate(call: Call): string {
  const p = call.phases;
  switch (call.phase) {
    case "draft":
      return i18n.t("budgets.card.opens", { date: formatDate(p.submissionOpens) });
    case "submission":
      return i18n.t("budgets.card.submitUntil", { date: formatDate(p.reviewOpens) });
    case "review":
      return i18n.t("budgets.card.votingOpens", { date: formatDate(p.votingOpens) });
    case "voting":
      return i18n.t("budgets.card.votingCloses", { date: formatDate(p.votingCloses) });
    default:
      return i18n.t("budgets.card.votedOn", { date: formatDate(p.votingCloses) });
  }
}

/** Calls as cards: title, public body, phase, budget and the next date that matters. */
export function CallList({
  calls,
  showBody = true,
  headingLevel = 2,
}: {
  calls: UseQueryResult<{ items: Call[] }>;
  showBody?: boolean;
  headingLevel?: 2 | 3;
}) {
  const { t } = useTranslation();
  if (calls.isPending) return <Loading label={t("budgets.list.loading")} />;
  if (calls.error) return <LoadError error={calls.error} retry={() => void calls.refetch()} />;
  const items = calls.data.items;
  if (items.length === 0) return <Empty title={t("budgets.list.empty")} />;
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <ul className="pb-call-list">
      {items.map((call) => (
        <li key={call.slug} className="card pb-call-card">
          <div className="pb-call-card-head">
            <Heading className="pb-call-card-title">
              <Link to={callPath(call.slug)}>{call.title}</Link>
            </Heading>
            <PhaseBadge phase={call.phase} />
          </div>
          <dl className="pb-call-card-facts">
            {showBody ? (
              <div>
                <dt>{t("budgets.card.body")}</dt>
                <dd>
                  <Link to={`/orgs/${call.organization}`}>{call.organization}</Link>
                </dd>
              </div>
            ) : null}
            <div>
              <dt>{t("budgets.card.budget")}</dt>
              <dd>
                <Amount amount={call.budget} currency={call.currency} />
              </dd>
            </div>
            <div>
              <dt>{t("budgets.card.when")}</dt>
              <dd>{nextDate(call)}</dd>
            </div>
            {call.ballots > 0 ? (
              <div>
                <dt>{t("budgets.card.turnout")}</dt>
                <dd>{t("budgets.facts.ballots", { count: call.ballots })}</dd>
              </div>
            ) : null}
          </dl>
        </li>
      ))}
    </ul>
  );
}
