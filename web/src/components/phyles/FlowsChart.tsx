import { useTranslation } from "react-i18next";
import type { FlowKey } from "../../api/schema.ts";
import { InOutChart } from "../charts/InOutChart.tsx";
import type { FlowDatum } from "./flowData.ts";
import { DIRECTION_PREFIX, FLOW_SHORT } from "./format.ts";

export interface FlowsChartProps {
  data: FlowDatum[];
  currency: string;
  inKeys: FlowKey[];
  outKeys: FlowKey[];
}

/** A commons' money in against out per period, by kind. Loaded on demand: recharts is large. */
export default function FlowsChart({ data, currency, inKeys, outKeys }: FlowsChartProps) {
  const { t } = useTranslation();
  return (
    <InOutChart
      data={data}
      currency={currency}
      incoming={inKeys.map((key) => ({ key, name: t("phyles.flows.legend", { direction: DIRECTION_PREFIX.in, kind: FLOW_SHORT[key] }) }))}
      outgoing={outKeys.map((key) => ({ key, name: t("phyles.flows.legend", { direction: DIRECTION_PREFIX.out, kind: FLOW_SHORT[key] }) }))}
    />
  );
}
