import { useQuery } from "@tanstack/react-query";
import { lazy, Suspense } from "react";
import { useTranslation } from "react-i18next";
import { reached, useCall } from "../../components/budgets/context.ts";
import {
  districtOfPart,
  isFunded,
  moneyRaised,
  type PartResult,
  type ProjectExplanation,
  projectsById,
  type Results,
  readExplanation,
} from "../../components/budgets/explanation.ts";
import type { Call, Project, RuleResult } from "../../components/budgets/labels.ts";
import { COMPLETION_LABEL, ruleLabel, TIE_BREAKING_LABEL } from "../../components/budgets/labels.ts";
import { ProjectName, ProjectOutcome, percent } from "../../components/budgets/ProjectOutcome.tsx";
import { pbFileUrl, projectsQuery, resultsQuery } from "../../components/budgets/queries.ts";
import { RecomputeResults } from "../../components/budgets/RecomputeResults.tsx";
import type { ResultBar } from "../../components/budgets/ResultChart.tsx";
import { Empty, LoadError, Loading } from "../../components/States.tsx";
import { TableScroll } from "../../components/TableScroll.tsx";
import { Amount } from "../../components/treasury/Amount.tsx";
import { formatMoney, percentOf } from "../../components/treasury/money.ts";
import { formatDateTime, formatNumber } from "../../format.ts";
import { useTitle } from "../../hooks.ts";

const ResultChart = lazy(() => import("../../components/budgets/ResultChart.tsx"));

type Read = { result: RuleResult; explanation: Results | null };

const shortName = (p: Project | undefined, id: string) => {
  if (!p) return id.slice(0, 8);
  const title = p.title.length > 14 ? `${p.title.slice(0, 13)}…` : p.title;
  return `#${p.number} ${title}`;
};

/** Where a project's story comes: funded ones in the order the rule chose them, then the others, most voted first. */
function storyOrder(a: ProjectExplanation, b: ProjectExplanation): number {
  const place = (p: ProjectExplanation) =>
    p.status === "funded" ? (p.by === "mes" ? p.round : 1_000_000 + p.rank) : Number.POSITIVE_INFINITY;
  return place(a) - place(b) || b.votes - a.votes;
}

/** How much of a budget an outcome spends: a bar, and the words it only repeats. */
function Spent({ cost, budget, currency }: { cost: string; budget: string; currency: string }) {
  const { t } = useTranslation();
  const pct = percentOf(cost, budget);
  return (
    <div className="pb-spent">
      <div className="pb-meter" aria-hidden="true">
        <span style={{ width: `${pct}%` }} />
      </div>
      <p className="small">
        {t("budgets.results.spentOf", { spent: formatMoney(cost, currency), budget: formatMoney(budget, currency), share: pct / 100 })}
      </p>
    </div>
  );
}

