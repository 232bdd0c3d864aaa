import { useState } from "react";
import { treasuryApi } from "../../api/treasury.ts";
import { useForm } from "../../form.ts";
import { today } from "../../format.ts";
import { useAction, useResource } from "../../hooks.ts";
import type { ExpenseDetail, ProposalRef } from "../../types/treasury.ts";
import { ConfirmButton } from "../ConfirmButton.tsx";
import { Field } from "../Field.tsx";
import { FormAlert } from "../FormAlert.tsx";
import { LoadError, Loading } from "../States.tsx";
import { SubmitButton } from "../SubmitButton.tsx";
import { AccountSelect } from "./AccountSelect.tsx";
import { formatMoney } from "./money.ts";
import { fieldProblem } from "./problems.ts";
import { useBooks } from "./useBooks.ts";
import { VoteTermsForm } from "./VoteTermsForm.tsx";

type OnChange = (e: ExpenseDetail) => void;

/** Approve within an approved budget line that has money left in the expense's currency. */
export function ApproveForm({ expense, onChange }: { expense: ExpenseDetail; onChange: OnChange }) {
  const form = useForm(["budgetLine"]);
  const budgets = useResource(`treasury-budgets:${expense.organization.slug}`, () => treasuryApi.budgets(expense.organization.slug));
  if (budgets.loading && !budgets.data) return <Loading label="Loading the budgets…" />;
  if (!budgets.data) return budgets.error ? <LoadError error={budgets.error} retry={budgets.reload} /> : null;
  const lines = budgets.data.items
    .filter((b) => b.status === "approved")
    .flatMap((b) => b.lines.map((l) => ({ ...l, budget: b })))
    .filter((l) => l.currency === expense.currency && BigInt(l.left) > 0n);
  if (lines.length === 0) {
    return (
      <p className="muted">No approved budget line has money left in {expense.currency}. The members can decide it by vote instead.</p>
    );
  }
  return (
    <form
      className="form"
      noValidate
      onSubmit={form.onSubmit(async (v) => {
        if (!v.budgetLine) throw fieldProblem("body.budgetLine", "Choose the budget line it is paid from.");
        onChange(await treasuryApi.approveExpense(expense.id, v.budgetLine));
      })}
    >
      <FormAlert messages={form.summary} />
      <Field
        as="select"
        label="Budget line"
        name="budgetLine"
        required
        error={form.error("budgetLine")}
        hint="Lines of budgets the members approved."
      >
        <option value="">Choose a line</option>
        {lines.map((l) => (
          <option key={l.id} value={l.id} disabled={BigInt(l.left) < BigInt(expense.amount)}>
            {l.name} — {l.budget.title}: {formatMoney(l.left, l.currency)} left
            {BigInt(l.left) < BigInt(expense.amount) ? " (not enough)" : ""}
          </option>
        ))}
      </Field>
      <div className="form-actions">
        <SubmitButton busy={form.busy} busyLabel="Approving…">
          Approve within this line
        </SubmitButton>
      </div>
    </form>
  );
}

/** Turn the expense down, saying why (public). */
export function RejectForm({ expense, onChange }: { expense: ExpenseDetail; onChange: OnChange }) {
  const form = useForm(["note"]);
  return (
    <form
      className="form"
      noValidate
      onSubmit={form.onSubmit(async (v) => onChange(await treasuryApi.rejectExpense(expense.id, v.note?.trim() ?? "")))}
    >
      <FormAlert messages={form.summary} />
      <Field
        as="textarea"
        label="Why turn it down?"
        name="note"
        rows={2}
        maxLength={2000}
        required
        hint="Shown with the expense."
        error={form.error("note")}
      />
      <div className="form-actions">
        <SubmitButton busy={form.busy} busyLabel="Turning it down…" variant="danger">
          Turn it down
        </SubmitButton>
      </div>
    </form>
  );
}

/** Pay an approved expense from an asset (or liability) account holding its currency; it is posted to the books. */
export function PayForm({ expense, onChange }: { expense: ExpenseDetail; onChange: OnChange }) {
  const form = useForm(["date", "from", "id"]);
  const books = useBooks(expense.organization.slug);
  if (books.loading && !books.data) return <Loading label="Loading the accounts…" />;
  if (!books.data) return books.error ? <LoadError error={books.error} retry={books.reload} /> : null;
  const hasBank = books.data.accounts.some((a) => a.code === "assets:bank" && a.currencies.includes(expense.currency));
  return (
    <form
      className="form"
      noValidate
      onSubmit={form.onSubmit(async (v) =>
        onChange(await treasuryApi.payExpense(expense.id, { date: v.date || undefined, from: v.from || undefined })),
      )}
    >
      <FormAlert messages={form.summary} />
      <div className="form-row">
        <Field label="Date paid" name="date" type="date" defaultValue={today()} required error={form.error("date")} />
        <AccountSelect
          accounts={books.data.accounts}
          types={["asset", "liability"]}
          currency={expense.currency}
          label="Paid from"
          name="from"
          defaultValue={hasBank ? "assets:bank" : undefined}
          hint="Choose a liability (such as Owed to members) to record it as owed rather than paid out."
          error={form.error("from") ?? form.error("id")}
        />
      </div>
      <div className="form-actions">
        <SubmitButton busy={form.busy} busyLabel="Paying…">
          Pay {formatMoney(expense.amount, expense.currency)}
        </SubmitButton>
      </div>
    </form>
  );
}

/** Withdraw a waiting expense (its submitter). */
export function WithdrawButton({ expense, onChange }: { expense: ExpenseDetail; onChange: OnChange }) {
  const action = useAction(() => undefined);
  return (
    <div>
      <ConfirmButton
        question="Withdraw this expense?"
        confirmLabel="Withdraw"
        busy={action.busy}
        onConfirm={() => action.run(async () => onChange(await treasuryApi.withdrawExpense(expense.id)))}
      >
        Withdraw the expense
      </ConfirmButton>
      {action.error ? (
        <p className="field-error" role="alert">
          {action.error.detail}
        </p>
      ) : null}
    </div>
  );
}

/** Put the expense to the members (its submitter, or a treasurer); the page shows the proposal's link once it exists. */
export function PutToVote({ expense, onProposed }: { expense: ExpenseDetail; onProposed: (proposal: ProposalRef) => void }) {
  const [open, setOpen] = useState(false);
  if (!open) {
    return (
      <button type="button" className="button button--secondary" onClick={() => setOpen(true)}>
        Put it to a vote…
      </button>
    );
  }
  return (
    <VoteTermsForm
      defaultTitle={`Pay ${expense.payee.name} for: ${expense.purpose}`.slice(0, 200)}
      propose={(terms) => treasuryApi.putExpenseToVote(expense.id, terms)}
      onProposed={onProposed}
    />
  );
}
