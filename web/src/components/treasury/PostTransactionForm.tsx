import { useMutation } from "@tanstack/react-query";
import { useRef, useState } from "react";
import { Trans, useTranslation } from "react-i18next";
import { NewTransactionInput } from "../../../../src/modules/ledger/inputs.ts";
import { client } from "../../api/client.ts";
import { data } from "../../api/query.ts";
import type { ApiBody, Books, CounterpartyKind, TransactionDetail, TransactionKind } from "../../api/schema.ts";
import { useForm, validate } from "../../form.ts";
import { today } from "../../format.ts";
import { i18n } from "../../i18n/i18n.ts";
import { Field } from "../Field.tsx";
import { FormAlert } from "../FormAlert.tsx";
import { SubmitButton } from "../SubmitButton.tsx";
import { AccountSelect } from "./AccountSelect.tsx";
import { Amount } from "./Amount.tsx";
import { AmountInput } from "./AmountInput.tsx";
import { CurrencyField } from "./CurrencyField.tsx";
import { COUNTERPARTY_KINDS, KIND_ONE, SOURCE_ONE, TRANSACTION_KINDS } from "./labels.ts";
import { amountOrThrow, parseMoney, toDecimal } from "./money.ts";
import { fieldProblem, listError, rowError } from "./problems.ts";
import { bookCurrencies, invalidateTreasury } from "./queries.ts";

interface Row {
  key: number;
  account: string;
  amount: string;
  currency: string;
  memo: string;
}

const chooseAccount = (path: string): never => {
  throw fieldProblem(path, i18n.t("treasury.post.chooseAccountError"));
};

const FIELDS = ["kind", "date", "description", "counterparty", "counterpartyKind", "postings"] as const;

/** What the rows add up to per currency, from the amounts that parse; zero everywhere means balanced. */
function sums(rows: Row[]) {
  const out = new Map<string, bigint>();
  for (const r of rows) {
    const p = parseMoney(r.amount, r.currency, { allowNegative: true });
    if (p.ok) out.set(r.currency, (out.get(r.currency) ?? 0n) + p.minor);
  }
  return out;
}

function BalanceStatus({ rows }: { rows: Row[] }) {
  const { t } = useTranslation();
  const totals = [...sums(rows)];
  if (totals.length === 0) return <p className="muted">{t("treasury.post.enterAmounts")}</p>;
  const off = totals.filter(([, v]) => v !== 0n);
  if (off.length === 0) return <p className="balance-status balance-status--ok">{t("treasury.post.balanced")}</p>;
  return (
    <p className="balance-status balance-status--off">
      {t("treasury.post.notBalanced")}{" "}
      {off.map(([c, v], i) => (
        <span key={c}>
          {i ? t("treasury.post.offSeparator") : ""}
          <Trans
            i18nKey="treasury.post.off"
            values={{ side: v > 0n ? "credits" : "debits" }}
            components={{ sum: <Amount amount={v} currency={c} signed />, missing: <Amount amount={v > 0n ? v : -v} currency={c} /> }}
          />
        </span>
      ))}
      {t("treasury.post.offEnd")}
    </p>
  );
}

/**
 * A treasurer posts a balanced entry: its kind, date and description, who it was with, and two or
 * more postings (positive debits, negative credits) that sum to zero in every currency.
 */
