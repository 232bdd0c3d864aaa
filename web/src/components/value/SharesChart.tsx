import { useTranslation } from "react-i18next";
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { DistributionStatement } from "../../api/schema.ts";
import { perLocale } from "../../i18n/intl.ts";
import { formatMoney } from "../treasury/money.ts";

const compactMoney = perLocale(
  (l) => (currency: string) => new Intl.NumberFormat(l, { style: "currency", currency, notation: "compact", maximumFractionDigits: 1 }),
);

/**
 * The shares of a statement as bars, largest first. Loaded on demand (recharts is large) and hidden
 * from assistive technology: the statement table beside it carries the same figures.
 */
export default function SharesChart({ statement }: { statement: DistributionStatement }) {
  const data = statement.lines
    .filter((l) => BigInt(l.amount) > 0n)
    .map((l) => ({ name: l.person?.name ?? l.label, value: Number(l.decimal), exact: l.amount }))
    .sort((a, b) => b.value - a.value)
    .slice(0, 30);
  const { t } = useTranslation();
  const axis = compactMoney()(statement.currency);
  return (
    <div className="chart value-chart" aria-hidden="true">
      <ResponsiveContainer width="100%" height={Math.max(160, data.length * 28 + 40)}>
        <BarChart data={data} layout="vertical" margin={{ top: 8, right: 16, bottom: 0, left: 8 }} accessibilityLayer={false}>
          <CartesianGrid strokeDasharray="3 3" horizontal={false} stroke="#d9d6cd" />
          <XAxis type="number" tick={{ fontSize: 12, fill: "#58635e" }} tickFormatter={(v: number) => axis.format(v)} />
          <YAxis type="category" dataKey="name" width={140} tick={{ fontSize: 12, fill: "#58635e" }} tickLine={false} />
          <Tooltip
            cursor={{ fill: "rgb(31 95 74 / 8%)" }}
            formatter={(_v, _n, item) => formatMoney((item.payload as { exact: string }).exact, statement.currency)}
          />
          <Bar dataKey="value" name={t("value.statement.share")} fill="#1f5f4a" isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
