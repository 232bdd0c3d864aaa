import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { Trans, useTranslation } from "react-i18next";
import { DonationInput } from "../../../../src/modules/treasury/inputs.ts";
import { client } from "../../api/client.ts";
import { data } from "../../api/query.ts";
import type { ApiBody, Donation } from "../../api/schema.ts";
import { useForm, validate } from "../../form.ts";
import { Field } from "../Field.tsx";
import { FormAlert } from "../FormAlert.tsx";
import { SubmitButton } from "../SubmitButton.tsx";
import { Amount } from "./Amount.tsx";
import { AmountInput } from "./AmountInput.tsx";
import { CurrencyField } from "./CurrencyField.tsx";
import { amountOrThrow } from "./money.ts";
import { invalidateTreasury } from "./queries.ts";

/** Record a donation you made; a treasurer confirms it once the money has arrived. */
export function DonateForm({ slug, currencies }: { slug: string; currencies: string[] }) {
  const { t } = useTranslation();
  const form = useForm(["amount", "currency", "anonymous", "message"]);
  const donate = useMutation({
    mutationFn: (body: ApiBody<"/api/organizations/{slug}/donations", "post">) =>
      data(client.POST("/api/organizations/{slug}/donations", { params: { path: { slug } }, body })),
    onSuccess: () => invalidateTreasury(),
  });
  const [currency, setCurrency] = useState(currencies[0] ?? "EUR");
  const [done, setDone] = useState<Donation | null>(null);
  if (done) {
    return (
      <div className="notice" role="status">
        <p>
          <Trans
            i18nKey="treasury.donate.thanks"
            values={{ anonymous: done.anonymous ? "yes" : "no" }}
            components={{ strong: <strong />, amount: <Amount amount={done.amount} currency={done.currency} /> }}
          />
        </p>
        <button type="button" className="link-button" onClick={() => setDone(null)}>
          {t("treasury.donate.another")}
        </button>
      </div>
    );
  }
  return (
    <form
      className="form form--limited"
      noValidate
      onSubmit={form.onSubmit(async (v) => {
        const body = validate(DonationInput, {
          amount: amountOrThrow(v.amount, currency, "body.amount"),
          currency,
          anonymous: v.anonymous === "on",
          ...(v.message?.trim() ? { message: v.message.trim() } : {}),
        });
        setDone(await donate.mutateAsync(body));
      })}
    >
      <FormAlert messages={form.summary} />
      <div className="form-row">
        <AmountInput currency={currency} required error={form.error("amount")} />
        <CurrencyField currencies={currencies} value={currency} onChange={setCurrency} error={form.error("currency")} />
      </div>
      <label className="checkbox">
        <input type="checkbox" name="anonymous" />
        {t("treasury.donate.anonymous")}
      </label>
      <Field
        as="textarea"
        label={t("treasury.donate.message")}
        name="message"
        optional
        rows={2}
        maxLength={1000}
        error={form.error("message")}
      />
      <div className="form-actions">
        <SubmitButton busy={form.busy} busyLabel={t("treasury.donate.busy")}>
          {t("treasury.donate.submit")}
        </SubmitButton>
      </div>
    </form>
  );
}
