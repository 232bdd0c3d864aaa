import { useMutation } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
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
  const { t } = useTranslation();
  const form = useForm(["currency"]);
  const open = useMutation({
    mutationFn: (body: ApiBody<"/api/organizations/{slug}/books", "post">) =>
      data(client.POST("/api/organizations/{slug}/books", { params: { path: { slug } }, body })),
    onSuccess: (books) => {
      queryClient.setQueryData(booksQuery(slug).queryKey, books);
      return invalidateTreasury();
    },
  });
  // Named in the current language, so made on each render (the names come from a cached Intl.DisplayNames).
  const currencies = knownCurrencies().map((c) => ({ code: c, name: currencyName(c) }));
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
        label={t("treasury.openBooks.currency")}
        name="currency"
        defaultValue="EUR"
        hint={t("treasury.openBooks.currencyHint")}
        error={form.error("currency")}
      >
        {currencies.map((c) => (
          <option key={c.code} value={c.code}>
            {t("treasury.currency.option", { code: c.code, name: c.name })}
          </option>
        ))}
      </Field>
      <div className="form-actions">
        <SubmitButton busy={form.busy} busyLabel={t("treasury.openBooks.busy")}>
          {t("treasury.openBooks.submit")}
        </SubmitButton>
      </div>
    </form>
  );
}
