import { lazy, Suspense, useState } from "react";
import { Trans, useTranslation } from "react-i18next";
import type { TreasuryReport } from "../../api/schema.ts";
import { Empty, Loading } from "../States.tsx";
import { Amount } from "./Amount.tsx";
import {
  activeKeys,
  chartData,
  type Direction,
  type FlowRow,
  flowRows,
  type GroupBy,
  groupLabel,
  monthLabel,
  periodTotals,
} from "./flows.ts";
import { MoneyTable } from "./MoneyTable.tsx";
import { addMinor } from "./money.ts";

const FlowChart = lazy(() => import("./FlowChart.tsx"));

/** One direction per month, one column per kind or source, and the month's total. */
function PerMonthTable({
  rows,
  dir,
  by,
  keys,
  currency,
}: {
  rows: FlowRow[];
  dir: Direction;
  by: GroupBy;
  keys: string[];
  currency: string;
}) {
  const { t } = useTranslation();
  const totalKey = dir === "income" ? "incomeTotal" : "spendingTotal";
  return (
    <MoneyTable
      caption={t("treasury.flowReport.perMonthCaption", { dir, by, currency })}
      headLabel={t("treasury.flowReport.month")}
      columns={[...keys.map((k) => ({ label: groupLabel(by, k) })), { label: t("treasury.flowReport.total") }]}
      rows={rows.map((r) => ({
        key: r.month,
        head: r.label,
        cells: [
          ...keys.map((k) => <Amount key={k} amount={r[dir][k] ?? "0"} currency={currency} />),
          <strong key="total">
            <Amount amount={r[totalKey]} currency={currency} />
          </strong>,
        ],
      }))}
      total={{
        key: "total",
        head: t("treasury.flowReport.wholePeriod"),
        cells: [
          ...keys.map((k) => <Amount key={k} amount={periodTotals(rows, dir, k)} currency={currency} />),
          <Amount key="total" amount={addMinor(...rows.map((r) => r[totalKey]))} currency={currency} />,
        ],
      }}
    />
  );
}

/** Income and spending over the period per kind or per source, side by side. */
function TotalsTable({ rows, by, currency }: { rows: FlowRow[]; by: GroupBy; currency: string }) {
  const { t } = useTranslation();
  const keys = [...new Set([...activeKeys(rows, "income"), ...activeKeys(rows, "spending")])];
  const sum = (dir: Direction) => addMinor(...rows.map((r) => (dir === "income" ? r.incomeTotal : r.spendingTotal)));
  return (
    <MoneyTable
      caption={t("treasury.flowReport.totalsCaption", { by, currency })}
      headLabel={by === "kind" ? t("treasury.flowReport.kind") : t("treasury.flowReport.sourceOrRecipient")}
      columns={[{ label: t("treasury.flowReport.income") }, { label: t("treasury.flowReport.spending") }]}
      rows={keys.map((k) => ({
        key: k,
        head: groupLabel(by, k),
        cells: [
          <Amount key="in" amount={periodTotals(rows, "income", k)} currency={currency} />,
          <Amount key="out" amount={periodTotals(rows, "spending", k)} currency={currency} />,
        ],
      }))}
      total={{
        key: "total",
        head: t("treasury.flowReport.total"),
        cells: [
          <Amount key="in" amount={sum("income")} currency={currency} />,
          <Amount key="out" amount={sum("spending")} currency={currency} />,
        ],
      }}
    />
  );
}

/**
 * Income and spending per month for a period: a stacked chart by kind or by source, the same figures
 * as tables, and the period's totals per kind and per source.
 */
export function FlowReport({ report }: { report: TreasuryReport }) {
  const { t } = useTranslation();
  const currencies = [...new Set([report.currency, ...report.months.map((m) => m.currency)].filter((c): c is string => !!c))];
  const [chosen, setCurrency] = useState(currencies[0] ?? "");
  const currency = currencies.includes(chosen) ? chosen : (currencies[0] ?? "");
  const [by, setBy] = useState<GroupBy>("kind");

  const rows = flowRows(report, currency, by);
  const kindRows = by === "kind" ? rows : flowRows(report, currency, "kind");
  const sourceRows = by === "source" ? rows : flowRows(report, currency, "source");
  const incomeKeys = activeKeys(rows, "income");
  const spendingKeys = activeKeys(rows, "spending");
  const income = addMinor(...rows.map((r) => r.incomeTotal));
  const spending = addMinor(...rows.map((r) => r.spendingTotal));
  const period = t("treasury.flowReport.period", { from: monthLabel(report.from), to: monthLabel(report.to) });

  return (
    <>
      <div className="flow-controls">
        <fieldset className="segmented">
          <legend>{t("treasury.flowReport.groupBy")}</legend>
          {(["kind", "source"] as const).map((g) => (
            <label key={g}>
              <input type="radio" name="flow-by" value={g} checked={by === g} onChange={() => setBy(g)} />
              {g === "kind" ? t("treasury.flowReport.kind") : t("treasury.flowReport.source")}
            </label>
          ))}
        </fieldset>
        {currencies.length > 1 ? (
          <label className="inline-field">
            {t("treasury.currency.label")}{" "}
            <select value={currency} onChange={(e) => setCurrency(e.target.value)}>
              {currencies.map((c) => (
                <option key={c}>{c}</option>
              ))}
            </select>
          </label>
        ) : null}
      </div>
      {incomeKeys.length === 0 && spendingKeys.length === 0 ? (
        <Empty title={t("treasury.flowReport.empty", { currency, period })} />
      ) : (
        <>
          <figure className="chart-figure">
            <figcaption>
              <Trans
                i18nKey="treasury.flowReport.summary"
                values={{ period }}
                components={{
                  strong: <strong />,
                  income: <Amount amount={income} currency={currency} />,
                  spending: <Amount amount={spending} currency={currency} />,
                  net: <Amount amount={income - spending} currency={currency} signed />,
                }}
              />{" "}
              <span className="muted">{t("treasury.flowReport.chartNote", { by })}</span>
            </figcaption>
            <Suspense fallback={<Loading label={t("treasury.flowReport.loadingChart")} />}>
              <FlowChart
                data={chartData(rows, currency, incomeKeys, spendingKeys)}
                currency={currency}
                by={by}
                incomeKeys={incomeKeys}
                spendingKeys={spendingKeys}
              />
            </Suspense>
          </figure>
          {incomeKeys.length ? <PerMonthTable rows={rows} dir="income" by={by} keys={incomeKeys} currency={currency} /> : null}
          {spendingKeys.length ? <PerMonthTable rows={rows} dir="spending" by={by} keys={spendingKeys} currency={currency} /> : null}
          <div className="totals-grid">
            <TotalsTable rows={kindRows} by="kind" currency={currency} />
            <TotalsTable rows={sourceRows} by="source" currency={currency} />
          </div>
        </>
      )}
    </>
  );
}
