import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { currentLanguage } from "../../i18n/i18n.ts";
import { formattingLocale } from "../../i18n/languages.ts";
import { seriesColour } from "../treasury/flows.ts";
import { formatMoney } from "../treasury/money.ts";

/** One period: major units for drawing, and the exact minor units for the tooltip, by series key. */
export interface InOutDatum {
  label: string;
  values: Record<string, number>;
  exact: Record<string, string>;
}

export interface InOutSeries {
  /** The key of the series in each datum's `values` and `exact`. */
  key: string;
  name: string;
}

export interface InOutChartProps {
  data: InOutDatum[];
  currency: string;
  incoming: InOutSeries[];
  outgoing: InOutSeries[];
}

/**
 * Money in against money out per period, as two stacked bars, each stacked by kind: the treasury's
 * monthly report and a commons' feedback loop both draw it. Hidden from assistive technology: the
 * pages show the same figures in tables beside it.
 */
export function InOutChart({ data, currency, incoming, outgoing }: InOutChartProps) {
  const series = [
    ...incoming.map((s, i) => ({ ...s, stack: "in", colour: seriesColour("income", i) })),
    ...outgoing.map((s, i) => ({ ...s, stack: "out", colour: seriesColour("spending", i) })),
  ];
  // The axis speaks the chosen language, like the tooltip and the tables beside it.
  const axis = new Intl.NumberFormat(formattingLocale(currentLanguage()), {
    style: "currency",
    currency,
    notation: "compact",
    maximumFractionDigits: 1,
  });
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
              return formatMoney((item.payload as InOutDatum).exact[key] ?? "0", currency);
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
