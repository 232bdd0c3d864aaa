import { useTranslation } from "react-i18next";
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { perLocale } from "../../i18n/intl.ts";
import { chartValue, formatMoney } from "../treasury/money.ts";
import type { Grant } from "./labels.ts";

const compactMoney = perLocale(
  (l) => (currency: string) => new Intl.NumberFormat(l, { style: "currency", currency, notation: "compact", maximumFractionDigits: 1 }),
);

/**
 * Each grant's money: granted, and paid so far. Loaded on demand (recharts is large) and hidden from
 * assistive technology: each grant's card says the same in words.
 */
export default function GrantsChart({ grants, currency }: { grants: Grant[]; currency: string }) {
  const { t } = useTranslation();
  const axis = compactMoney()(currency);
  const rows = grants.map((g) => ({
    name: `#${g.project.number} ${g.project.title.length > 14 ? `${g.project.title.slice(0, 13)}…` : g.project.title}`,
    granted: chartValue(g.amount, currency),
    paid: chartValue(g.paid, currency),
    exactGranted: g.amount,
    exactPaid: g.paid,
  }));
  return (
    <div className="chart pb-chart" aria-hidden="true">
      <ResponsiveContainer width="100%" height={Math.max(140, rows.length * 40 + 64)}>
        <BarChart data={rows} layout="vertical" margin={{ top: 8, right: 12, bottom: 0, left: 4 }} accessibilityLayer={false}>
          <CartesianGrid strokeDasharray="3 3" horizontal={false} stroke="#d9d6cd" />
          <XAxis type="number" tick={{ fontSize: 11, fill: "#58635e" }} tickFormatter={(v: number) => axis.format(v)} />
          <YAxis type="category" dataKey="name" width={110} tick={{ fontSize: 11, fill: "#58635e" }} tickLine={false} />
          <Tooltip
            cursor={{ fill: "rgb(31 95 74 / 8%)" }}
            formatter={(_v, name, item) => {
              const p = item.payload as { exactGranted: string; exactPaid: string };
              return formatMoney(name === t("budgets.chart.paid") ? p.exactPaid : p.exactGranted, currency);
            }}
          />
          <Legend wrapperStyle={{ fontSize: 12 }} />
          <Bar dataKey="granted" name={t("budgets.chart.granted")} fill="#b9b5aa" isAnimationActive={false} />
          <Bar dataKey="paid" name={t("budgets.chart.paid")} fill="#1f5f4a" isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
