import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { OpenBooksInput } from "../../../../src/modules/ledger/inputs.ts";
import { client } from "../../api/client.ts";
import { data, queryClient } from "../../api/query.ts";
import type { ApiBody } from "../../api/schema.ts";
import { useForm, validate } from "../../form.ts";
import { Field } from "../Field.tsx";
import { FormAlert } from "../FormAlert.tsx";
import { SubmitButton } from "../SubmitButton.tsx";
import { currencyName, knownCurrencies } from "./money.ts";
import { booksQuery, invalidateTreasury } from "./queries.ts";

/** A steward or treasurer opens the books in a currency, with the default chart of accounts. */
export function OpenBooksForm({ slug }: { slug: string }) {
  const form = useForm(["currency"]);
  const open = useMutation({
    mutationFn: (body: ApiBody<"/api/organizations/{slug}/books", "post">) =>
      data(client.POST("/api/organizations/{slug}/books", { params: { path: { slug } }, body })),
    onSuccess: (books) => {
      queryClient.setQueryData(booksQuery(slug).queryKey, books);
      return invalidateTreasury();
    },
  });
  const [currencies] = useState(() => knownCurrencies().map((c) => ({ code: c, name: currencyName(c) })));
  return (
    <form
      className="form form--limited"
      noValidate
      onSubmit={form.onSubmit(async (v) => {
        await open.mutateAsync(validate(OpenBooksInput, { currency: v.currency ?? "" }));
      })}
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
