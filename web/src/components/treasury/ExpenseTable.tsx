import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { Expense } from "../../api/schema.ts";
import { formatDate } from "../../format.ts";
import { Amount } from "./Amount.tsx";
import { Authority } from "./ExpenseTimeline.tsx";
import { MoneyTable } from "./MoneyTable.tsx";
import { StatusBadge } from "./StatusBadge.tsx";

/** Expenses, newest first: what for, who is paid, how much, where each stands and on what authority. */
export function ExpenseTable({ items, caption }: { items: Expense[]; caption: string }) {
  const { t } = useTranslation();
  return (
    <MoneyTable
      caption={caption}
      hideCaption
      headLabel={t("treasury.expenseTable.purpose")}
      columns={[
        { label: t("treasury.expenseTable.submitted"), numeric: false },
        { label: t("treasury.expenseTable.paidTo"), numeric: false },
        { label: t("treasury.expenseTable.amount") },
        { label: t("treasury.expenseTable.status"), numeric: false },
        { label: t("treasury.expenseTable.authority"), numeric: false },
      ]}
      rows={items.map((e) => ({
        key: e.id,
        head: <Link to={`/expenses/${e.id}`}>{e.purpose}</Link>,
        cells: [
          <time key="d" dateTime={e.createdAt} className="nowrap">
            {formatDate(e.createdAt)}
          </time>,
          e.payee.person ? (
            <Link key="p" to={`/people/${e.payee.person.handle}`}>
              {e.payee.name}
            </Link>
          ) : (
            e.payee.name
          ),
          <Amount key="a" amount={e.amount} currency={e.currency} />,
          <StatusBadge key="s" of="expense" status={e.status} />,
          <Authority key="w" e={e} compact />,
        ],
      }))}
      className="expense-table"
    />
  );
}
