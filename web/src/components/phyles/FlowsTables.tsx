import { useTranslation } from "react-i18next";
import type { CommonsFlows, FlowDirection } from "../../api/schema.ts";
import { formatPeriodStart } from "../../format.ts";
import { Amount } from "../treasury/Amount.tsx";
import { MoneyTable } from "../treasury/MoneyTable.tsx";
import { activeKinds, inCurrency } from "./flowData.ts";
import { DIRECTION_CAPTION, FLOW_INTERVAL_LABEL, FLOW_INTERVAL_WORD, FLOW_SHORT } from "./format.ts";

/** The chart's figures as tables, one for what flows in and one for what flows out, each with totals. */
export function FlowsTables({ flows, currency }: { flows: CommonsFlows; currency: string }) {
  const { t } = useTranslation();
  const money = (list: { amount: string; currency: string }[]) => <Amount amount={inCurrency(list, currency)} currency={currency} />;
  const table = (direction: FlowDirection) => {
    const kinds = activeKinds(flows, currency, direction);
    const total = direction === "in" ? "totalIn" : "totalOut";
    const received = direction === "in" && inCurrency(flows.totals.reciprocityReceived, currency) !== "0";
    return (
      <MoneyTable
        caption={t("phyles.flows.caption", {
          direction: DIRECTION_CAPTION[direction],
          interval: FLOW_INTERVAL_WORD[flows.interval],
          currency,
        })}
        headLabel={FLOW_INTERVAL_LABEL[flows.interval]}
        columns={[
          ...kinds.map((k) => ({
            label: k.scope === "association" ? t("phyles.flows.wide", { kind: FLOW_SHORT[k.key] }) : FLOW_SHORT[k.key],
          })),
          { label: t("phyles.flows.total") },
          ...(received ? [{ label: t("phyles.flows.received") }] : []),
        ]}
        rows={flows.periods.map((p) => ({
          key: p.start,
          head: formatPeriodStart(p.start, flows.interval),
          cells: [
            ...kinds.map((k) => <span key={k.key}>{money(p.flows[k.key])}</span>),
            <strong key="total">{money(p[total])}</strong>,
            ...(received ? [<span key="received">{money(p.reciprocityReceived)}</span>] : []),
          ],
        }))}
        total={{
          key: "total",
          head: t("phyles.flows.window"),
          cells: [
            ...kinds.map((k) => <span key={k.key}>{money(flows.totals.flows[k.key])}</span>),
            <span key="total">{money(flows.totals[total])}</span>,
            ...(received ? [<span key="received">{money(flows.totals.reciprocityReceived)}</span>] : []),
          ],
        }}
      />
    );
  };
  const wide = flows.kinds.filter((k) => k.scope === "association");
  return (
    <>
      {table("in")}
      {table("out")}
      {wide.length ? (
        <ul className="muted small phyle-notes">
          {wide.map((k) => (
            <li key={k.key}>{t("phyles.flows.wideNote", { kind: FLOW_SHORT[k.key], label: k.label })}</li>
          ))}
          <li>{t("phyles.flows.receivedNote")}</li>
        </ul>
      ) : null}
    </>
  );
}
