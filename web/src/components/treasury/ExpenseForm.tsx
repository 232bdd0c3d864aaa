import { useMutation } from "@tanstack/react-query";
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { ExpenseInput } from "../../../../src/modules/treasury/inputs.ts";
import { type ApiError, client } from "../../api/client.ts";
import { data } from "../../api/query.ts";
import type { ApiBody, Books, ExpenseDetail, Member } from "../../api/schema.ts";
import { toApiError, useForm, validate } from "../../form.ts";
import { Field } from "../Field.tsx";
import { FormAlert } from "../FormAlert.tsx";
import { SubmitButton } from "../SubmitButton.tsx";
import { AccountSelect } from "./AccountSelect.tsx";
import { AmountInput } from "./AmountInput.tsx";
import { CurrencyField } from "./CurrencyField.tsx";
import { amountOrThrow } from "./money.ts";
import { bookCurrencies, invalidateTreasury } from "./queries.ts";
import { checkReceipt, chosenFile, RECEIPT_ACCEPT, useUploadReceipt } from "./receipts.ts";

const FIELDS = ["purpose", "amount", "currency", "payee", "payeeName", "account", "file"] as const;
type PayeeChoice = "me" | "member" | "supplier";

/**
 * Submit an expense: what it is for, how much, who is paid (you, another member, or a supplier),
 * the expense account, and the receipt, uploaded right after the expense is created. Nothing is
 * paid until it is approved.
 */
export function ExpenseForm({
  slug,
  books,
  members,
  onSubmitted,
}: {
  slug: string;
  books: Books;
  /** The organization's active members, to suggest handles (loaded by the page). */
  members: Member[];
  /** The new expense, and the receipt's problem if the expense was created but its upload failed. */
  onSubmitted: (expense: ExpenseDetail, receiptProblem: ApiError | null) => void;
}) {
  const { t } = useTranslation();
  const form = useForm(FIELDS);
  const currencies = bookCurrencies(books);
  const [currency, setCurrency] = useState(books.currency ?? "EUR");
  const [payee, setPayee] = useState<PayeeChoice>("me");
  const listId = useId();
  const submit = useMutation({
    mutationFn: (body: ApiBody<"/api/organizations/{slug}/expenses", "post">) =>
      data(client.POST("/api/organizations/{slug}/expenses", { params: { path: { slug } }, body })),
    onSuccess: () => invalidateTreasury(),
  });
  const upload = useUploadReceipt();
  const hasOperations = books.accounts.some((a) => a.code === "expenses:operations" && a.currencies.includes(currency));

  return (
    <form
      className="card form form--limited expense-form"
      noValidate
      onSubmit={form.onSubmit(async (v, el) => {
        const file = chosenFile(el);
        if (file) checkReceipt(file);
        const body = validate(ExpenseInput, {
          purpose: v.purpose?.trim() ?? "",
          amount: amountOrThrow(v.amount, currency, "body.amount"),
          currency,
          ...(payee === "member" ? { payee: (v.payee ?? "").trim().replace(/^@/, "") } : {}),
          ...(payee === "supplier" ? { payeeName: v.payeeName?.trim() ?? "" } : {}),
          ...(v.account ? { account: v.account } : {}),
        });
        const expense = await submit.mutateAsync(body);
        if (!file) return onSubmitted(expense, null);
        try {
          onSubmitted(await upload.mutateAsync({ id: expense.id, file }), null);
        } catch (err) {
          onSubmitted(expense, toApiError(err));
        }
      })}
    >
      <FormAlert messages={form.summary} />
      <Field
        label={t("treasury.expenseForm.purpose")}
        name="purpose"
        required
        maxLength={500}
        error={form.error("purpose")}
        placeholder={t("treasury.expenseForm.purposePlaceholder")}
      />
      <div className="form-row">
        <AmountInput currency={currency} required error={form.error("amount")} />
        <CurrencyField currencies={currencies} value={currency} onChange={setCurrency} error={form.error("currency")} />
      </div>
      <fieldset>
        <legend>{t("treasury.expenseForm.payee")}</legend>
        <div className="choice-list choice-list--row">
          {(
            [
              ["me", t("treasury.expenseForm.payeeMe")],
              ["member", t("treasury.expenseForm.payeeMember")],
              ["supplier", t("treasury.expenseForm.payeeSupplier")],
            ] as const
          ).map(([value, label]) => (
            <label key={value} className="choice">
              <input type="radio" name="payeeChoice" value={value} checked={payee === value} onChange={() => setPayee(value)} />
              {label}
            </label>
          ))}
        </div>
        {payee === "member" ? (
          <>
            <Field
              label={t("treasury.expenseForm.memberHandle")}
              name="payee"
              required
              autoCapitalize="none"
              spellCheck={false}
              list={listId}
              placeholder="ada"
              error={form.error("payee")}
            />
            <datalist id={listId}>
              {members.map((m) => (
                <option key={m.person.handle} value={m.person.handle}>
                  {m.person.name}
                </option>
              ))}
            </datalist>
          </>
        ) : null}
        {payee === "supplier" ? (
          <Field
            label={t("treasury.expenseForm.supplierName")}
            name="payeeName"
            required
            maxLength={200}
            error={form.error("payeeName")}
            hint={t("treasury.expenseForm.supplierHint")}
          />
        ) : null}
        {payee === "me" && (form.error("payee") || form.error("payeeName")) ? (
          <p className="field-error">{form.error("payee") ?? form.error("payeeName")}</p>
        ) : null}
      </fieldset>
      <AccountSelect
        accounts={books.accounts}
        types={["expense"]}
        currency={currency}
        label={t("treasury.expenseForm.account")}
        name="account"
        defaultValue={hasOperations ? "expenses:operations" : undefined}
        hint={t("treasury.expenseForm.accountHint")}
        error={form.error("account")}
      />
      <Field
        label={t("treasury.expenseForm.receipt")}
        name="file"
        type="file"
        optional
        accept={RECEIPT_ACCEPT}
        hint={t("treasury.expenseForm.receiptHint")}
        error={form.error("file")}
      />
      <div className="form-actions">
        <SubmitButton busy={form.busy} busyLabel={t("treasury.expenseForm.busy")}>
          {t("treasury.expenseForm.submit")}
        </SubmitButton>
      </div>
    </form>
  );
}
