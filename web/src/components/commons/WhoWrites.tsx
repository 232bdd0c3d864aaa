import { lazy, type ReactNode, Suspense } from "react";
import { Link } from "react-router";
import type { CreditReport } from "../../api/schema.ts";
import { FUNDING_LABEL, formatHours, formatNumber, formatPeriodStart, INTERVAL_LABEL, shares } from "../../format.ts";
import { Empty, Loading } from "../States.tsx";
import { TableScroll } from "../TableScroll.tsx";
import { FUNDING_COLOUR } from "./funding.ts";
import { FUNDINGS } from "./labels.ts";
import { withEmptyPeriods } from "./periods.ts";

const WhoWritesChart = lazy(() => import("./WhoWritesChart.tsx"));

const fundingShares = (report: CreditReport) => shares(FUNDINGS.map((f) => report.byFunding[f].contributions));

interface TallyRow {
  key: string;
  head: ReactNode;
  tally: { contributions: number; lines: number; minutes: number };
  share: string;
}

/** Contributions, their share, lines and time, one row per funding or per enterprise. */
function TallyTable({
  caption,
  headLabel,
  shareLabel,
  rows,
}: {
  caption: string;
  headLabel: string;
  shareLabel: string;
  rows: TallyRow[];
}) {
  return (
    <table className="data-table">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{headLabel}</th>
          <th scope="col" className="num">
            Contributions
          </th>
          <th scope="col" className="num">
            {shareLabel}
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
        {rows.map(({ key, head, tally, share }) => (
          <tr key={key}>
            <th scope="row" className="nowrap">
              {head}
            </th>
            <td className="num">{formatNumber(tally.contributions)}</td>
            <td className="num">{share}</td>
            <td className="num">{formatNumber(tally.lines)}</td>
            <td className="num">{tally.minutes > 0 ? formatHours(tally.minutes / 60) : "—"}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Shares({ report }: { report: CreditReport }) {
  const pct = fundingShares(report);
  return (
    <TallyTable
      caption="Accepted contributions by funding"
      headLabel="Funding"
      shareLabel="Share"
      rows={FUNDINGS.map((f, i) => ({
        key: f,
        head: (
          <>
            <span className="swatch" style={{ backgroundColor: FUNDING_COLOUR[f] }} aria-hidden="true" />
            {FUNDING_LABEL[f]}
          </>
        ),
        tally: report.byFunding[f],
        share: pct[i] ?? "",
      }))}
    />
  );
}

function ByEnterprise({ report }: { report: CreditReport }) {
  const pct = shares(report.byEnterprise.map((e) => e.contributions));
  if (report.byEnterprise.length === 0) return <p className="muted">No paid contributions in this period.</p>;
  return (
    <TallyTable
      caption="Paid contributions by the enterprise that paid for them"
      headLabel="Enterprise"
      shareLabel="Share of paid"
      rows={report.byEnterprise.map((e, i) => ({
        key: e.enterprise.slug,
        head: <Link to={`/orgs/${e.enterprise.slug}`}>{e.enterprise.name}</Link>,
        tally: e,
        share: pct[i] ?? "",
      }))}
    />
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
      <TableScroll label="Shares by funding">
        <Shares report={report} />
      </TableScroll>
      <h3 className="subheading">Paid by</h3>
      <TableScroll label="Contributions by paying enterprise">
        <ByEnterprise report={report} />
      </TableScroll>
    </>
  );
}
