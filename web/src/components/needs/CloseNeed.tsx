import { useTranslation } from "react-i18next";
import { CloseInput } from "../../../../src/modules/needs/inputs.ts";
import { client } from "../../api/client.ts";
import { data } from "../../api/query.ts";
import type { Need } from "../../api/schema.ts";
import { useForm, validate } from "../../form.ts";
import { Field } from "../Field.tsx";
import { FormAlert } from "../FormAlert.tsx";
import { SubmitButton } from "../SubmitButton.tsx";
import { useNeedMutation } from "./queries.ts";

function ReopenButton({ need }: { need: Need }) {
  const { t } = useTranslation();
  const reopen = useNeedMutation(need.id, () => data(client.POST("/api/needs/{id}/reopen", { params: { path: { id: need.id } } })));
  return (
    <div className="form-actions">
      <button
        type="button"
        className="button button--secondary"
        disabled={reopen.isPending}
        aria-busy={reopen.isPending || undefined}
        onClick={() => reopen.mutate()}
      >
        {reopen.isPending ? t("needs.close.reopening") : t("needs.close.reopen")}
      </button>
      {reopen.error ? (
        <p className="field-error" role="alert">
          {reopen.error.detail}
        </p>
      ) : null}
    </div>
  );
}

/** Mark the need done with a note, or reopen it: for its author and the maintainers. */
export function CloseNeed({ need }: { need: Need }) {
  const { t } = useTranslation();
  const form = useForm(["note"]);
  const close = useNeedMutation(need.id, (body: { note?: string }) =>
    data(client.POST("/api/needs/{id}/close", { params: { path: { id: need.id } }, body })),
  );
  if (need.status === "done") return <ReopenButton need={need} />;
  return (
    <form
      className="form close-form"
      noValidate
      onSubmit={form.onSubmit(async (v) => {
        const note = v.note?.trim() ?? "";
        await close.mutateAsync(validate(CloseInput, note ? { note } : {}));
      })}
    >
      <FormAlert messages={form.summary} />
      <Field
        as="textarea"
        label={t("needs.close.note")}
        name="note"
        optional
        rows={2}
        maxLength={2000}
        hint={t("needs.close.noteHint")}
        error={form.error("note")}
      />
      <SubmitButton busy={form.busy} busyLabel={t("needs.close.busy")} variant="secondary">
        {t("needs.close.submit")}
      </SubmitButton>
    </form>
  );
}
