import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
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
          <strong>Thank you.</strong> Your donation of <Amount amount={done.amount} currency={done.currency} /> is recorded
          {done.anonymous ? " (anonymously)" : ""}. A treasurer confirms it once the money has arrived; it then shows in the books.
        </p>
        <button type="button" className="link-button" onClick={() => setDone(null)}>
          Record another donation
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
        Give anonymously: public pages show “Anonymous” instead of your name (treasurers still see it).
      </label>
      <Field as="textarea" label="Message" name="message" optional rows={2} maxLength={1000} error={form.error("message")} />
      <div className="form-actions">
        <SubmitButton busy={form.busy} busyLabel="Recording…">
          Record my donation
        </SubmitButton>
      </div>
    </form>
  );
}
