import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { Trans, useTranslation } from "react-i18next";
import { PayoutInput } from "../../../../src/modules/value/inputs.ts";
import { client } from "../../api/client.ts";
import { data } from "../../api/query.ts";
import type { ApiBody } from "../../api/schema.ts";
import { useForm, validate } from "../../form.ts";
import { today } from "../../format.ts";
import { Field } from "../Field.tsx";
import { FormAlert } from "../FormAlert.tsx";
import { SubmitButton } from "../SubmitButton.tsx";
import { Amount } from "../treasury/Amount.tsx";
import { AmountInput } from "../treasury/AmountInput.tsx";
import { amountOrThrow } from "../treasury/money.ts";
import { invalidatePayouts } from "./queries.ts";

/** A treasurer pays a person what the books owe them from distributions: all of it, or part. */
export function PayoutForm({ slug, currency }: { slug: string; currency: string }) {
  const { t } = useTranslation();
  const form = useForm(["person", "amount", "date"]);
  const payout = useMutation({
    mutationFn: (body: ApiBody<"/api/organizations/{slug}/payouts", "post">) =>
      data(client.POST("/api/organizations/{slug}/payouts", { params: { path: { slug } }, body })),
    onSuccess: invalidatePayouts,
  });
  const [paid, setPaid] = useState<{ handle: string; amount: string; owed: string; currency: string } | null>(null);
  return (
    <form
      className="form form--limited"
      noValidate
      aria-label={t("value.payout.title")}
      onSubmit={form.onSubmit(async (v, el) => {
        setPaid(null);
        const handle = (v.person ?? "").trim().replace(/^@/, "").toLowerCase();
        const result = await payout.mutateAsync(
          validate(PayoutInput, {
            person: handle,
            ...(v.amount?.trim() ? { amount: amountOrThrow(v.amount, currency, "body.amount") } : {}),
            ...(v.date ? { date: v.date } : {}),
          }),
        );
        setPaid({ handle, amount: result.amount, owed: result.owed, currency: result.currency });
        el.reset();
      })}
    >
      <FormAlert messages={form.summary} />
      {paid ? (
        <p className="notice" role="status">
          <Trans
            i18nKey="value.payout.paid"
            values={{ handle: paid.handle }}
            components={{
              paid: <Amount amount={paid.amount} currency={paid.currency} />,
              owed: <Amount amount={paid.owed} currency={paid.currency} />,
            }}
          />
        </p>
      ) : null}
      <div className="form-row">
        <Field
          label={t("value.payout.person")}
          name="person"
          required
          autoCapitalize="none"
          spellCheck={false}
          placeholder="ada"
          error={form.error("person")}
        />
        <AmountInput currency={currency} optional hint={t("value.payout.amountHint")} error={form.error("amount")} />
        <Field label={t("value.payout.date")} name="date" type="date" defaultValue={today()} error={form.error("date")} />
      </div>
      <div className="form-actions">
        <SubmitButton busy={form.busy} busyLabel={t("value.payout.paying")}>
          {t("value.payout.title")}
        </SubmitButton>
      </div>
    </form>
  );
}
