import { useMutation, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ApproveInput, PayInput, RejectInput } from "../../../../src/modules/treasury/inputs.ts";
import { client } from "../../api/client.ts";
import { data, queryClient } from "../../api/query.ts";
import type { ApiBody, ExpenseDetail } from "../../api/schema.ts";
import { useForm, validate } from "../../form.ts";
import { today } from "../../format.ts";
import { ConfirmButton } from "../ConfirmButton.tsx";
import { Field } from "../Field.tsx";
import { FormAlert } from "../FormAlert.tsx";
import { LoadError, Loading } from "../States.tsx";
import { SubmitButton } from "../SubmitButton.tsx";
import { AccountSelect } from "./AccountSelect.tsx";
import { formatMoney } from "./money.ts";
import { fieldProblem } from "./problems.ts";
import { budgetsQuery, expenseQuery, invalidateTreasury, useBooks } from "./queries.ts";
import { type ProposalRef, VoteTermsForm } from "./VoteTermsForm.tsx";

type StepPath = "/api/expenses/{id}/approve" | "/api/expenses/{id}/reject" | "/api/expenses/{id}/pay";

/** One step of an expense's flow: the expense it answers is shown at once, then everything the step changed is refreshed. */
function useStep<P extends StepPath>(expense: ExpenseDetail, path: P) {
  return useMutation({
    mutationFn: (body: ApiBody<P, "post">) =>
      data(
        (client.POST as (p: StepPath, init: object) => Promise<{ data?: ExpenseDetail }>)(path, {
          params: { path: { id: expense.id } },
          body,
        }),
      ),
    onSuccess: (e: ExpenseDetail) => {
      queryClient.setQueryData(expenseQuery(expense.id).queryKey, e);
      return invalidateTreasury();
    },
  });
}

/** Approve within an approved budget line that has money left in the expense's currency. */
export function ApproveForm({ expense }: { expense: ExpenseDetail }) {
  const { t } = useTranslation();
  const form = useForm(["budgetLine"]);
  const approve = useStep(expense, "/api/expenses/{id}/approve");
  const budgets = useQuery(budgetsQuery(expense.organization.slug));
  if (budgets.isPending) return <Loading label={t("treasury.expenseActions.loadingBudgets")} />;
  if (!budgets.data) return <LoadError error={budgets.error} retry={() => void budgets.refetch()} />;
  const lines = budgets.data.items
    .filter((b) => b.status === "approved")
    .flatMap((b) => b.lines.map((l) => ({ ...l, budget: b })))
    .filter((l) => l.currency === expense.currency && BigInt(l.left) > 0n);
  if (lines.length === 0) {
    return <p className="muted">{t("treasury.expenseActions.noLine", { currency: expense.currency })}</p>;
  }
  return (
    <form
      className="form"
      noValidate
      onSubmit={form.onSubmit(async (v) => {
        if (!v.budgetLine) throw fieldProblem("body.budgetLine", t("treasury.expenseActions.chooseLineError"));
        await approve.mutateAsync(validate(ApproveInput, { budgetLine: v.budgetLine }));
      })}
    >
      <FormAlert messages={form.summary} />
      <Field
        as="select"
        label={t("treasury.expenseActions.budgetLine")}
        name="budgetLine"
        required
        error={form.error("budgetLine")}
        hint={t("treasury.expenseActions.budgetLineHint")}
      >
        <option value="">{t("treasury.expenseActions.chooseLine")}</option>
        {lines.map((l) => (
          <option key={l.id} value={l.id} disabled={BigInt(l.left) < BigInt(expense.amount)}>
            {t("treasury.expenseActions.lineOption", {
              line: l.name,
              budget: l.budget.title,
              left: formatMoney(l.left, l.currency),
              enough: BigInt(l.left) < BigInt(expense.amount) ? "no" : "yes",
            })}
          </option>
        ))}
      </Field>
      <div className="form-actions">
        <SubmitButton busy={form.busy} busyLabel={t("treasury.expenseActions.approving")}>
          {t("treasury.expenseActions.approve")}
        </SubmitButton>
      </div>
    </form>
  );
}

