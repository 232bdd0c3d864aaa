import type { FormState } from "../../form.ts";
import { today } from "../../format.ts";
import { Field } from "../Field.tsx";

/** Logged work that is not a document: how long it took, when, and where to see it. */
export function WorkFields({ form, defaults = {} }: { form: FormState; defaults?: { hours?: number | null; link?: string | null } }) {
  return (
    <>
      <div className="form-row">
        <Field
          label="Hours"
          name="hours"
          type="number"
          inputMode="decimal"
          required
          min={0.25}
          max={1000}
          step={0.25}
          defaultValue={defaults.hours ?? ""}
          hint="e.g. 1.5 for an hour and a half"
          error={form.error("hours")}
        />
        <Field label="Done on" name="performedOn" type="date" max={today()} defaultValue={today()} error={form.error("performedOn")} />
      </div>
      <Field
        label="Link"
        name="link"
        type="url"
        optional
        maxLength={500}
        placeholder="https://"
        defaultValue={defaults.link ?? ""}
        hint="Where the work can be seen: a report, photos, a pull request."
        error={form.error("link")}
      />
    </>
  );
}

/** The hours as a number (the server explains an empty or odd value), the link left out when empty. */
export function workValues(v: Record<string, string>) {
  return { hours: v.hours?.trim() ? Number(v.hours) : Number.NaN, link: v.link?.trim() || undefined };
}
