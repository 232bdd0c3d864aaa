import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { ApiError } from "../../api/client.ts";
import { apiQuery } from "../../api/query.ts";
import type { FormState } from "../../form.ts";
import { LICENCE_FAMILY_LABEL } from "../../format.ts";
import { i18n } from "../../i18n/i18n.ts";
import { Field } from "../Field.tsx";
import { LICENCE_FAMILIES } from "./labels.ts";

/** What the fields offer: start these at the top of a page that shows them, beside its other requests. */
export const licencesQuery = apiQuery("/api/licences");
export const associationsQuery = apiQuery("/api/organizations", { query: { kind: "association", limit: 100 } });

export interface CommonsDefaults {
  title?: string;
  summary?: string;
  licence?: string;
  stewardAssociation?: string | null;
  tags?: string[];
}

function LicenceField({ form, defaultValue }: { form: FormState; defaultValue: string }) {
  const { t } = useTranslation();
  const licences = useQuery(licencesQuery);
  const items = licences.data?.items ?? [];
  return (
    <Field
      as="select"
      label={t("commons.fields.licence")}
      name="licence"
      required
      key={items.length}
      defaultValue={defaultValue}
      disabled={!licences.data}
      hint={licences.error ? t("commons.fields.licencesError", { detail: licences.error.detail }) : t("commons.fields.licenceHint")}
      error={form.error("licence")}
    >
      <option value="" disabled>
        {licences.data ? t("commons.fields.chooseLicence") : t("commons.fields.loadingLicences")}
      </option>
      {LICENCE_FAMILIES.map((family) => {
        const inFamily = items.filter((l) => l.family === family);
        return inFamily.length > 0 ? (
          <optgroup key={family} label={LICENCE_FAMILY_LABEL[family]}>
            {inFamily.map((l) => (
              <option key={l.id} value={l.id}>
                {l.name}
              </option>
            ))}
          </optgroup>
        ) : null;
      })}
    </Field>
  );
}

function AssociationField({ form, defaultValue }: { form: FormState; defaultValue: string }) {
  const { t } = useTranslation();
  const associations = useQuery(associationsQuery);
  return (
    <>
      <Field
        label={t("commons.fields.association")}
        name="stewardAssociation"
        optional
        maxLength={50}
        autoCapitalize="none"
        spellCheck={false}
        list="association-options"
        defaultValue={defaultValue}
        hint={t("commons.fields.associationHint")}
        error={form.error("stewardAssociation")}
      />
      <datalist id="association-options">
        {(associations.data?.items ?? []).map((a) => (
          <option key={a.slug} value={a.slug}>
            {a.name}
          </option>
        ))}
      </datalist>
    </>
  );
}

/** The fields a commons' creator and its stewards both edit. */
export function CommonsFields({
  form,
  defaults = {},
  withTitle = true,
}: {
  form: FormState;
  defaults?: CommonsDefaults;
  withTitle?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <>
      {withTitle ? (
        <Field
          label={t("commons.fields.title")}
          name="title"
          required
          maxLength={200}
          defaultValue={defaults.title ?? ""}
          error={form.error("title")}
        />
      ) : null}
      <Field
        as="textarea"
        label={t("commons.fields.summary")}
        name="summary"
        optional
        maxLength={2000}
        rows={4}
        defaultValue={defaults.summary ?? ""}
        hint={t("commons.fields.summaryHint")}
        error={form.error("summary")}
      />
      <LicenceField form={form} defaultValue={defaults.licence ?? ""} />
      <AssociationField form={form} defaultValue={defaults.stewardAssociation ?? ""} />
      <Field
        label={t("commons.fields.tags")}
        name="tags"
        optional
        autoCapitalize="none"
        spellCheck={false}
        defaultValue={(defaults.tags ?? []).join(", ")}
        hint={t("commons.fields.tagsHint")}
        error={form.error("tags")}
      />
    </>
  );
}

/** The form's text as the API wants it: tags as a list, an empty association as none. */
export function commonsFieldValues(v: Record<string, string>) {
  return {
    title: v.title ?? "",
    summary: v.summary ?? "",
    licence: v.licence ?? "",
    stewardAssociation: v.stewardAssociation?.trim() ? v.stewardAssociation.trim().toLowerCase() : null,
    tags: (v.tags ?? "")
      .split(",")
      .map((t) => t.trim().replace(/^#/, ""))
      .filter(Boolean),
  };
}

/** The API blames a bad tag by its position ("body.tags.1"); name the tag itself in the message. */
export function namingBadTags(err: unknown, tags: string[]): unknown {
  if (!(err instanceof ApiError)) return err;
  const errors = err.errors.map((e) => {
    const m = /^body\.tags\.(\d+)$/.exec(e.path);
    const tag = m ? tags[Number(m[1])] : undefined;
    return tag === undefined ? e : { ...e, message: i18n.t("commons.fields.badTag", { tag, message: e.message }) };
  });
  return new ApiError({ status: err.status, type: err.type, title: err.title, detail: err.detail, errors });
}