/** Turn the expense down, saying why (public). */
export function RejectForm({ expense }: { expense: ExpenseDetail }) {
  const { t } = useTranslation();
  const form = useForm(["note"]);
  const reject = useStep(expense, "/api/expenses/{id}/reject");
  return (
    <form
      className="form"
      noValidate
      onSubmit={form.onSubmit(async (v) => {
        await reject.mutateAsync(validate(RejectInput, { note: v.note?.trim() ?? "" }));
      })}
    >
      <FormAlert messages={form.summary} />
      <Field
        as="textarea"
        label={t("treasury.expenseActions.rejectReason")}
        name="note"
        rows={2}
        maxLength={2000}
        required
        hint={t("treasury.expenseActions.rejectHint")}
        error={form.error("note")}
      />
      <div className="form-actions">
        <SubmitButton busy={form.busy} busyLabel={t("treasury.expenseActions.rejecting")} variant="danger">
          {t("treasury.expenseActions.reject")}
        </SubmitButton>
      </div>
    </form>
  );
}

/** Pay an approved expense from an asset (or liability) account holding its currency; it is posted to the books. */
export function PayForm({ expense }: { expense: ExpenseDetail }) {
  const { t } = useTranslation();
  const form = useForm(["date", "from", "id"]);
  const pay = useStep(expense, "/api/expenses/{id}/pay");
  const books = useBooks(expense.organization.slug);
  if (books.isPending) return <Loading label={t("treasury.expenseActions.loadingAccounts")} />;
  if (!books.data) return <LoadError error={books.error} retry={() => void books.refetch()} />;
  const hasBank = books.data.accounts.some((a) => a.code === "assets:bank" && a.currencies.includes(expense.currency));
  return (
    <form
      className="form"
      noValidate
      onSubmit={form.onSubmit(async (v) => {
        await pay.mutateAsync(validate(PayInput, { date: v.date || undefined, from: v.from || undefined }));
      })}
    >
      <FormAlert messages={form.summary} />
      <div className="form-row">
        <Field
          label={t("treasury.expenseActions.datePaid")}
          name="date"
          type="date"
          defaultValue={today()}
          required
          error={form.error("date")}
        />
        <AccountSelect
          accounts={books.data.accounts}
          types={["asset", "liability"]}
          currency={expense.currency}
          label={t("treasury.expenseActions.paidFrom")}
          name="from"
          defaultValue={hasBank ? "assets:bank" : undefined}
          hint={t("treasury.expenseActions.paidFromHint")}
          error={form.error("from") ?? form.error("id")}
        />
      </div>
      <div className="form-actions">
        <SubmitButton busy={form.busy} busyLabel={t("treasury.expenseActions.paying")}>
          {t("treasury.expenseActions.pay", { amount: formatMoney(expense.amount, expense.currency) })}
        </SubmitButton>
      </div>
    </form>
  );
}

/** Withdraw a waiting expense (its submitter). */
export function WithdrawButton({ expense }: { expense: ExpenseDetail }) {
  const { t } = useTranslation();
  const action = useMutation({
    mutationFn: () => data(client.POST("/api/expenses/{id}/withdraw", { params: { path: { id: expense.id } } })),
    onSuccess: (e) => {
      queryClient.setQueryData(expenseQuery(expense.id).queryKey, e);
      return invalidateTreasury();
    },
  });
  return (
    <div>
      <ConfirmButton
        question={t("treasury.expenseActions.withdrawQuestion")}
        confirmLabel={t("treasury.expenseActions.withdrawConfirm")}
        busy={action.isPending}
        onConfirm={() => action.mutate()}
      >
        {t("treasury.expenseActions.withdraw")}
      </ConfirmButton>
      {action.isError ? (
        <p className="field-error" role="alert">
          {action.error.detail}
        </p>
      ) : null}
    </div>
  );
}

/** Put the expense to the members (its submitter, or a treasurer); the page shows the proposal's link once it exists. */
export function PutToVote({ expense, onProposed }: { expense: ExpenseDetail; onProposed: (proposal: ProposalRef) => void }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  if (!open) {
    return (
      <button type="button" className="button button--secondary" onClick={() => setOpen(true)}>
        {t("treasury.expenseActions.putToVote")}
      </button>
    );
  }
  return (
    <VoteTermsForm
      defaultTitle={t("treasury.expenseActions.voteDefaultTitle", { payee: expense.payee.name, purpose: expense.purpose }).slice(0, 200)}
      propose={(body) => data(client.POST("/api/expenses/{id}/vote", { params: { path: { id: expense.id } }, body }))}
      onProposed={onProposed}
    />
  );
}