export function PostTransactionForm({
  slug,
  books,
  onPosted,
  onCancel,
}: {
  slug: string;
  books: Books;
  onPosted: (t: TransactionDetail) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const form = useForm(FIELDS);
  const post = useMutation({
    mutationFn: (body: ApiBody<"/api/organizations/{slug}/transactions", "post">) =>
      data(client.POST("/api/organizations/{slug}/transactions", { params: { path: { slug } }, body })),
    onSuccess: () => invalidateTreasury(),
  });
  const currency = books.currency ?? "EUR";
  const currencies = bookCurrencies(books);
  const nextKey = useRef(3);
  const blank = (key: number): Row => ({ key, account: "", amount: "", currency, memo: "" });
  const [rows, setRows] = useState<Row[]>(() => [blank(1), blank(2)]);
  const update = (key: number, change: Partial<Row>) => setRows((rs) => rs.map((r) => (r.key === key ? { ...r, ...change } : r)));
  const addRow = () => setRows((rs) => [...rs, blank(nextKey.current++)]);
  const removeRow = (key: number) => setRows((rs) => rs.filter((r) => r.key !== key));
  /** Puts the difference into the row, so the entry balances in its currency. */
  const balanceWith = (row: Row) => {
    const rest = sums(rows.filter((r) => r.key !== row.key)).get(row.currency) ?? 0n;
    update(row.key, { amount: rest === 0n ? "" : toDecimal(-rest, row.currency) });
  };

  return (
    <form
      className="card form post-form"
      noValidate
      aria-labelledby="post-title"
      onSubmit={form.onSubmit(async (v) => {
        const postings = rows.map((r, i) => ({
          account: r.account || chooseAccount(`body.postings.${i}.account`),
          amount: amountOrThrow(r.amount, r.currency, `body.postings.${i}.amount`, { allowNegative: true }),
          currency: r.currency,
          ...(r.memo.trim() ? { memo: r.memo.trim() } : {}),
        }));
        const body = validate(NewTransactionInput, {
          kind: v.kind as TransactionKind,
          date: v.date ?? "",
          description: v.description?.trim() ?? "",
          ...(v.counterparty?.trim() ? { counterparty: v.counterparty.trim() } : {}),
          counterpartyKind: v.counterpartyKind as CounterpartyKind,
          postings,
        });
        onPosted(await post.mutateAsync(body));
      })}
    >
      <h2 id="post-title">{t("treasury.post.title")}</h2>
      <FormAlert messages={form.summary} />
      <div className="form-row">
        <Field as="select" label={t("treasury.post.kind")} name="kind" defaultValue="transfer" error={form.error("kind")}>
          {TRANSACTION_KINDS.map((k) => (
            <option key={k} value={k}>
              {KIND_ONE[k]}
            </option>
          ))}
        </Field>
        <Field label={t("treasury.post.date")} name="date" type="date" required defaultValue={today()} error={form.error("date")} />
      </div>
      <Field label={t("treasury.post.description")} name="description" required maxLength={500} error={form.error("description")} />
      <div className="form-row">
        <Field
          label={t("treasury.post.counterparty")}
          name="counterparty"
          optional
          maxLength={200}
          hint={t("treasury.post.counterpartyHint")}
          error={form.error("counterparty")}
        />
        <Field
          as="select"
          label={t("treasury.post.counterpartyKind")}
          name="counterpartyKind"
          defaultValue="internal"
          error={form.error("counterpartyKind")}
        >
          {COUNTERPARTY_KINDS.map((k) => (
            <option key={k} value={k}>
              {SOURCE_ONE[k]}
            </option>
          ))}
        </Field>
      </div>
      <fieldset className="postings-editor">
        <legend>{t("treasury.post.postings")}</legend>
        <p className="field-hint">{t("treasury.post.postingsHint")}</p>
        {listError(form.problem, "postings") ? (
          <p className="field-error" role="alert">
            {listError(form.problem, "postings")}
          </p>
        ) : null}
        <ol className="posting-rows">
          {rows.map((r, i) => (
            <li key={r.key} className="posting-row">
              <fieldset>
                <legend className="visually-hidden">{t("treasury.post.posting", { n: i + 1 })}</legend>
                <AccountSelect
                  accounts={books.accounts}
                  currency={r.currency}
                  label={t("treasury.post.postingAccount", { n: i + 1 })}
                  name={`postings.${i}.account`}
                  placeholder={t("treasury.post.chooseAccount")}
                  value={r.account}
                  onChange={(e) => update(r.key, { account: e.target.value })}
                  error={rowError(form.problem, "postings", i, "account")}
                />
                <AmountInput
                  currency={r.currency}
                  label={t("treasury.post.postingAmount", { n: i + 1 })}
                  name={`postings.${i}.amount`}
                  allowNegative
                  hint=""
                  value={r.amount}
                  onChange={(e) => update(r.key, { amount: e.target.value })}
                  error={rowError(form.problem, "postings", i, "amount")}
                />
                <CurrencyField
                  currencies={currencies}
                  label={t("treasury.post.postingCurrency", { n: i + 1 })}
                  name={`postings.${i}.currency`}
                  value={r.currency}
                  onChange={(c) => update(r.key, { currency: c })}
                  error={rowError(form.problem, "postings", i, "currency")}
                />
                <Field
                  label={t("treasury.post.postingMemo", { n: i + 1 })}
                  name={`postings.${i}.memo`}
                  optional
                  maxLength={200}
                  value={r.memo}
                  onChange={(e) => update(r.key, { memo: e.target.value })}
                  error={rowError(form.problem, "postings", i, "memo")}
                />
                <div className="posting-row-actions">
                  <button type="button" className="button button--secondary button--small" onClick={() => balanceWith(r)}>
                    {t("treasury.post.balanceWith")}
                  </button>
                  {rows.length > 2 ? (
                    <button type="button" className="button button--ghost-danger button--small" onClick={() => removeRow(r.key)}>
                      {t("treasury.post.remove", { n: i + 1 })}
                    </button>
                  ) : null}
                </div>
              </fieldset>
            </li>
          ))}
        </ol>
        <div className="form-actions">
          <button type="button" className="button button--secondary button--small" onClick={addRow}>
            {t("treasury.post.add")}
          </button>
        </div>
        <div aria-live="polite">
          <BalanceStatus rows={rows} />
        </div>
      </fieldset>
      <div className="form-actions">
        <SubmitButton busy={form.busy} busyLabel={t("treasury.post.busy")}>
          {t("treasury.post.submit")}
        </SubmitButton>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {t("treasury.cancel")}
        </button>
      </div>
    </form>
  );
}
