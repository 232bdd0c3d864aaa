/** The monthly report reshaped for the chart and the tables: every month of the period, one currency, by kind or by source. */
import type { TreasuryReport } from "../../api/schema.ts";
import { formatPeriodStart } from "../../format.ts";
import { COUNTERPARTY_KINDS, KIND_LABEL, SOURCE_LABEL, TRANSACTION_KINDS } from "./labels.ts";
import { addMinor, chartValue } from "./money.ts";

type ReportMonth = TreasuryReport["months"][number];

export type GroupBy = "kind" | "source";
export type Direction = "income" | "spending";

export const GROUP_LABEL: Record<GroupBy, Record<string, string>> = { kind: KIND_LABEL, source: SOURCE_LABEL };
/** The order the tables and the chart list keys in: the label maps' own. */
const GROUP_ORDER: Record<GroupBy, readonly string[]> = { kind: TRANSACTION_KINDS, source: COUNTERPARTY_KINDS };

/** A kind's or a source's words; its key, should the server send one this app has no label for yet. */
export const groupLabel = (by: GroupBy, key: string): string => GROUP_LABEL[by][key] ?? key;

/** "2026-01" … "2026-12": every month from `from` to `to`, inclusive. */
export function monthsBetween(from: string, to: string): string[] {
  const out: string[] = [];
  let [y, m] = from.split("-").map(Number) as [number, number];
  for (let i = 0; i < 600; i++) {
    const month = `${y}-${String(m).padStart(2, "0")}`;
    if (month > to) break;
    out.push(month);
    m += 1;
    if (m > 12) {
      m = 1;
      y += 1;
    }
  }
  return out;
}

export const monthLabel = (month: string) => formatPeriodStart(`${month}-01`, "month");

export interface FlowRow {
  month: string;
  label: string;
  /** Exact minor units per key (kind or source) and direction; "0" for quiet ones. */
  income: Record<string, string>;
  spending: Record<string, string>;
  incomeTotal: string;
  spendingTotal: string;
}

const bucket = (m: ReportMonth | undefined, dir: Direction, by: GroupBy): Record<string, string> | undefined =>
  by === "kind" ? m?.[dir].byKind : m?.[dir].bySource;

/**
 * The kinds (or sources) the report has figures for in one currency, read from the report itself
 * rather than from a list, so that the rows always add up to the totals, even for a kind this app
 * does not know yet. Known keys come in their labels' order, others after them.
 */
export function groupKeys(report: TreasuryReport, currency: string, by: GroupBy): string[] {
  const seen = new Set<string>();
  for (const m of report.months) {
    if (m.currency !== currency) continue;
    for (const dir of ["income", "spending"] as const) for (const k of Object.keys(bucket(m, dir, by) ?? {})) seen.add(k);
  }
  const order = GROUP_ORDER[by];
  const rank = (k: string) => (order.includes(k) ? order.indexOf(k) : order.length);
  return [...seen].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
}

/** The report's months in one currency, with the quiet months as zeros so bars keep their place. */
export function flowRows(report: TreasuryReport, currency: string, by: GroupBy): FlowRow[] {
  const byMonth = new Map(report.months.filter((m) => m.currency === currency).map((m) => [m.month, m]));
  const keys = groupKeys(report, currency, by);
  return monthsBetween(report.from, report.to).map((month) => {
    const m = byMonth.get(month);
    const pick = (dir: Direction) => Object.fromEntries(keys.map((k) => [k, bucket(m, dir, by)?.[k] ?? "0"]));
    return {
      month,
      label: monthLabel(month),
      income: pick("income"),
      spending: pick("spending"),
      incomeTotal: m?.income.total ?? "0",
      spendingTotal: m?.spending.total ?? "0",
    };
  });
}

/** The keys with any money in that direction over the period, in the rows' order. */
export function activeKeys(rows: FlowRow[], dir: Direction): string[] {
  return Object.keys(rows[0]?.[dir] ?? {}).filter((k) => rows.some((r) => r[dir][k] !== "0"));
}

/** Totals over the period per key and direction, exact. */
export function periodTotals(rows: FlowRow[], dir: Direction, key: string): bigint {
  return addMinor(...rows.map((r) => r[dir][key]));
}

/** Chart rows: numbers for drawing, and the exact strings beside them for the tooltip. */
export interface ChartDatum {
  label: string;
  values: Record<string, number>;
  exact: Record<string, string>;
}

export const seriesKey = (dir: Direction, key: string) => `${dir}:${key}`;

export function chartData(rows: FlowRow[], currency: string, incomeKeys: string[], spendingKeys: string[]): ChartDatum[] {
  return rows.map((r) => {
    const values: Record<string, number> = {};
    const exact: Record<string, string> = {};
    for (const [dir, keys] of [
      ["income", incomeKeys],
      ["spending", spendingKeys],
    ] as const) {
      for (const k of keys) {
        const amount = r[dir][k] ?? "0";
        values[seriesKey(dir, k)] = chartValue(amount, currency);
        exact[seriesKey(dir, k)] = amount;
      }
    }
    return { label: r.label, values, exact };
  });
}

/** Income in greens and blues, spending in ambers and reds; the tables carry the same figures in words. */
const INCOME_COLOURS = ["#1f5f4a", "#3f8f6f", "#76b39a", "#2b6c8f", "#5a9bc0", "#a3c9de", "#4d7a3a", "#8fb07a"];
const SPENDING_COLOURS = ["#b7791f", "#a8231b", "#d69e4c", "#7b3f12", "#e0a38f", "#8e5b2e", "#c75a3a", "#e8c27a"];

export function seriesColour(dir: Direction, index: number): string {
  const palette = dir === "income" ? INCOME_COLOURS : SPENDING_COLOURS;
  return palette[index % palette.length] ?? "#8e897d";
}
