import { ApiError } from "../../api/client.ts";
import type { Need } from "../../api/schema.ts";
import type { FormState } from "../../form.ts";
import { today } from "../../format.ts";
import { Field } from "../Field.tsx";
import { NEED_TYPES, TYPE_CHOICE, URGENCIES, URGENCY_LABEL } from "./labels.ts";

export const NEED_FIELDS = ["type", "title", "body", "tags", "urgency", "dueOn"] as const;

/** The server blames "body.tags.3": name that tag in the message, since the field holds them all. */
export function nameTheTag(err: unknown, tags: string[]): unknown {
  if (!(err instanceof ApiError)) return err;
  const errors = err.errors.map((e) => {
    const tag = tags[Number(/\.tags\.(\d+)$/.exec(e.path)?.[1] ?? Number.NaN)];
    return tag === undefined ? e : { ...e, message: `“${tag}”: ${e.message}` };
  });
  return new ApiError({ ...err, detail: err.detail, errors });
}

/** The fields of a need, for posting one (with its type) or editing one (the type stays). */
export function NeedFields({ form, need }: { form: FormState; need?: Need }) {
  return (
    <>
      {need ? null : (
        <Field as="select" label="Kind of post" name="type" required defaultValue="need" error={form.error("type")}>
          {NEED_TYPES.map((t) => (
            <option key={t} value={t}>
              {TYPE_CHOICE[t]}
            </option>
          ))}
        </Field>
      )}
      <Field label="Title" name="title" required maxLength={200} defaultValue={need?.title ?? ""} error={form.error("title")} />
      <Field
        as="textarea"
        label="Details"
        name="body"
        optional
        rows={6}
        maxLength={20000}
        defaultValue={need?.body ?? ""}
        hint="Markdown: what is wanted, how to tell it is done, whom to ask."
        error={form.error("body")}
      />
      <Field
        label="Tags"
        name="tags"
        optional
        autoCapitalize="none"
        spellCheck={false}
        defaultValue={need?.tags.join(", ") ?? ""}
        hint="Up to 12, separated by commas or spaces, e.g. welding, testing."
        error={form.error("tags")}
      />
      <div className="form-row">
        <Field as="select" label="Urgency" name="urgency" optional defaultValue={need?.urgency ?? ""} error={form.error("urgency")}>
          <option value="">Not set</option>
          {URGENCIES.map((u) => (
            <option key={u} value={u}>
              {URGENCY_LABEL[u]}
            </option>
          ))}
        </Field>
        <Field
          label="Wanted by"
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
