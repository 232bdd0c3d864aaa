import { useQuery } from "@tanstack/react-query";
import { lazy, Suspense } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { projectPath, useCall } from "../../components/budgets/context.ts";
import { PayTranche, PlanTranchesForm, ReportForm } from "../../components/budgets/GrantForms.tsx";
import type { Accountability, Call, Grant } from "../../components/budgets/labels.ts";
import { GrantStatusBadge } from "../../components/budgets/PhaseBadge.tsx";
import { accountabilityQuery, pbFileUrl } from "../../components/budgets/queries.ts";
import { hostOf } from "../../components/budgets/url.ts";
import { Empty, LoadError, Loading } from "../../components/States.tsx";
import { TableScroll } from "../../components/TableScroll.tsx";
import { Amount } from "../../components/treasury/Amount.tsx";
import { percentOf } from "../../components/treasury/money.ts";
import { formatDate } from "../../format.ts";
import { useTitle } from "../../hooks.ts";

const GrantsChart = lazy(() => import("../../components/budgets/GrantsChart.tsx"));

function Progress({ value, label }: { value: number; label: string }) {
  return (
    <div className="pb-progress">
      <div className="pb-meter" role="progressbar" aria-valuemin={0} aria-valuemax={100} aria-valuenow={value} aria-label={label}>
        <span style={{ width: `${value}%` }} />
      </div>
      <span className="small">{label}</span>
    </div>
  );
}

