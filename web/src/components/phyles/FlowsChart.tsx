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
  return (
    <InOutChart
      data={data}
      currency={currency}
      incoming={inKeys.map((key) => ({ key, name: `${DIRECTION_PREFIX.in}: ${FLOW_SHORT[key]}` }))}
      outgoing={outKeys.map((key) => ({ key, name: `${DIRECTION_PREFIX.out}: ${FLOW_SHORT[key]}` }))}
    />
  );
}
