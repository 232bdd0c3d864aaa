import { useMutation } from "@tanstack/react-query";
import { useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { BudgetInput } from "../../../../src/modules/treasury/inputs.ts";
import { client } from "../../api/client.ts";
import { data } from "../../api/query.ts";
import type { ApiBody, Books, Budget } from "../../api/schema.ts";
import { useForm, validate } from "../../form.ts";
import { i18n } from "../../i18n/i18n.ts";
import { Field } from "../Field.tsx";
import { FormAlert } from "../FormAlert.tsx";
import { SubmitButton } from "../SubmitButton.tsx";
import { AccountSelect } from "./AccountSelect.tsx";
import { AmountInput } from "./AmountInput.tsx";
import { amountOrThrow, toDecimal } from "./money.ts";
import { fieldProblem, listError, rowError } from "./problems.ts";
import { invalidateTreasury } from "./queries.ts";

type BudgetBody = ApiBody<"/api/organizations/{slug}/budgets", "post">;

interface Line {
  key: number;
  name: string;
  account: string;
  amount: string;
  currency: string;
}

const chooseAccount = (path: string): never => {
  throw fieldProblem(path, i18n.t("treasury.budgetForm.chooseAccountError"));
};

const FIELDS = ["year", "title", "lines"] as const;

/** A treasurer drafts a year's budget, or revises a draft: a title and lines, each an expense account and an amount. */
export function BudgetForm({
  slug,
  books,
  budget,
  onSaved,
  onCancel,
}: {
  slug: string;
  books: Books;
  /** The draft to revise; a new budget without it. */
  budget?: Budget;
  onSaved: (budget: Budget) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const form = useForm(FIELDS);
  const save = useMutation({
    mutationFn: (body: BudgetBody) =>
      budget
        ? data(client.PUT("/api/budgets/{id}", { params: { path: { id: budget.id } }, body }))
        : data(client.POST("/api/organizations/{slug}/budgets", { params: { path: { slug } }, body })),
    onSuccess: () => invalidateTreasury(),
  });
  const currency = books.currency ?? "EUR";
  const nextKey = useRef(100);
  const blank = (key: number): Line => ({ key, name: "", account: "", amount: "", currency });
  const [lines, setLines] = useState<Line[]>(() =>
    budget?.lines.length
      ? budget.lines.map((l, i) => ({
          key: i,
          name: l.name,
          account: l.account.code,
          amount: toDecimal(l.amount, l.currency),
          currency: l.currency,
        }))
      : [blank(0)],
  );
  const update = (key: number, change: Partial<Line>) => setLines((ls) => ls.map((l) => (l.key === key ? { ...l, ...change } : l)));
  const titleId = budget ? `revise-${budget.id}` : "new-budget";

  return (
    <form
      className="card form budget-form"
      noValidate
      aria-labelledby={titleId}
      onSubmit={form.onSubmit(async (v) => {
        const body: BudgetBody = {
          year: Number(v.year),
          title: v.title?.trim() ?? "",
          lines: lines.map((l, i) => ({
            name: l.name.trim(),
            account: l.account || chooseAccount(`body.lines.${i}.account`),
            amount: amountOrThrow(l.amount, l.currency, `body.lines.${i}.amount`),
            ...(l.currency !== currency ? { currency: l.currency } : {}),
          })),
        };
        onSaved(await save.mutateAsync(validate(BudgetInput, body)));
      })}
    >
      <h3 id={titleId}>{budget ? t("treasury.budgetForm.reviseTitle", { title: budget.title }) : t("treasury.budgetForm.newTitle")}</h3>
      <p className="muted">{t("treasury.budgetForm.intro")}</p>
      <FormAlert messages={form.summary} />
      <div className="form-row">
        <Field
          label={t("treasury.budgetForm.year")}
          name="year"
          type="number"
          inputMode="numeric"
          min={2000}
          max={2200}
          required
          defaultValue={budget?.year ?? new Date().getFullYear()}
          error={form.error("year")}
        />
        <Field
          label={t("treasury.budgetForm.title")}
          name="title"
          required
          maxLength={200}
          defaultValue={budget?.title ?? ""}
          placeholder={t("treasury.budgetForm.titlePlaceholder")}
          error={form.error("title")}
        />
      </div>
      <fieldset className="lines-editor">
        <legend>{t("treasury.budgetForm.lines")}</legend>
        {listError(form.problem, "lines") ? (
          <p className="field-error" role="alert">
            {listError(form.problem, "lines")}
          </p>
        ) : null}
        <ol className="budget-line-rows">
          {lines.map((l, i) => (
            <li key={l.key} className="budget-line-row">
              <fieldset>
                <legend className="visually-hidden">{t("treasury.budgetForm.line", { n: i + 1 })}</legend>
                <Field
                  label={t("treasury.budgetForm.lineName", { n: i + 1 })}
                  name={`lines.${i}.name`}
                  required
                  maxLength={120}
                  value={l.name}
                  onChange={(e) => update(l.key, { name: e.target.value })}
                  placeholder={t("treasury.budgetForm.lineNamePlaceholder")}
                  error={rowError(form.problem, "lines", i, "name")}
                />
                <AccountSelect
                  accounts={books.accounts}
                  types={["expense"]}
                  currency={l.currency}
                  label={t("treasury.budgetForm.lineAccount", { n: i + 1 })}
                  name={`lines.${i}.account`}
                  placeholder={t("treasury.budgetForm.chooseAccount")}
                  value={l.account}
                  onChange={(e) => update(l.key, { account: e.target.value })}
                  error={rowError(form.problem, "lines", i, "account")}
                />
                <AmountInput
                  currency={l.currency}
                  label={t("treasury.budgetForm.lineAmount", { n: i + 1 })}
                  name={`lines.${i}.amount`}
                  hint=""
                  value={l.amount}
                  onChange={(e) => update(l.key, { amount: e.target.value })}
                  error={rowError(form.problem, "lines", i, "amount")}
                />
                {lines.length > 1 ? (
                  <div className="posting-row-actions">
                    <button
                      type="button"
                      className="button button--ghost-danger button--small"
                      onClick={() => setLines((ls) => ls.filter((x) => x.key !== l.key))}
                    >
                      {t("treasury.budgetForm.removeLine", { n: i + 1 })}
                    </button>
                  </div>
                ) : null}
              </fieldset>
            </li>
          ))}
        </ol>
        <div className="form-actions">
          <button
            type="button"
            className="button button--secondary button--small"
            onClick={() => setLines((ls) => [...ls, blank(nextKey.current++)])}
          >
            {t("treasury.budgetForm.addLine")}
          </button>
        </div>
      </fieldset>
      <div className="form-actions">
        <SubmitButton busy={form.busy} busyLabel={t("treasury.budgetForm.saving")}>
          {budget ? t("treasury.budgetForm.saveDraft") : t("treasury.budgetForm.saveAsDraft")}
        </SubmitButton>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {t("treasury.cancel")}
        </button>
      </div>
    </form>
  );
}
