import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { FederationBlock, FederationFailingInbox, FederationKnownInstance } from "../../api/schema.ts";
import { formatDate, formatNumber } from "../../format.ts";
import type { MessageKey } from "../../i18n/resources.ts";
import { ConfirmButton } from "../ConfirmButton.tsx";
import { TableScroll } from "../TableScroll.tsx";
import { type RowAction, useRowAction } from "./actions.ts";

const KIND_LABEL: Record<FederationBlock["kind"], MessageKey> = {
  instance: "account.federation.kindInstance",
  actor: "account.federation.kindActor",
};

/** A column's heading; a count's is aligned with its figures. */
type Column = string | { label: string; num: true };
const count = (label: string): Column => ({ label, num: true });

/** A table under its section's heading, which names its scrolling region; the first column heads each row. */
function Table({ labelledBy, columns, children }: { labelledBy: string; columns: Column[]; children: ReactNode }) {
  return (
    <TableScroll labelledBy={labelledBy}>
      <table className="data-table">
        <thead>
          <tr>
            {columns.map((c) => {
              const [label, num] = typeof c === "string" ? [c, false] : [c.label, true];
              return (
                <th key={label} scope="col" className={num ? "num" : undefined}>
                  {label}
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </TableScroll>
  );
}

/** A row's button says what it acts on to a screen reader, which reads it apart from its row. */
function UnblockButton({ target, action }: { target: string; action: RowAction }) {
  const { t } = useTranslation();
  return (
    <button
      type="button"
      className="button button--secondary button--small"
      disabled={action.busy(target)}
      aria-busy={action.busy(target) || undefined}
      onClick={() => void action.run(false, target)}
    >
      {t("account.federation.unblock")}
      <span className="visually-hidden"> {target}</span>
    </button>
  );
}

const Refused = ({ error }: { error: string | null }) =>
  error ? (
    <p className="field-error" role="alert">
      {error}
    </p>
  ) : null;

export function FailingInboxes({ items, labelledBy }: { items: FederationFailingInbox[]; labelledBy: string }) {
  const { t } = useTranslation();
  if (!items.length) return <p className="muted">{t("account.federation.failingNone")}</p>;
  const columns = [t("account.federation.inbox"), count(t("account.federation.waiting")), count(t("account.federation.attempts"))];
  return (
    <Table labelledBy={labelledBy} columns={columns}>
      {items.map((f) => (
        <tr key={f.inbox}>
          <th scope="row">
            <code>{f.inbox}</code>
          </th>
          <td className="num">{formatNumber(f.waiting)}</td>
          <td className="num">{formatNumber(f.attempts)}</td>
        </tr>
      ))}
    </Table>
  );
}

export function KnownInstances({ items, labelledBy }: { items: FederationKnownInstance[]; labelledBy: string }) {
  const { t } = useTranslation();
  const action = useRowAction();
  if (!items.length) return <p className="muted">{t("account.federation.instancesNone")}</p>;
  const columns = [
    t("account.federation.host"),
    count(t("account.federation.followers")),
    count(t("account.federation.follows")),
    t("account.federation.blocked"),
    t("account.federation.action"),
  ];
  return (
    <>
      <Refused error={action.error} />
      <Table labelledBy={labelledBy} columns={columns}>
        {items.map((i) => (
          <tr key={i.host}>
            <th scope="row">{i.host}</th>
            <td className="num">{formatNumber(i.followers)}</td>
            <td className="num">{formatNumber(i.follows)}</td>
            <td>{t(i.blocked ? "account.federation.yes" : "account.federation.no")}</td>
            <td>
              {i.blocked ? (
                <UnblockButton target={i.host} action={action} />
              ) : (
                <ConfirmButton
                  question={t("account.federation.blockQuestion", { host: i.host })}
                  confirmLabel={t("account.federation.blockConfirm")}
                  busy={action.busy(i.host)}
                  onConfirm={() => void action.run(true, i.host)}
                >
                  {t("account.federation.block")}
                  <span className="visually-hidden"> {i.host}</span>
                </ConfirmButton>
              )}
            </td>
          </tr>
        ))}
      </Table>
    </>
  );
}

export function BlockList({ items, labelledBy }: { items: FederationBlock[]; labelledBy: string }) {
  const { t } = useTranslation();
  const action = useRowAction();
  if (!items.length) return <p className="muted">{t("account.federation.blocksNone")}</p>;
  const columns = [
    t("account.federation.what"),
    t("account.federation.kind"),
    t("account.federation.reason"),
    t("account.federation.since"),
    t("account.federation.action"),
  ];
  return (
    <>
      <Refused error={action.error} />
      <Table labelledBy={labelledBy} columns={columns}>
        {items.map((b) => (
          <tr key={b.target}>
            <th scope="row">
              <code>{b.target}</code>
            </th>
            <td>{t(KIND_LABEL[b.kind])}</td>
            <td>{b.reason}</td>
            <td>{formatDate(b.since)}</td>
            <td>
              <UnblockButton target={b.target} action={action} />
            </td>
          </tr>
        ))}
      </Table>
    </>
  );
}
