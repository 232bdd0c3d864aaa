import { useTranslation } from "react-i18next";
import type { Account, Money } from "../../api/schema.ts";
import { Amounts } from "./Amount.tsx";
import { ACCOUNT_TYPE_HEADING, ACCOUNT_TYPE_MEANING, ACCOUNT_TYPE_TOTAL, ACCOUNT_TYPES } from "./labels.ts";
import { MoneyTable } from "./MoneyTable.tsx";
import { naturalBalance, sumByCurrency } from "./money.ts";

const natural = (a: Account): Money[] =>
  a.balances.map((b) => ({ amount: String(naturalBalance(a.type, b.amount)), currency: b.currency }));

/** Every account's balance, grouped assets → liabilities → equity → income → expenses, each in its natural sign, with subtotals. */
export function BalancesTable({ accounts }: { accounts: Account[] }) {
  const { t } = useTranslation();
  const sections = ACCOUNT_TYPES.map((type) => {
    const items = accounts.filter((a) => a.type === type);
    const subtotal = [...sumByCurrency(items.flatMap(natural))].map(([currency, amount]) => ({ currency, amount: String(amount) }));
    return {
      key: type,
      title: (
        <>
          {ACCOUNT_TYPE_HEADING[type]} <span className="muted small">{ACCOUNT_TYPE_MEANING[type]}</span>
        </>
      ),
      rows: items.map((a) => ({
        key: a.id,
        head: (
          <>
            {a.name} <code className="account-code">{a.code}</code>
          </>
        ),
        cells: [<Amounts key="b" list={natural(a)} />],
      })),
      total: {
        key: `${type}-total`,
        head: ACCOUNT_TYPE_TOTAL[type],
        cells: [<Amounts key="t" list={subtotal} />],
      },
    };
  }).filter((s) => s.rows.length > 0);
  return (
    <MoneyTable
      caption={t("treasury.balances.caption")}
      headLabel={t("treasury.balances.account")}
      columns={[{ label: t("treasury.balances.balance") }]}
      sections={sections}
      className="balances-table"
    />
  );
}
