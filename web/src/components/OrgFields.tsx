import { useTranslation } from "react-i18next";
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
  const { t } = useTranslation();
  return (
    <>
      {isEnterprise ? (
        <Field
          as="select"
          label={t("orgs.fields.ownership")}
          name="ownership"
          required
          defaultValue={defaults.ownership ?? ""}
          hint={t("orgs.fields.ownershipHint")}
          error={form.error("ownership")}
        >
          <option value="" disabled>
            {t("orgs.form.choose")}
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
        label={t("orgs.fields.description")}
        name="description"
        optional
        maxLength={5000}
        rows={5}
        defaultValue={defaults.description ?? ""}
        hint={t("orgs.fields.descriptionHint")}
        error={form.error("description")}
      />
      <Field
        label={t("orgs.fields.website")}
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
        label={t("orgs.fields.joinPolicy")}
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
