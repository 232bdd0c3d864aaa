import type { CommonsFlows, FlowDirection, FlowKey, Money } from "../../api/schema.ts";
import { formatPeriodStart } from "../../format.ts";
import { toDecimal } from "../treasury/money.ts";

/** The amount in one currency from a per-currency list (zero when absent), as minor units. */
export const inCurrency = (list: Money[], currency: string): string => list.find((m) => m.currency === currency)?.amount ?? "0";

/** Every currency the flows carry, the most common first. */
export function currenciesOf(flows: CommonsFlows): string[] {
  const seen = new Map<string, number>();
  for (const p of flows.periods) for (const m of [...p.totalIn, ...p.totalOut]) seen.set(m.currency, (seen.get(m.currency) ?? 0) + 1);
  return [...seen].sort((a, b) => b[1] - a[1]).map(([c]) => c);
}

export interface FlowDatum {
  label: string;
  /** Major units as numbers, for drawing only; `exact` keeps the minor units for the tooltip. */
  values: Record<string, number>;
  exact: Record<string, string>;
}

/** One bar pair per period: inflows stacked by kind, outflows stacked by kind. */
export function flowChartData(flows: CommonsFlows, currency: string, keys: FlowKey[]): FlowDatum[] {
  return flows.periods.map((p) => {
    const values: Record<string, number> = {};
    const exact: Record<string, string> = {};
    for (const k of keys) {
      const minor = inCurrency(p.flows[k], currency);
      exact[k] = minor;
      values[k] = Number(toDecimal(minor, currency));
    }
    return { label: formatPeriodStart(p.start, flows.interval), values, exact };
  });
}

/** The kinds with money in this currency somewhere in the window, in the server's order. */
export const activeKinds = (flows: CommonsFlows, currency: string, direction: FlowDirection) =>
  flows.kinds.filter((k) => k.direction === direction && inCurrency(flows.totals.flows[k.key], currency) !== "0");
