import { useState } from "react";
import { treasuryApi } from "../../api/treasury.ts";
import { useForm } from "../../form.ts";
import type { Donation } from "../../types/treasury.ts";
import { Field } from "../Field.tsx";
import { FormAlert } from "../FormAlert.tsx";
import { SubmitButton } from "../SubmitButton.tsx";
import { Amount } from "./Amount.tsx";
import { AmountInput } from "./AmountInput.tsx";
import { CurrencyField } from "./CurrencyField.tsx";
import { amountOrThrow } from "./money.ts";

/** Record a donation you made; a treasurer confirms it once the money has arrived. */
export function DonateForm({ slug, currencies, onDonated }: { slug: string; currencies: string[]; onDonated: (d: Donation) => void }) {
  const form = useForm(["amount", "currency", "anonymous", "message"]);
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
        const d = await treasuryApi.donate(slug, {
          amount: amountOrThrow(v.amount, currency, "body.amount"),
          currency,
          anonymous: v.anonymous === "on",
          ...(v.message?.trim() ? { message: v.message.trim() } : {}),
        });
        setDone(d);
        onDonated(d);
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
