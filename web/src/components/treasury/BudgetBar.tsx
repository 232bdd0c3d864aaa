import { useTranslation } from "react-i18next";
import { percentOf } from "./money.ts";

/** How much of a line is used: paid, then committed, as a bar and in words (the bar only repeats the words). */
export function BudgetBar({ amount, paid, committed }: { amount: string; paid: string; committed: string }) {
  const { t } = useTranslation();
  const paidPct = percentOf(paid, amount);
  const committedPct = Math.min(percentOf(committed, amount), 100 - paidPct);
  return (
    <div className="budget-use">
      <div className="budget-bar" aria-hidden="true">
        <span className="budget-bar-paid" style={{ width: `${paidPct}%` }} />
        <span className="budget-bar-committed" style={{ width: `${committedPct}%` }} />
      </div>
      <span className="small">
        {t("treasury.budgetBar.used", { used: (paidPct + committedPct) / 100 })}
        {committedPct ? (
          <span className="muted"> {t("treasury.budgetBar.detail", { paid: paidPct / 100, committed: committedPct / 100 })}</span>
        ) : null}
      </span>
    </div>
  );
}
