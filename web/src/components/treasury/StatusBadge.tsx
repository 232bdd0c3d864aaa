import type { BudgetStatus, DonationStatus, ExpenseStatus } from "../../api/schema.ts";
import { BUDGET_STATUS_LABEL, DONATION_STATUS_LABEL, EXPENSE_STATUS_LABEL } from "./labels.ts";

type Status =
  | { of: "expense"; status: ExpenseStatus }
  | { of: "budget"; status: BudgetStatus }
  | { of: "donation"; status: DonationStatus };

const LABELS = { expense: EXPENSE_STATUS_LABEL, budget: BUDGET_STATUS_LABEL, donation: DONATION_STATUS_LABEL } as const;

/** A status in words; the colour only repeats what the words say. */
export function StatusBadge(props: Status) {
  const label = (LABELS[props.of] as Record<string, string>)[props.status] ?? props.status;
  return <span className={`badge badge--money-${props.status}`}>{label}</span>;
}
