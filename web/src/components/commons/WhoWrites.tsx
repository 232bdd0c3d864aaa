import { lazy, type ReactNode, Suspense } from "react";
import { Trans, useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { CreditReport, Funding } from "../../api/schema.ts";
import { FUNDING_LABEL, formatHours, formatNumber, formatPeriodStart, INTERVAL_LABEL, shares } from "../../format.ts";
import type { MessageKey } from "../../i18n/resources.ts";
import { Empty, Loading } from "../States.tsx";
import { TableScroll } from "../TableScroll.tsx";
import { FUNDING_COLOUR } from "./funding.ts";
import { FUNDINGS } from "./labels.ts";
import { withEmptyPeriods } from "./periods.ts";

const WhoWritesChart = lazy(() => import("./WhoWritesChart.tsx"));

/** "40% paid": one funding's share in the chart's caption (exhaustive, like the label maps). */
const SHARE_PHRASE: Record<Funding, MessageKey> = {
  paid: "commons.whoWrites.share.paid",
  volunteer: "commons.whoWrites.share.volunteer",
  unknown: "commons.whoWrites.share.unknown",
};

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
  const { t } = useTranslation();
  return (
    <table className="data-table">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{headLabel}</th>
          <th scope="col" className="num">
            {t("commons.tally.contributions")}
          </th>
          <th scope="col" className="num">
            {shareLabel}
          </th>
          <th scope="col" className="num">
            {t("commons.tally.lines")}
          </th>
          <th scope="col" className="num">
            {t("commons.tally.time")}
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
  const { t } = useTranslation();
  const pct = fundingShares(report);
  return (
    <TallyTable
      caption={t("commons.whoWrites.byFunding")}
      headLabel={t("commons.whoWrites.funding")}
      shareLabel={t("commons.whoWrites.share")}
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
  const { t } = useTranslation();
  const pct = shares(report.byEnterprise.map((e) => e.contributions));
  if (report.byEnterprise.length === 0) return <p className="muted">{t("commons.whoWrites.noPaid")}</p>;
  return (
    <TallyTable
      caption={t("commons.whoWrites.byEnterprise")}
      headLabel={t("commons.whoWrites.enterprise")}
      shareLabel={t("commons.whoWrites.shareOfPaid")}
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
  const { t, i18n } = useTranslation();
  if (report.total === 0) {
    return <Empty title={t("commons.noAcceptedInPeriod")} />;
  }
  const rows = withEmptyPeriods(report.series, report.interval).map((s) => ({ ...s, label: formatPeriodStart(s.start, report.interval) }));
  const pct = fundingShares(report);
  const summary = FUNDINGS.map((f, i) => t(SHARE_PHRASE[f], { share: pct[i] ?? "" })).join(", ");
  const unit = INTERVAL_LABEL[report.interval].toLocaleLowerCase(i18n.resolvedLanguage);
  return (
    <>
      <figure className="chart-figure">
        <figcaption>
          <Trans i18nKey="commons.whoWrites.caption" values={{ total: report.total, summary }} components={{ strong: <strong /> }} />{" "}
          <span className="muted">{t("commons.whoWrites.per", { unit })}</span>
        </figcaption>
        <Suspense fallback={<Loading label={t("commons.whoWrites.loadingChart")} />}>
          <WhoWritesChart rows={rows} />
        </Suspense>
        <div className="visually-hidden">
          <table>
            <caption>{t("commons.whoWrites.perUnitByFunding", { unit })}</caption>
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
      <h3 className="subheading">{t("commons.whoWrites.shares")}</h3>
      <TableScroll label={t("commons.whoWrites.sharesByFunding")}>
        <Shares report={report} />
      </TableScroll>
      <h3 className="subheading">{t("commons.whoWrites.paidBy")}</h3>
      <TableScroll label={t("commons.whoWrites.byPayingEnterprise")}>
        <ByEnterprise report={report} />
      </TableScroll>
    </>
  );
}
