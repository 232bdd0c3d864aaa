import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ReverseInput } from "../../../../src/modules/ledger/inputs.ts";
import { client } from "../../api/client.ts";
import { data } from "../../api/query.ts";
import type { ApiBody } from "../../api/schema.ts";
import { useForm, validate } from "../../form.ts";
import { Field } from "../Field.tsx";
import { FormAlert } from "../FormAlert.tsx";
import { SubmitButton } from "../SubmitButton.tsx";
import { invalidateTreasury } from "./queries.ts";

/** "Reverse…": posted entries never change; a treasurer corrects one with a reversing entry and a reason. */
export function ReverseForm({ id }: { id: string }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const form = useForm(["reason", "id"]);
  const reverse = useMutation({
    mutationFn: (body: ApiBody<"/api/transactions/{id}/reverse", "post">) =>
      data(client.POST("/api/transactions/{id}/reverse", { params: { path: { id } }, body })),
    onSuccess: () => invalidateTreasury(),
  });
  if (!open) {
    return (
      <button type="button" className="button button--ghost-danger button--small" onClick={() => setOpen(true)} aria-expanded={false}>
        {t("treasury.reverse.open")}
      </button>
    );
  }
  return (
    <form
      className="form reverse-form"
      noValidate
      onSubmit={form.onSubmit(async (v) => {
        await reverse.mutateAsync(validate(ReverseInput, { reason: v.reason?.trim() ?? "" }));
      })}
    >
      <FormAlert messages={form.summary} />
      <Field
        as="textarea"
        label={t("treasury.reverse.reason")}
        name="reason"
        rows={2}
        maxLength={500}
        required
        autoFocus
        hint={t("treasury.reverse.reasonHint")}
        error={form.error("reason") ?? form.error("id")}
      />
      <div className="form-actions">
        <SubmitButton busy={form.busy} busyLabel={t("treasury.reverse.busy")} variant="danger">
          {t("treasury.reverse.submit")}
        </SubmitButton>
        <button type="button" className="button button--secondary" onClick={() => setOpen(false)}>
          {t("treasury.cancel")}
        </button>
      </div>
    </form>
  );
}
