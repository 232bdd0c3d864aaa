import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { FlowKey } from "../../types/phyles.ts";
import { seriesColour } from "../treasury/flows.ts";
import { formatMoney } from "../treasury/money.ts";
import type { FlowDatum } from "./flowData.ts";
import { FLOW_SHORT } from "./labels.ts";

export interface FlowsChartProps {
  data: FlowDatum[];
  currency: string;
  inKeys: FlowKey[];
  outKeys: FlowKey[];
}

/**
 * In against out per period, each stacked by kind. Loaded on demand (recharts is large) and hidden
 * from assistive technology: the tables below carry the same figures.
 */
export default function FlowsChart({ data, currency, inKeys, outKeys }: FlowsChartProps) {
  const series = [
    ...inKeys.map((key, i) => ({ key, stack: "in", name: `In: ${FLOW_SHORT[key]}`, colour: seriesColour("income", i) })),
    ...outKeys.map((key, i) => ({ key, stack: "out", name: `Out: ${FLOW_SHORT[key]}`, colour: seriesColour("spending", i) })),
  ];
  const axis = new Intl.NumberFormat(undefined, { style: "currency", currency, notation: "compact", maximumFractionDigits: 1 });
  return (
    <div className="chart" aria-hidden="true">
      <ResponsiveContainer width="100%" height={300}>
        <BarChart data={data} margin={{ top: 8, right: 8, bottom: 0, left: 8 }} accessibilityLayer={false}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} stroke="#d9d6cd" />
          <XAxis dataKey="label" tick={{ fontSize: 12, fill: "#58635e" }} tickLine={false} />
          <YAxis tick={{ fontSize: 12, fill: "#58635e" }} tickLine={false} axisLine={false} tickFormatter={(v: number) => axis.format(v)} />
          <Tooltip
            cursor={{ fill: "rgb(31 95 74 / 8%)" }}
            formatter={(_value, _name, item) => {
              const key = String(item.dataKey ?? "").replace(/^values\./, "");
              return formatMoney((item.payload as FlowDatum).exact[key] ?? "0", currency);
            }}
          />
          <Legend
            wrapperStyle={{ fontSize: 13 }}
            itemSorter={null}
            formatter={(value) => <span className="chart-legend-text">{value}</span>}
          />
          {series.map((s) => (
            <Bar
              key={`${s.stack}:${s.key}`}
              dataKey={`values.${s.key}`}
              name={s.name}
              stackId={s.stack}
              fill={s.colour}
              isAnimationActive={false}
            />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
