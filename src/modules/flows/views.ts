import { z } from "@hono/zod-openapi";
import { localized } from "../../http/request-language.ts";
import { MoneySchema, money } from "../ledger/money.ts";
import type { commonsFlows } from "./flows.ts";
import { FLOW_KEYS, FLOW_KINDS, type FlowKey } from "./flows.ts";
import { t } from "./messages.ts";
import { INTERVALS } from "./periods.ts";

export const FlowKeySchema = z.enum(FLOW_KEYS).openapi("FlowKey");
export const Interval = z.enum(INTERVALS).openapi("Interval");

const Amounts = z.array(MoneySchema).openapi({ description: "One sum per currency, in minor units as decimal strings." });
const ByKind = z.object(Object.fromEntries(FLOW_KEYS.map((k) => [k, Amounts])) as Record<FlowKey, typeof Amounts>);

const Sums = z.object({
  flows: ByKind,
  reciprocityReceived: Amounts.openapi({ description: "Reciprocity actually paid in (the invoiced amount is counted under reciprocity)." }),
  totalIn: Amounts,
  totalOut: Amounts,
});

export const FlowsSchema = z
  .object({
    commons: z.object({ slug: z.string(), title: z.string() }),
    steward: z.object({ slug: z.string(), name: z.string(), commonsStewarded: z.number().int() }).nullable().openapi({
      description: "The steward association, and how many commons it stewards (association-wide flows are shared among them).",
    }),
    interval: Interval,
    from: z.string(),
    to: z.string(),
    kinds: z.array(
      z.object({
        key: FlowKeySchema,
        direction: z.enum(["in", "out"]),
        scope: z
          .enum(["commons", "association"])
          .openapi({ description: "commons: tagged with this commons; association: the steward's, for all the commons it stewards." }),
        label: z.string(),
      }),
    ),
    periods: z.array(Sums.extend({ start: z.string(), end: z.string() })),
    totals: Sums,
  })
  .openapi("CommonsFlows");

type Flows = Awaited<ReturnType<typeof commonsFlows>>;
type Totals = Map<string, bigint>;

const list = (m: Totals | undefined) =>
  [...(m ?? new Map<string, bigint>())].sort(([a], [b]) => (a < b ? -1 : 1)).map(([currency, amount]) => money(amount, currency));

function addInto(target: Totals, source: Totals | undefined) {
  for (const [currency, amount] of source ?? []) target.set(currency, (target.get(currency) ?? 0n) + amount);
}

function sums(byKey: Map<FlowKey | "received", Totals>) {
  const totalIn: Totals = new Map();
  const totalOut: Totals = new Map();
  for (const k of FLOW_KINDS) addInto(k.direction === "in" ? totalIn : totalOut, byKey.get(k.key));
  return {
    flows: Object.fromEntries(FLOW_KEYS.map((k) => [k, list(byKey.get(k))])) as Record<FlowKey, z.infer<typeof Amounts>>,
    reciprocityReceived: list(byKey.get("received")),
    totalIn: list(totalIn),
    totalOut: list(totalOut),
  };
}

export function flowsView(f: Flows): z.infer<typeof FlowsSchema> {
  const all = new Map<FlowKey | "received", Totals>();
  for (const byKey of f.sums.values())
    for (const [key, amounts] of byKey) {
      const total = all.get(key) ?? new Map<string, bigint>();
      all.set(key, total);
      addInto(total, amounts);
    }
  /** The flow's name; an association-wide flow says whose it is and that the steward's commons share it. */
  const label = (k: (typeof FLOW_KINDS)[number]) => {
    if (k.scope !== "association" || !f.steward) return t(k.key);
    const values = { flow: t(k.key), steward: f.steward.name, count: f.commonsStewarded };
    return k.direction === "in" ? t("toSteward", values) : t("bySteward", values);
  };
  return {
    commons: { slug: f.commons.slug, title: f.commons.title },
    steward: f.steward ? { slug: f.steward.slug, name: f.steward.name, commonsStewarded: f.commonsStewarded } : null,
    interval: f.interval,
    from: f.from,
    to: f.to,
    kinds: FLOW_KINDS.map((k) => ({
      key: k.key,
      direction: k.direction,
      scope: k.scope,
      label: localized(label(k)),
    })),
    periods: f.periods.map((p) => ({ start: p.start, end: p.end, ...sums(f.sums.get(p.start) ?? new Map()) })),
    totals: sums(all),
  };
}