/** The official outcome beside greedy's when both were computed: winners, money spent, voters reached. */
function Comparison({ call, reads, byId }: { call: Call; reads: Read[]; byId: Map<string, Project> }) {
  const { t } = useTranslation();
  const winnersOf = (r: Read) => new Set(r.explanation?.winners ?? []);
  const [a, b] = reads;
  const both = a && b ? [...winnersOf(a)].filter((id) => winnersOf(b).has(id)) : [];
  const onlyA = a && b ? [...winnersOf(a)].filter((id) => !winnersOf(b).has(id)) : [];
  const onlyB = a && b ? [...winnersOf(b)].filter((id) => !winnersOf(a).has(id)) : [];
  return (
    <section className="card section" aria-labelledby="pb-compare-title">
      <h2 id="pb-compare-title">{t("budgets.results.compareTitle")}</h2>
      <p className="muted">{t("budgets.results.compareIntro")}</p>
      <TableScroll label={t("budgets.results.compareTable")}>
        <table className="data-table pb-compare">
          <thead>
            <tr>
              <th scope="col">
                <span className="visually-hidden">{t("budgets.results.measure")}</span>
              </th>
              {reads.map((r) => (
                <th key={r.result.rule} scope="col">
                  {ruleLabel(r.result.rule)}
                  <br />
                  <span className="muted small">
                    {r.result.official ? t("budgets.results.official") : t("budgets.results.forComparison")}
                  </span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            <tr>
              <th scope="row">{t("budgets.results.winners")}</th>
              {reads.map((r) => (
                <td key={r.result.rule}>{formatNumber(r.result.winners.length)}</td>
              ))}
            </tr>
            <tr>
              <th scope="row">{t("budgets.results.spent")}</th>
              {reads.map((r) => (
                <td key={r.result.rule}>
                  <Amount amount={r.result.cost} currency={call.currency} />
                </td>
              ))}
            </tr>
            <tr>
              <th scope="row">{t("budgets.results.reached")}</th>
              {reads.map((r) => (
                <td key={r.result.rule}>{r.explanation ? percent(r.explanation.shareOfVotersWithAFundedProject) : "—"}</td>
              ))}
            </tr>
          </tbody>
        </table>
      </TableScroll>
      {a && b ? (
        <div className="pb-compare-lists">
          {[
            { key: "both", title: t("budgets.results.both"), ids: both },
            { key: "a", title: t("budgets.results.only", { rule: ruleLabel(a.result.rule) }), ids: onlyA },
            { key: "b", title: t("budgets.results.only", { rule: ruleLabel(b.result.rule) }), ids: onlyB },
          ].map((list) => (
            <div key={list.key}>
              <h3>{list.title}</h3>
              {list.ids.length ? (
                <ul className="pb-links">
                  {list.ids.map((id) => (
                    <li key={id}>
                      <ProjectName call={call} byId={byId} id={id} />
                    </li>
                  ))}
                </ul>
              ) : (
                <p className="muted">{t("budgets.results.none")}</p>
              )}
            </div>
          ))}
        </div>
      ) : null}
    </section>
  );
}

/** One district's outcome under one rule (or the whole call's): its figures, its chart, and each project's story. */
function Part({ call, part, byId, index }: { call: Call; part: PartResult; byId: Map<string, Project>; index: string }) {
  const { t } = useTranslation();
  const district = districtOfPart(part, byId);
  const titleId = `pb-part-${index}`;
  const bars: ResultBar[] = part.projects.map((p) => ({
    name: shortName(byId.get(p.id), p.id),
    cost: p.cost,
    raised: moneyRaised(p),
    funded: isFunded(p),
  }));
  const money = (x: number) => formatMoney(String(Math.round(x)), call.currency);
  return (
    <section className="pb-part" aria-labelledby={titleId}>
      <h3 id={titleId}>{district ? t("budgets.results.district", { district }) : t("budgets.results.allProjects")}</h3>
      <dl className="pb-facts">
        <div>
          <dt>{t("budgets.results.budget")}</dt>
          <dd>{money(part.budget)}</dd>
        </div>
        <div>
          <dt>{t("budgets.results.spent")}</dt>
          <dd>{money(part.cost)}</dd>
        </div>
        <div>
          <dt>{t("budgets.results.voters")}</dt>
          <dd>{formatNumber(part.voters)}</dd>
        </div>
        <div>
          <dt>{t("budgets.results.reached")}</dt>
          <dd>
            {part.voters
              ? t("budgets.results.reachedOf", {
                  reached: part.votersWithAFundedProject,
                  voters: part.voters,
                  share: percent(part.votersWithAFundedProject / part.voters),
                })
              : "—"}
          </dd>
        </div>
        {part.mes ? (
          <>
            <div>
              <dt>{t("budgets.results.endowment")}</dt>
              <dd>
                {money(part.mes.endowment)}
                {part.mes.add1Steps > 0 ? (
                  <span className="muted small"> {t("budgets.results.endowmentFrom", { initial: money(part.mes.initialEndowment) })}</span>
                ) : null}
              </dd>
            </div>
            <div>
              <dt>{t("budgets.results.add1Steps")}</dt>
              <dd>{part.mes.everythingAffordable ? t("budgets.results.everythingAffordable") : formatNumber(part.mes.add1Steps)}</dd>
            </div>
          </>
        ) : null}
      </dl>
      {part.mes?.fundedByCompletion.length ? (
        <p className="muted small">
          {t("budgets.results.byCompletion", { count: part.mes.fundedByCompletion.length, cost: money(part.cost - part.mes.mesCost) })}
        </p>
      ) : null}
      {part.comparison ? (
        <p className="notice">
          {t(part.comparison.kept === "mes" ? "budgets.results.comparisonKeptMes" : "budgets.results.comparisonKeptGreedy", {
            mes: part.comparison.prefersMes,
            greedy: part.comparison.prefersGreedy,
          })}
        </p>
      ) : null}
      {bars.length ? (
        <Suspense fallback={<Loading label={t("budgets.chart.loading")} />}>
          <ResultChart bars={bars} currency={call.currency} />
        </Suspense>
      ) : null}
      <ul className="pb-outcomes">
        {[...part.projects].sort(storyOrder).map((p) => (
          <ProjectOutcome key={p.id} call={call} byId={byId} explained={p} />
        ))}
      </ul>
    </section>
  );
}

/** One rule's result: its winners in order, what it spent, whom it reached, and every project's story. */
function RuleSection({ call, read, byId }: { call: Call; read: Read; byId: Map<string, Project> }) {
  const { t } = useTranslation();
  const { result, explanation } = read;
  const id = `pb-rule-${result.rule}`;
  const byNumber = new Map([...byId.values()].map((p) => [p.number, p]));
  const s = explanation?.settings;
  return (
    <section className="card section pb-rule" aria-labelledby={id}>
      <h2 id={id}>
        {result.official
          ? t("budgets.results.officialTitle", { rule: ruleLabel(result.rule) })
          : t("budgets.results.otherTitle", { rule: ruleLabel(result.rule) })}
      </h2>
      {s ? (
        <p className="muted small">
          {[
            s.completion ? COMPLETION_LABEL[s.completion] : null,
            t("budgets.results.tieBreaking", { rule: TIE_BREAKING_LABEL[s.tieBreaking] }),
            s.threshold !== null ? t("budgets.results.threshold", { threshold: formatNumber(s.threshold) }) : null,
          ]
            .filter(Boolean)
            .join(" · ")}
        </p>
      ) : null}
      <Spent cost={result.cost} budget={explanation ? String(explanation.budget) : call.budget} currency={call.currency} />
      {explanation ? (
        <p>
          {t("budgets.results.reachedSentence", {
            share: percent(explanation.shareOfVotersWithAFundedProject),
            reached: explanation.votersWithAFundedProject,
            voters: explanation.voters,
          })}
        </p>
      ) : null}
      <h3 id={`${id}-winners`}>{t("budgets.results.winnersInOrder")}</h3>
      {result.winners.length ? (
        <ol className="pb-winners" aria-labelledby={`${id}-winners`}>
          {result.winners.map((number) => {
            const p = byNumber.get(number);
            return (
              <li key={number}>
                {p ? <ProjectName call={call} byId={byId} id={p.id} /> : number}
                {p ? (
                  <span className="muted">
                    {" "}
                    · <Amount amount={p.cost} currency={call.currency} />
                  </span>
                ) : null}
              </li>
            );
          })}
        </ol>
      ) : (
        <p className="muted">{t("budgets.results.noWinners")}</p>
      )}
      {explanation ? (
        explanation.parts.map((part, i) => (
          <Part key={part.district ?? "all"} call={call} part={part} byId={byId} index={`${result.rule}-${i}`} />
        ))
      ) : (
        <p className="muted">{t("budgets.results.noExplanation")}</p>
      )}
      <p className="muted small">{t("budgets.results.computed", { date: formatDateTime(result.computedAt), count: result.ballots })}</p>
    </section>
  );
}

/**
 * The results of a call (/calls/:slug/results), computed once when voting closed: the official outcome
 * and greedy's side by side, the money spent and the voters reached, the Method of Equal Shares' share
 * per voter and its Add1 steps, and for each project whether it was funded and why, with charts.
 */
export function ResultsPage() {
  const { t } = useTranslation();
  const call = useCall();
  const results = useQuery(resultsQuery(call.slug));
  const projects = useQuery(projectsQuery(call.slug));
  useTitle(t("budgets.results.pageTitle", { title: call.title }));
  if (results.isPending || projects.isPending) return <Loading label={t("budgets.results.loading")} />;
  if (results.error) return <LoadError error={results.error} retry={() => void results.refetch()} />;
  if (projects.error) return <LoadError error={projects.error} retry={() => void projects.refetch()} />;
  const byId = projectsById(projects.data.items);
  const reads: Read[] = results.data.results.map((result) => ({ result, explanation: readExplanation(result.explanation) }));
  // The body's stewards may compute the results again once voting has closed (an imported call's at any time).
  const recompute = call.can.run && (reached(call, "results") || call.imported) ? <RecomputeResults call={call} /> : null;
  if (reads.length === 0) {
    return (
      <div className="pb-results">
        {recompute}
        <Empty
          title={
            reached(call, "results")
              ? t("budgets.results.noneYet")
              : t("budgets.results.whenVotingCloses", { date: formatDateTime(call.phases.votingCloses) })
          }
        />
      </div>
    );
  }
  return (
    <div className="pb-results">
      {reads.length > 1 ? <Comparison call={call} reads={reads} byId={byId} /> : null}
      {reads.map((read) => (
        <RuleSection key={read.result.rule} call={call} read={read} byId={byId} />
      ))}
      {recompute}
      <p className="small">
        <a href={pbFileUrl(call.slug)} download={`${call.slug}.pb`}>
          {t("budgets.facts.pbFile")}
        </a>{" "}
        <span className="muted">{t("budgets.facts.pbFileHint")}</span>
      </p>
    </div>
  );
}
