import { lazy, Suspense } from "react";
import { Link } from "react-router";
import { FUNDING_LABEL, formatHours, formatNumber, formatPeriodStart, INTERVAL_LABEL, shares } from "../../format.ts";
import { type CreditReport, FUNDINGS } from "../../types/commons.ts";
import { Empty, Loading } from "../States.tsx";
import { FUNDING_COLOUR } from "./funding.ts";
import { withEmptyPeriods } from "./periods.ts";

const WhoWritesChart = lazy(() => import("./WhoWritesChart.tsx"));

const fundingShares = (report: CreditReport) => shares(FUNDINGS.map((f) => report.byFunding[f].contributions));

function Shares({ report }: { report: CreditReport }) {
  const pct = fundingShares(report);
  return (
    <table className="data-table">
      <caption className="visually-hidden">Accepted contributions by funding</caption>
      <thead>
        <tr>
          <th scope="col">Funding</th>
          <th scope="col" className="num">
            Contributions
          </th>
          <th scope="col" className="num">
            Share
          </th>
          <th scope="col" className="num">
            Lines
          </th>
          <th scope="col" className="num">
            Time logged
          </th>
        </tr>
      </thead>
      <tbody>
        {FUNDINGS.map((f, i) => {
          const t = report.byFunding[f];
          return (
            <tr key={f}>
              <th scope="row" className="nowrap">
                <span className="swatch" style={{ backgroundColor: FUNDING_COLOUR[f] }} aria-hidden="true" />
                {FUNDING_LABEL[f]}
              </th>
              <td className="num">{formatNumber(t.contributions)}</td>
              <td className="num">{pct[i]}</td>
              <td className="num">{formatNumber(t.lines)}</td>
              <td className="num">{t.minutes > 0 ? formatHours(t.minutes / 60) : "—"}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

function ByEnterprise({ report }: { report: CreditReport }) {
  const pct = shares(report.byEnterprise.map((e) => e.contributions));
  if (report.byEnterprise.length === 0) return <p className="muted">No paid contributions in this period.</p>;
  return (
    <table className="data-table">
      <caption className="visually-hidden">Paid contributions by the enterprise that paid for them</caption>
      <thead>
        <tr>
          <th scope="col">Enterprise</th>
          <th scope="col" className="num">
            Contributions
          </th>
          <th scope="col" className="num">
            Share of paid
          </th>
          <th scope="col" className="num">
            Lines
          </th>
          <th scope="col" className="num">
            Time logged
          </th>
        </tr>
      </thead>
      <tbody>
        {report.byEnterprise.map((e, i) => (
          <tr key={e.enterprise.slug}>
            <th scope="row">
              <Link to={`/orgs/${e.enterprise.slug}`}>{e.enterprise.name}</Link>
            </th>
            <td className="num">{formatNumber(e.contributions)}</td>
            <td className="num">{pct[i]}</td>
            <td className="num">{formatNumber(e.lines)}</td>
            <td className="num">{e.minutes > 0 ? formatHours(e.minutes / 60) : "—"}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** "Who writes this commons": the shares, the stacked chart per period with its numbers as a table, and who pays. */
export function WhoWrites({ report }: { report: CreditReport }) {
  if (report.total === 0) {
    return <Empty title="No accepted contributions in this period." />;
  }
  const rows = withEmptyPeriods(report.series, report.interval).map((s) => ({ ...s, label: formatPeriodStart(s.start, report.interval) }));
  const pct = fundingShares(report);
  const summary = FUNDINGS.map((f, i) => `${pct[i]} ${FUNDING_LABEL[f].toLowerCase()}`).join(", ");
  const unit = INTERVAL_LABEL[report.interval].toLowerCase();
  return (
    <>
      <figure className="chart-figure">
        <figcaption>
          <strong>{formatNumber(report.total)}</strong> accepted {report.total === 1 ? "contribution" : "contributions"}: {summary}.{" "}
          <span className="muted">Per {unit}.</span>
        </figcaption>
        <Suspense fallback={<Loading label="Loading the chart…" />}>
          <WhoWritesChart rows={rows} />
        </Suspense>
        <div className="visually-hidden">
          <table>
            <caption>Accepted contributions per {unit}, by funding</caption>
            <thead>
              <tr>
                <th scope="col">{INTERVAL_LABEL[report.interval]}</th>
                {FUNDINGS.map((f) => (
                  <th key={f} scope="col">
                    {FUNDING_LABEL[f]}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.start}>
                  <th scope="row">{r.label}</th>
                  {FUNDINGS.map((f) => (
                    <td key={f}>{r[f]}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </figure>
      <h3 className="subheading">Shares</h3>
      <div className="table-scroll">
        <Shares report={report} />
      </div>
      <h3 className="subheading">Paid by</h3>
      <div className="table-scroll">
        <ByEnterprise report={report} />
      </div>
    </>
  );
}