function GrantCard({ call, grant, currency }: { call: Call; grant: Grant; currency: string }) {
  const { t } = useTranslation();
  const titleId = `pb-grant-${grant.id}`;
  const tranchesId = `pb-tranches-${grant.id}`;
  const dated = grant.tranches.some((x) => x.dueOn);
  return (
    <li className="card pb-grant" aria-labelledby={titleId}>
      <div className="pb-grant-head">
        <h3 id={titleId}>
          <Link to={projectPath(call.slug, grant.project.number)}>
            <span className="pb-number">{t("budgets.project.number", { number: grant.project.number })}</span> {grant.project.title}
          </Link>
        </h3>
        <GrantStatusBadge status={grant.status} />
      </div>
      <dl className="pb-facts">
        <div>
          <dt>{t("budgets.grants.recipient")}</dt>
          <dd>{grant.recipient}</dd>
        </div>
        <div>
          <dt>{t("budgets.grants.granted")}</dt>
          <dd>
            <Amount amount={grant.amount} currency={currency} />
          </dd>
        </div>
        <div>
          <dt>{t("budgets.grants.paid")}</dt>
          <dd>
            <Amount amount={grant.paid} currency={currency} />{" "}
            <span className="muted small">{t("budgets.grants.paidShare", { share: percentOf(grant.paid, grant.amount) / 100 })}</span>
          </dd>
        </div>
        <div>
          <dt>{t("budgets.grants.commons")}</dt>
          <dd>
            {grant.commons ? (
              <Link to={`/commons/${grant.commons}`}>{grant.commons}</Link>
            ) : (
              <span className="muted">{t("budgets.grants.noCommons")}</span>
            )}
          </dd>
        </div>
      </dl>
      <Progress value={grant.progress} label={t("budgets.grants.progressValue", { progress: grant.progress / 100 })} />
      <h4 id={tranchesId}>{t("budgets.grants.tranches")}</h4>
      {grant.tranches.length ? (
        <TableScroll labelledBy={tranchesId}>
          <table className="data-table pb-tranches">
            <thead>
              <tr>
                <th scope="col">{t("budgets.grants.milestoneHead")}</th>
                <th scope="col" className="num">
                  {t("budgets.grants.amountHead")}
                </th>
                {dated ? <th scope="col">{t("budgets.grants.dueHead")}</th> : null}
                <th scope="col">{t("budgets.grants.paidHead")}</th>
              </tr>
            </thead>
            <tbody>
              {grant.tranches.map((x) => (
                <tr key={x.id}>
                  <th scope="row">{x.milestone}</th>
                  <td className="num">
                    <Amount amount={x.amount} currency={currency} />
                  </td>
                  {dated ? <td>{x.dueOn ? formatDate(x.dueOn) : "—"}</td> : null}
                  <td>
                    {x.paidAt ? (
                      <span className="pb-paid">{t("budgets.grants.paidOn", { date: formatDate(x.paidAt) })}</span>
                    ) : call.can.pay ? (
                      <PayTranche slug={call.slug} grant={grant} tranche={x} currency={currency} />
                    ) : (
                      <span className="muted">{t("budgets.grants.notPaid")}</span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      ) : (
        <p className="muted">{t("budgets.grants.noTranches")}</p>
      )}
      {call.can.run && grant.tranches.length === 0 ? <PlanTranchesForm slug={call.slug} grant={grant} currency={currency} /> : null}
      <h4>{t("budgets.grants.reports")}</h4>
      {grant.reports.length ? (
        <ol className="pb-reports">
          {[...grant.reports].reverse().map((r) => (
            <li key={r.id} className="pb-report">
              <p className="muted small">{t("budgets.grants.reportHead", { date: formatDate(r.createdAt), progress: r.progress / 100 })}</p>
              {/* biome-ignore lint/security/noDangerouslySetInnerHtml: the API renders and sanitizes the Markdown. */}
              <div className="markdown" dangerouslySetInnerHTML={{ __html: r.bodyHtml }} />
              {r.evidence.length ? (
                <ul className="pb-links">
                  {r.evidence.map((url, i) => (
                    <li key={url}>
                      <a href={url} rel="noopener noreferrer nofollow" target="_blank">
                        {t("budgets.grants.evidenceItem", { n: i + 1, host: hostOf(url) })}
                      </a>
                    </li>
                  ))}
                </ul>
              ) : null}
            </li>
          ))}
        </ol>
      ) : (
        <p className="muted">{t("budgets.grants.noReports")}</p>
      )}
      {grant.canReport ? <ReportForm slug={call.slug} grant={grant} /> : null}
    </li>
  );
}

/** Grants by their project's number as people count (2 before 10), whatever order the API lists them in. */
const byNumber = (a: Grant, b: Grant) => {
  const [x, y] = [Number(a.project.number), Number(b.project.number)];
  return Number.isNaN(x) || Number.isNaN(y) ? a.project.number.localeCompare(b.project.number) : x - y;
};

function Summary({ data }: { data: Accountability }) {
  const { t } = useTranslation();
  return (
    <section className="card section" aria-labelledby="pb-accountability-title">
      <h2 id="pb-accountability-title">{t("budgets.grants.title")}</h2>
      <p className="muted">{t("budgets.grants.intro")}</p>
      <dl className="pb-facts">
        <div>
          <dt>{t("budgets.grants.count")}</dt>
          <dd className="pb-big">{data.grants.length}</dd>
        </div>
        <div>
          <dt>{t("budgets.grants.granted")}</dt>
          <dd className="pb-big">
            <Amount amount={data.granted} currency={data.currency} />
          </dd>
        </div>
        <div>
          <dt>{t("budgets.grants.paid")}</dt>
          <dd className="pb-big">
            <Amount amount={data.paid} currency={data.currency} />
          </dd>
        </div>
      </dl>
      {data.grants.length ? (
        <Suspense fallback={<Loading label={t("budgets.chart.loading")} />}>
          <GrantsChart grants={[...data.grants].sort(byNumber)} currency={data.currency} />
        </Suspense>
      ) : null}
    </section>
  );
}

/**
 * Grants and accountability (/calls/:slug/accountability), public: every grant's status, progress, money
 * granted and paid, its tranches (with "Pay" for the body's treasurers) and its team's progress reports,
 * and the commons it produces.
 */
export function AccountabilityPage() {
  const { t } = useTranslation();
  const call = useCall();
  const grants = useQuery(accountabilityQuery(call.slug));
  useTitle(t("budgets.grants.pageTitle", { title: call.title }));
  if (grants.isPending) return <Loading label={t("budgets.grants.loading")} />;
  if (grants.error) return <LoadError error={grants.error} retry={() => void grants.refetch()} />;
  return (
    <div className="pb-accountability">
      <Summary data={grants.data} />
      {grants.data.grants.length === 0 ? (
        <Empty title={t("budgets.grants.empty")} />
      ) : (
        <ul className="pb-grants">
          {[...grants.data.grants].sort(byNumber).map((g) => (
            <GrantCard key={g.id} call={call} grant={g} currency={grants.data.currency} />
          ))}
        </ul>
      )}
      <p className="small">
        <a href={pbFileUrl(call.slug)} download={`${call.slug}.pb`}>
          {t("budgets.facts.pbFile")}
        </a>{" "}
        <span className="muted">{t("budgets.facts.pbFileHint")}</span>
      </p>
    </div>
  );
}
