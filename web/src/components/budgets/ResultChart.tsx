import { useTranslation } from "react-i18next";
import { Bar, BarChart, CartesianGrid, Cell, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { perLocale } from "../../i18n/intl.ts";
import { chartValue, formatMoney } from "../treasury/money.ts";

export interface ResultBar {
  /** "#3 Riverside trail guide", cut short. */
  name: string;
  /** Minor units. */
  cost: number;
  /** What its voters paid (funded by the Method of Equal Shares) or had left (not affordable); null where the rule has no such figure. */
  raised: number | null;
  funded: boolean;
}

const compactMoney = perLocale(
  (l) => (currency: string) => new Intl.NumberFormat(l, { style: "currency", currency, notation: "compact", maximumFractionDigits: 1 }),
);

const FUNDED = "#1f5f4a";
const NOT_FUNDED = "#b9b5aa";
const RAISED = "#d08a2e";

/**
 * Each project's cost (green when funded, grey when not), and beside it what its voters paid or had
 * left under the Method of Equal Shares. Loaded on demand (recharts is large) and hidden from assistive
 * technology: the list of projects under it says the same in words.
 */
export default function ResultChart({ bars, currency }: { bars: ResultBar[]; currency: string }) {
  const { t } = useTranslation();
  const axis = compactMoney()(currency);
  const withRaised = bars.some((b) => b.raised !== null);
  const rows = bars.map((b) => ({
    name: b.name,
    cost: chartValue(String(Math.round(b.cost)), currency),
    raised: b.raised === null ? null : chartValue(String(Math.round(b.raised)), currency),
    funded: b.funded,
    exactCost: String(Math.round(b.cost)),
    exactRaised: b.raised === null ? null : String(Math.round(b.raised)),
  }));
  return (
    <div className="chart pb-chart" aria-hidden="true">
      <ResponsiveContainer width="100%" height={Math.max(140, rows.length * (withRaised ? 40 : 28) + 64)}>
        <BarChart data={rows} layout="vertical" margin={{ top: 8, right: 12, bottom: 0, left: 4 }} accessibilityLayer={false}>
          <CartesianGrid strokeDasharray="3 3" horizontal={false} stroke="#d9d6cd" />
          <XAxis type="number" tick={{ fontSize: 11, fill: "#58635e" }} tickFormatter={(v: number) => axis.format(v)} />
          <YAxis type="category" dataKey="name" width={110} tick={{ fontSize: 11, fill: "#58635e" }} tickLine={false} />
          <Tooltip
            cursor={{ fill: "rgb(31 95 74 / 8%)" }}
            formatter={(_v, name, item) => {
              const p = item.payload as { exactCost: string; exactRaised: string | null };
              const exact = name === t("budgets.chart.raised") ? p.exactRaised : p.exactCost;
              return exact === null ? "—" : formatMoney(exact, currency);
            }}
          />
          {withRaised ? <Legend wrapperStyle={{ fontSize: 12 }} /> : null}
          <Bar dataKey="cost" name={t("budgets.chart.cost")} fill={FUNDED} isAnimationActive={false}>
            {rows.map((r) => (
              <Cell key={r.name} fill={r.funded ? FUNDED : NOT_FUNDED} />
            ))}
          </Bar>
          {withRaised ? <Bar dataKey="raised" name={t("budgets.chart.raised")} fill={RAISED} isAnimationActive={false} /> : null}
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
