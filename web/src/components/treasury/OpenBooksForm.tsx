import { useState } from "react";
import { treasuryApi } from "../../api/treasury.ts";
import { useForm } from "../../form.ts";
import type { Books } from "../../types/treasury.ts";
import { Field } from "../Field.tsx";
import { FormAlert } from "../FormAlert.tsx";
import { SubmitButton } from "../SubmitButton.tsx";
import { currencyName, knownCurrencies } from "./money.ts";

/** A steward or treasurer opens the books in a currency, with the default chart of accounts. */
export function OpenBooksForm({ slug, onOpened }: { slug: string; onOpened: (books: Books) => void }) {
  const form = useForm(["currency"]);
  const [currencies] = useState(() => knownCurrencies().map((c) => ({ code: c, name: currencyName(c) })));
  return (
    <form
      className="form form--limited"
      noValidate
      onSubmit={form.onSubmit(async (v) => onOpened(await treasuryApi.openBooks(slug, v.currency ?? "")))}
    >
      <FormAlert messages={form.summary} />
      <Field
        as="select"
        label="Currency of the books"
        name="currency"
        defaultValue="EUR"
        hint="Accounts hold this currency unless a treasurer adds others. It cannot be changed later."
        error={form.error("currency")}
      >
        {currencies.map((c) => (
          <option key={c.code} value={c.code}>
            {c.code} — {c.name}
          </option>
        ))}
      </Field>
      <div className="form-actions">
        <SubmitButton busy={form.busy} busyLabel="Opening…">
          Open the books
        </SubmitButton>
      </div>
    </form>
  );
}
