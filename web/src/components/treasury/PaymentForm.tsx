import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { Trans, useTranslation } from "react-i18next";
import { Link } from "react-router";
import { PaymentInput } from "../../../../src/modules/treasury/inputs.ts";
import { client } from "../../api/client.ts";
import { data } from "../../api/query.ts";
import type { ApiBody, TransactionDetail } from "../../api/schema.ts";
import { useForm, validate } from "../../form.ts";
import { today } from "../../format.ts";
import { Field } from "../Field.tsx";
import { FormAlert } from "../FormAlert.tsx";
import { SubmitButton } from "../SubmitButton.tsx";
import { Amount } from "./Amount.tsx";
import { AmountInput } from "./AmountInput.tsx";
import { CurrencyField } from "./CurrencyField.tsx";
import { PAYMENT_KIND_HINT, PAYMENT_KIND_LABEL, PAYMENT_KINDS, type PaymentKind } from "./labels.ts";
import { amountOrThrow } from "./money.ts";
import { invalidateTreasury } from "./queries.ts";

interface OrgRef {
  slug: string;
  name: string;
}

/**
 * One organization pays another (sponsorship, grant, reciprocity, transfer), posted in both books at
 * once by the payer's treasurer. Either the payer is fixed and the payee typed (from its own page), or
 * the payee is fixed and the payer chosen among the organizations the viewer keeps the books of.
 */
export function PaymentForm({ payers, payee, currencies }: { payers: OrgRef[]; payee?: OrgRef; currencies: string[] }) {
  const { t } = useTranslation();
  const form = useForm(["from", "to", "kind", "amount", "currency", "description", "date"]);
  const [currency, setCurrency] = useState(currencies[0] ?? "EUR");
  const [kind, setKind] = useState<PaymentKind>("sponsorship");
  const [paid, setPaid] = useState<TransactionDetail | null>(null);
  const pay = useMutation({
    mutationFn: ({ from, body }: { from: string; body: ApiBody<"/api/organizations/{slug}/payments", "post"> }) =>
      data(client.POST("/api/organizations/{slug}/payments", { params: { path: { slug: from } }, body })),
    onSuccess: () => invalidateTreasury(),
  });
  if (paid) {
    return (
      <div className="notice" role="status">
        <p>
          <Trans
            i18nKey="treasury.payment.paid"
            values={{ payee: paid.counterparty.organization?.name ?? paid.counterparty.name }}
            components={{
              strong: <strong />,
              amount: <Amount amount={paid.postings.find((p) => BigInt(p.amount) > 0n)?.amount ?? "0"} currency={currency} />,
              a: <Link to={`/transactions/${paid.id}`} />,
            }}
          />
        </p>
        <button type="button" className="link-button" onClick={() => setPaid(null)}>
          {t("treasury.payment.another")}
        </button>
      </div>
    );
  }
  const [onlyPayer] = payers;
  return (
    <form
      className="form form--limited"
      noValidate
      onSubmit={form.onSubmit(async (v) => {
        const from = payers.length === 1 ? (onlyPayer?.slug ?? "") : (v.from ?? "");
        const body = validate(PaymentInput, {
          to: payee?.slug ?? (v.to ?? "").trim().toLowerCase(),
          kind,
          amount: amountOrThrow(v.amount, currency, "body.amount"),
          currency,
          description: v.description?.trim() ?? "",
          ...(v.date ? { date: v.date } : {}),
        });
        setPaid(await pay.mutateAsync({ from, body }));
      })}
    >
      <FormAlert messages={form.summary} />
      <div className="form-row">
        {payers.length > 1 ? (
          <Field as="select" label={t("treasury.payment.paidBy")} name="from" error={form.error("from")}>
            {payers.map((o) => (
              <option key={o.slug} value={o.slug}>
                {o.name}
              </option>
            ))}
          </Field>
        ) : (
          <p className="form-fact">
            <span className="field-label">{t("treasury.payment.paidBy")}</span> {onlyPayer?.name}
          </p>
        )}
        {payee ? (
          <p className="form-fact">
            <span className="field-label">{t("treasury.payment.paidTo")}</span> {payee.name}
          </p>
        ) : (
          <Field
            label={t("treasury.payment.to")}
            name="to"
            required
            autoCapitalize="none"
            spellCheck={false}
            placeholder="open-lab"
            hint={t("treasury.payment.toHint")}
            error={form.error("to")}
          />
        )}
      </div>
      <Field
        as="select"
        label={t("treasury.payment.kind")}
        name="kind"
        value={kind}
        onChange={(e) => setKind(e.target.value as PaymentKind)}
        hint={PAYMENT_KIND_HINT[kind]}
        error={form.error("kind")}
      >
        {PAYMENT_KINDS.map((k) => (
          <option key={k} value={k}>
            {PAYMENT_KIND_LABEL[k]}
          </option>
        ))}
      </Field>
      <div className="form-row">
        <AmountInput currency={currency} required error={form.error("amount")} />
        <CurrencyField currencies={currencies} value={currency} onChange={setCurrency} error={form.error("currency")} />
        <Field label={t("treasury.payment.date")} name="date" type="date" defaultValue={today()} error={form.error("date")} />
      </div>
      <Field
        label={t("treasury.payment.description")}
        name="description"
        required
        maxLength={500}
        placeholder={t("treasury.payment.descriptionPlaceholder")}
        error={form.error("description")}
      />
      <div className="form-actions">
        <SubmitButton busy={form.busy} busyLabel={t("treasury.payment.paying")}>
          {t("treasury.payment.pay")}
        </SubmitButton>
      </div>
    </form>
  );
}
