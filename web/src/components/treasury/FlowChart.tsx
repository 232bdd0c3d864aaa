import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { type ChartDatum, type Direction, GROUP_LABEL, type GroupBy, seriesColour, seriesKey } from "./flows.ts";
import { formatMoney } from "./money.ts";

export interface FlowChartProps {
  data: ChartDatum[];
  currency: string;
  by: GroupBy;
  incomeKeys: string[];
  spendingKeys: string[];
}

const DIRECTION_LABEL: Record<Direction, string> = { income: "In", spending: "Out" };

/**
 * Income and spending per month as two stacked bars, by kind or by source. Loaded on demand
 * (recharts is large) and hidden from assistive technology: the tables beside it carry the figures.
 */
export default function FlowChart({ data, currency, by, incomeKeys, spendingKeys }: FlowChartProps) {
  const series = [
    ...incomeKeys.map((k, i) => ({ dir: "income" as const, key: k, colour: seriesColour("income", i) })),
    ...spendingKeys.map((k, i) => ({ dir: "spending" as const, key: k, colour: seriesColour("spending", i) })),
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
              const datum = item.payload as ChartDatum;
              const key = String(item.dataKey ?? "").replace(/^values\./, "");
              return formatMoney(datum.exact[key] ?? "0", currency);
            }}
          />
          <Legend
            wrapperStyle={{ fontSize: 13 }}
            itemSorter={null}
            formatter={(value) => <span className="chart-legend-text">{value}</span>}
          />
          {series.map((s) => (
            <Bar
              key={seriesKey(s.dir, s.key)}
              dataKey={`values.${seriesKey(s.dir, s.key)}`}
              name={`${DIRECTION_LABEL[s.dir]}: ${GROUP_LABEL[by][s.key] ?? s.key}`}
              stackId={s.dir}
              fill={s.colour}
              isAnimationActive={false}
            />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
