import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { NeedPatchInput } from "../../../../src/modules/needs/inputs.ts";
import { client } from "../../api/client.ts";
import { data } from "../../api/query.ts";
import type { ApiBody, Need, Urgency } from "../../api/schema.ts";
import { useForm, validate } from "../../form.ts";
import { FormAlert } from "../FormAlert.tsx";
import { SubmitButton } from "../SubmitButton.tsx";
import { parseTags } from "./labels.ts";
import { NEED_FIELDS, NeedFields, nameTheTag } from "./NeedFields.tsx";
import { useNeedMutation } from "./queries.ts";

type NeedPatch = ApiBody<"/api/needs/{id}", "patch">;

/** Only what changed: an unchanged due date that has since passed must not be refused. */
function changes(need: Need, v: Record<string, string>): NeedPatch {
  const patch: NeedPatch = {};
  const tags = parseTags(v.tags ?? "");
  if ((v.title ?? "") !== need.title) patch.title = v.title ?? "";
  if ((v.body ?? "") !== need.body) patch.body = v.body ?? "";
  if (tags.join(",") !== need.tags.join(",")) patch.tags = tags;
  if ((v.urgency || null) !== need.urgency) patch.urgency = (v.urgency || null) as Urgency | null;
  if ((v.dueOn || null) !== need.dueOn) patch.dueOn = v.dueOn || null;
  return patch;
}

/** Edit a need's wording, tags, urgency and date (its author and maintainers). */
export function EditNeedForm({ need, onSaved, onCancel }: { need: Need; onSaved: () => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const form = useForm(NEED_FIELDS);
  const formRef = useRef<HTMLFormElement>(null);
  useEffect(() => formRef.current?.querySelector<HTMLElement>("input")?.focus(), []);
  const edit = useNeedMutation(need.id, (body: NeedPatch) =>
    data(client.PATCH("/api/needs/{id}", { params: { path: { id: need.id } }, body })),
  );
  return (
    <form
      ref={formRef}
      className="card form need-form"
      noValidate
      aria-labelledby="edit-need-title"
      onSubmit={form.onSubmit(async (v) => {
        const patch = changes(need, v);
        if (Object.keys(patch).length === 0) return onCancel();
        try {
          await edit.mutateAsync(validate(NeedPatchInput, patch));
        } catch (err) {
          throw nameTheTag(err, patch.tags ?? []);
        }
        onSaved();
      })}
    >
      <h2 id="edit-need-title">{t("needs.edit.heading", { type: need.type })}</h2>
      <FormAlert messages={form.summary} />
      <NeedFields form={form} need={need} />
      <div className="form-actions">
        <SubmitButton busy={form.busy} busyLabel={t("needs.edit.busy")}>
          {t("needs.edit.submit")}
        </SubmitButton>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {t("needs.action.cancel")}
        </button>
      </div>
    </form>
  );
}
