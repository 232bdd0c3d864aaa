import { useMutation } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { NewAccountInput } from "../../../../src/modules/ledger/inputs.ts";
import { client } from "../../api/client.ts";
import { data } from "../../api/query.ts";
import type { ApiBody } from "../../api/schema.ts";
import { useForm, validate } from "../../form.ts";
import { Field } from "../Field.tsx";
import { FormAlert } from "../FormAlert.tsx";
import { SubmitButton } from "../SubmitButton.tsx";
import { invalidateTreasury } from "./queries.ts";

/** A treasurer adds an account to the chart, such as expenses:travel. */
export function AddAccountForm({ slug }: { slug: string }) {
  const { t } = useTranslation();
  const form = useForm(["code", "name"]);
  const add = useMutation({
    mutationFn: (body: ApiBody<"/api/organizations/{slug}/accounts", "post">) =>
      data(client.POST("/api/organizations/{slug}/accounts", { params: { path: { slug } }, body })),
    onSuccess: () => invalidateTreasury(),
  });
  return (
    <form
      className="form"
      noValidate
      onSubmit={form.onSubmit(async (v, el) => {
        await add.mutateAsync(validate(NewAccountInput, { code: v.code?.trim() ?? "", name: v.name?.trim() ?? "" }));
        el.reset();
      })}
    >
      <FormAlert messages={form.summary} />
      <div className="form-row">
        <Field
          label={t("treasury.addAccount.code")}
          name="code"
          required
          autoCapitalize="none"
          spellCheck={false}
          placeholder="expenses:travel"
          hint={t("treasury.addAccount.codeHint")}
          error={form.error("code")}
        />
        <Field
          label={t("treasury.addAccount.name")}
          name="name"
          required
          maxLength={120}
          placeholder={t("treasury.addAccount.namePlaceholder")}
          error={form.error("name")}
        />
      </div>
      <div className="form-actions">
        <SubmitButton busy={form.busy} busyLabel={t("treasury.addAccount.busy")} variant="secondary">
          {t("treasury.addAccount.submit")}
        </SubmitButton>
      </div>
    </form>
  );
}
