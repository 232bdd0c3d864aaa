import { useTranslation } from "react-i18next";
import { ApiError } from "../../api/client.ts";
import type { Need } from "../../api/schema.ts";
import type { FormState } from "../../form.ts";
import { today } from "../../format.ts";
import { i18n } from "../../i18n/i18n.ts";
import { Field } from "../Field.tsx";
import { NEED_TYPES, TYPE_CHOICE, URGENCIES, URGENCY_LABEL } from "./labels.ts";

export const NEED_FIELDS = ["type", "title", "body", "tags", "urgency", "dueOn"] as const;

/** The server blames "body.tags.3": name that tag in the message, since the field holds them all. */
export function nameTheTag(err: unknown, tags: string[]): unknown {
  if (!(err instanceof ApiError)) return err;
  const errors = err.errors.map((e) => {
    const tag = tags[Number(/\.tags\.(\d+)$/.exec(e.path)?.[1] ?? Number.NaN)];
    return tag === undefined ? e : { ...e, message: i18n.t("needs.fields.tagError", { tag, message: e.message }) };
  });
  return new ApiError({ ...err, detail: err.detail, errors });
}

/** The fields of a need, for posting one (with its type) or editing one (the type stays). */
export function NeedFields({ form, need }: { form: FormState; need?: Need }) {
  const { t } = useTranslation();
  return (
    <>
      {need ? null : (
        <Field as="select" label={t("needs.fields.type")} name="type" required defaultValue="need" error={form.error("type")}>
          {NEED_TYPES.map((type) => (
            <option key={type} value={type}>
              {TYPE_CHOICE[type]}
            </option>
          ))}
        </Field>
      )}
      <Field
        label={t("needs.fields.title")}
        name="title"
        required
        maxLength={200}
        defaultValue={need?.title ?? ""}
        error={form.error("title")}
      />
      <Field
        as="textarea"
        label={t("needs.fields.body")}
        name="body"
        optional
        rows={6}
        maxLength={20000}
        defaultValue={need?.body ?? ""}
        hint={t("needs.fields.bodyHint")}
        error={form.error("body")}
      />
      <Field
        label={t("needs.fields.tags")}
        name="tags"
        optional
        autoCapitalize="none"
        spellCheck={false}
        defaultValue={need?.tags.join(", ") ?? ""}
        hint={t("needs.fields.tagsHint")}
        error={form.error("tags")}
      />
      <div className="form-row">
        <Field
          as="select"
          label={t("needs.fields.urgency")}
          name="urgency"
          optional
          defaultValue={need?.urgency ?? ""}
          error={form.error("urgency")}
        >
          <option value="">{t("needs.fields.urgencyNotSet")}</option>
          {URGENCIES.map((u) => (
            <option key={u} value={u}>
              {URGENCY_LABEL[u]}
            </option>
          ))}
        </Field>
        <Field
          label={t("needs.fields.dueOn")}
          name="dueOn"
          type="date"
          optional
          min={today()}
          defaultValue={need?.dueOn ?? ""}
          error={form.error("dueOn")}
        />
      </div>
    </>
  );
}
