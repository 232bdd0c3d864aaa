import { useTranslation } from "react-i18next";
import type { FormState } from "../../form.ts";
import { today } from "../../format.ts";
import { Field } from "../Field.tsx";

/** Logged work that is not a document: how long it took, when, and where to see it. */
export function WorkFields({ form, defaults = {} }: { form: FormState; defaults?: { hours?: number | null; link?: string | null } }) {
  const { t } = useTranslation();
  return (
    <>
      <div className="form-row">
        <Field
          label={t("commons.work.hours")}
          name="hours"
          type="number"
          inputMode="decimal"
          required
          min={0.25}
          max={1000}
          step={0.25}
          defaultValue={defaults.hours ?? ""}
          hint={t("commons.work.hoursHint")}
          error={form.error("hours")}
        />
        <Field
          label={t("commons.work.doneOn")}
          name="performedOn"
          type="date"
          max={today()}
          defaultValue={today()}
          error={form.error("performedOn")}
        />
      </div>
      <Field
        label={t("commons.work.link")}
        name="link"
        type="url"
        optional
        maxLength={500}
        placeholder="https://"
        defaultValue={defaults.link ?? ""}
        hint={t("commons.work.linkHint")}
        error={form.error("link")}
      />
    </>
  );
}

/** The hours as a number (the server explains an empty or odd value), the link left out when empty. */
export function workValues(v: Record<string, string>) {
  return { hours: v.hours?.trim() ? Number(v.hours) : Number.NaN, link: v.link?.trim() || undefined };
}
