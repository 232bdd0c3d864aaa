import { percentOf } from "./money.ts";

/** How much of a line is used: paid, then committed, as a bar and in words (the bar only repeats the words). */
export function BudgetBar({ amount, paid, committed }: { amount: string; paid: string; committed: string }) {
  const paidPct = percentOf(paid, amount);
  const committedPct = Math.min(percentOf(committed, amount), 100 - paidPct);
  return (
    <div className="budget-use">
      <div className="budget-bar" aria-hidden="true">
        <span className="budget-bar-paid" style={{ width: `${paidPct}%` }} />
        <span className="budget-bar-committed" style={{ width: `${committedPct}%` }} />
      </div>
      <span className="small">
        {paidPct + committedPct}% used
        {committedPct ? (
          <span className="muted">
            {" "}
            ({paidPct}% paid, {committedPct}% committed)
          </span>
        ) : null}
      </span>
    </div>
  );
}
