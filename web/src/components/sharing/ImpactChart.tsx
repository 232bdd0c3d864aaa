import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

export interface ImpactBar {
  label: string;
  value: number;
}

/**
 * One series of bars (loans per month, utilisation per resource, people per number of loans). Loaded on
 * demand (recharts is large) and hidden from assistive technology: the table beside it carries the figures.
 */
export default function ImpactChart({
  rows,
  format,
  name,
  share = false,
}: {
  rows: ImpactBar[];
  format: (value: number) => string;
  name: string;
  /** Values are shares of a whole (0 to 1): the axis runs from 0 to 100 %. */
  share?: boolean;
}) {
  return (
    <div className="chart" aria-hidden="true">
      <ResponsiveContainer width="100%" height={240}>
        <BarChart data={rows} margin={{ top: 8, right: 8, bottom: 0, left: -8 }} accessibilityLayer={false}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} stroke="#d9d6cd" />
          <XAxis dataKey="label" tick={{ fontSize: 12, fill: "#58635e" }} tickLine={false} interval="preserveStartEnd" />
          <YAxis
            tickFormatter={format}
            domain={share ? [0, 1] : [0, "auto"]}
            allowDecimals={share}
            tick={{ fontSize: 12, fill: "#58635e" }}
            tickLine={false}
            axisLine={false}
            width={56}
          />
          <Tooltip cursor={{ fill: "rgb(31 95 74 / 8%)" }} formatter={(v) => [format(Number(v)), name]} />
          <Bar dataKey="value" name={name} fill="#1f5f4a" isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
