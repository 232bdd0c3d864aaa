import type { JoinPolicy, Ownership } from "../api/schema.ts";
import type { FormState } from "../form.ts";
import { JOIN_POLICIES, JOIN_POLICY_LABEL, OWNERSHIP_LABEL, OWNERSHIPS } from "../format.ts";
import { Field } from "./Field.tsx";

/** The fields an organization's creator and its stewards both edit. */
export function OrgFields({
  form,
  isEnterprise,
  defaults,
}: {
  form: FormState;
  isEnterprise: boolean;
  defaults: { description?: string; website?: string | null; joinPolicy: JoinPolicy; ownership?: Ownership | null };
}) {
  return (
    <>
      {isEnterprise ? (
        <Field
          as="select"
          label="Ownership"
          name="ownership"
          required
          defaultValue={defaults.ownership ?? ""}
          hint="Who owns the enterprise decides which licence terms apply to it."
          error={form.error("ownership")}
        >
          <option value="" disabled>
            Choose…
          </option>
          {OWNERSHIPS.map((o) => (
            <option key={o} value={o}>
              {OWNERSHIP_LABEL[o]}
            </option>
          ))}
        </Field>
      ) : null}
      <Field
        as="textarea"
        label="Description"
        name="description"
        optional
        maxLength={5000}
        rows={5}
        defaultValue={defaults.description ?? ""}
        hint="What you do and who you are for."
        error={form.error("description")}
      />
      <Field
        label="Website"
        name="website"
        type="url"
        optional
        maxLength={500}
        placeholder="https://"
        defaultValue={defaults.website ?? ""}
        error={form.error("website")}
      />
      <Field
        as="select"
        label="Who can join"
        name="joinPolicy"
        required
        key={defaults.joinPolicy}
        defaultValue={defaults.joinPolicy}
        error={form.error("joinPolicy")}
      >
        {JOIN_POLICIES.map((p) => (
          <option key={p} value={p}>
            {JOIN_POLICY_LABEL[p]}
          </option>
        ))}
      </Field>
    </>
  );
}

/** The form's text as the API wants it: empty website is null, ownership only for enterprises. */
export function orgFieldValues(v: Record<string, string>, isEnterprise: boolean) {
  return {
    description: v.description ?? "",
    website: v.website?.trim() ? v.website.trim() : null,
    joinPolicy: (v.joinPolicy || undefined) as JoinPolicy | undefined,
    ownership: isEnterprise ? ((v.ownership || undefined) as Ownership | undefined) : undefined,
  };
}
