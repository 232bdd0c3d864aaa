import { useTranslation } from "react-i18next";
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { Funding } from "../../api/schema.ts";
import { FUNDING_LABEL } from "../../format.ts";
import { FUNDING_COLOUR } from "./funding.ts";
import { FUNDINGS } from "./labels.ts";

export interface ChartRow extends Record<Funding, number> {
  label: string;
}

/**
 * Stacked bars of accepted contributions per period, paid / volunteer / unknown. Loaded on demand
 * (recharts is large) and hidden from assistive technology: the table beside it carries the numbers.
 */
export default function WhoWritesChart({ rows }: { rows: ChartRow[] }) {
  // The legend's funding labels are read in the current language.
  useTranslation();
  return (
    <div className="chart" aria-hidden="true">
      <ResponsiveContainer width="100%" height={280}>
        <BarChart data={rows} margin={{ top: 8, right: 8, bottom: 0, left: -16 }} accessibilityLayer={false}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} stroke="#d9d6cd" />
          <XAxis dataKey="label" tick={{ fontSize: 12, fill: "#58635e" }} tickLine={false} />
          <YAxis allowDecimals={false} tick={{ fontSize: 12, fill: "#58635e" }} tickLine={false} axisLine={false} />
          <Tooltip cursor={{ fill: "rgb(31 95 74 / 8%)" }} />
          <Legend
            wrapperStyle={{ fontSize: 14 }}
            itemSorter={null}
            formatter={(value) => <span className="chart-legend-text">{value}</span>}
          />
          {FUNDINGS.map((f) => (
            <Bar key={f} dataKey={f} name={FUNDING_LABEL[f]} stackId="funding" fill={FUNDING_COLOUR[f]} isAnimationActive={false} />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
