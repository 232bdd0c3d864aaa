import { useTranslation } from "react-i18next";
import { InOutChart } from "../charts/InOutChart.tsx";
import { type ChartDatum, type GroupBy, groupLabel, seriesKey } from "./flows.ts";

export interface FlowChartProps {
  data: ChartDatum[];
  currency: string;
  by: GroupBy;
  incomeKeys: string[];
  spendingKeys: string[];
}

/** Income and spending per month, by kind or by source. Loaded on demand: recharts is large. */
export default function FlowChart({ data, currency, by, incomeKeys, spendingKeys }: FlowChartProps) {
  const { t } = useTranslation();
  const series = (dir: "income" | "spending") => (k: string) => ({
    key: seriesKey(dir, k),
    name: t(dir === "income" ? "treasury.flow.seriesIn" : "treasury.flow.seriesOut", { label: groupLabel(by, k) }),
  });
  return (
    <InOutChart
      data={data}
      currency={currency}
      incoming={incomeKeys.map(series("income"))}
      outgoing={spendingKeys.map(series("spending"))}
    />
  );
}
