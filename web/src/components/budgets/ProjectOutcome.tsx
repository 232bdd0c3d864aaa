import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { formatNumber } from "../../format.ts";
import { perLocale } from "../../i18n/intl.ts";
import { formatMoney } from "../treasury/money.ts";
import { projectPath } from "./context.ts";
import { effectiveSupport, minor, type ProjectExplanation } from "./explanation.ts";
import type { Call, Project } from "./labels.ts";

const percentFormat = perLocale((l) => new Intl.NumberFormat(l, { style: "percent", maximumFractionDigits: 0 }));
export const percent = (share: number) => percentFormat().format(share);

/** A project as the explanation names it: its number and title, linked, or its id when the call no longer lists it. */
export function ProjectName({ call, byId, id }: { call: Call; byId: Map<string, Project>; id: string }) {
  const { t } = useTranslation();
  const p = byId.get(id);
  if (!p) return <span>{id}</span>;
  return (
    <Link to={projectPath(call.slug, p.number)}>
      <span className="pb-number">{t("budgets.project.number", { number: p.number })}</span> {p.title}
    </Link>
  );
}

/**
 * Why one project was funded or not under one rule, in words from the explanation's numbers: who paid
 * how much of it and its effective support (the Method of Equal Shares), its place in greedy's order and
 * the money left at its turn (greedy and the completion), or where its supporters' money went.
 */
export function ProjectOutcome({ call, byId, explained }: { call: Call; byId: Map<string, Project>; explained: ProjectExplanation }) {
  const { t } = useTranslation();
  const money = (x: number) => formatMoney(minor(x), call.currency);
  const e = explained;
  const support = effectiveSupport(e);
  const funded = e.status === "funded";
  return (
    <li className={`pb-outcome ${funded ? "pb-outcome--funded" : "pb-outcome--not"}`}>
      <p className="pb-outcome-head">
        <span className={`badge pb-badge ${funded ? "pb-badge--funded" : "pb-badge--not-funded"}`}>
          {funded ? t("budgets.outcome.funded") : t("budgets.outcome.notFunded")}
        </span>{" "}
        <strong>
          <ProjectName call={call} byId={byId} id={e.id} />
        </strong>
      </p>
      <p className="pb-outcome-facts muted small">
        {t("budgets.outcome.facts", { cost: money(e.cost), votes: e.votes })}
        {e.score !== e.votes ? ` · ${t("budgets.outcome.score", { score: formatNumber(e.score) })}` : ""}
      </p>
      {e.status === "funded" && e.by === "mes" ? (
        <>
          <p>
            {t("budgets.outcome.mesFunded", {
              round: e.round,
              price: money(e.price),
              effective: formatNumber(e.effectiveVotes),
            })}
          </p>
          {support !== null ? <p>{t("budgets.outcome.support", { behind: money(e.moneyBehind), support: percent(support) })}</p> : null}
          {e.payments.length ? (
            <>
              <p className="pb-outcome-sub">{t("budgets.outcome.whoPaid")}</p>
              <ul className="pb-payments">
                {e.payments.map((p) => (
                  <li key={`${p.voters}-${p.amount}`}>
                    {t("budgets.outcome.payment", { voters: p.voters, amount: money(p.amount), total: money(p.voters * p.amount) })}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </>
      ) : null}
      {e.status === "funded" && e.by !== "mes" ? (
        <p>
          {e.by === "completion"
            ? t("budgets.outcome.completion", { rank: e.rank, left: money(e.remainingBefore) })
            : t("budgets.outcome.greedyFunded", { rank: e.rank, left: money(e.remainingBefore) })}
        </p>
      ) : null}
      {e.status === "not-funded" && e.reason === "unaffordable" ? (
        <>
          <p>
            {t("budgets.outcome.unaffordable", {
              behind: money(e.moneyBehind),
              support: percent(support ?? 0),
            })}
          </p>
          {e.spentOn.length ? (
            <>
              <p className="pb-outcome-sub">{t("budgets.outcome.spentOn")}</p>
              <ul className="pb-payments">
                {e.spentOn.map((s) => (
                  <li key={s.project}>
                    <ProjectName call={call} byId={byId} id={s.project} />
                    {" — "}
                    {t("budgets.outcome.spent", { amount: money(s.amount), voters: s.voters })}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </>
      ) : null}
      {e.status === "not-funded" && e.reason === "did-not-fit" ? (
        <p>{t("budgets.outcome.didNotFit", { rank: e.rank, left: money(e.remainingBefore) })}</p>
      ) : null}
      {e.status === "not-funded" && e.reason === "under-threshold" ? (
        <p>{t("budgets.outcome.underThreshold", { score: formatNumber(e.score), threshold: formatNumber(e.threshold) })}</p>
      ) : null}
      {e.status === "not-funded" && e.reason === "no-votes" ? <p>{t("budgets.outcome.noVotes")}</p> : null}
      {e.status === "not-funded" && e.reason === "free" ? <p>{t("budgets.outcome.free")}</p> : null}
    </li>
  );
}
