import { useMutation, useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { client } from "../api/client.ts";
import { invalidateAffiliations } from "../api/foundation.ts";
import { apiQuery, data } from "../api/query.ts";
import type { Affiliation, ApiBody } from "../api/schema.ts";
import { useForm } from "../form.ts";
import { today } from "../format.ts";
import { Field } from "./Field.tsx";
import { FormAlert } from "./FormAlert.tsx";
import { SubmitButton } from "./SubmitButton.tsx";

const FIELDS = ["enterprise", "startsOn", "endsOn", "note"] as const;

function EnterpriseSelect({ error, defaultValue }: { error: string | undefined; defaultValue: string }) {
  const { t } = useTranslation();
  const enterprises = useQuery(apiQuery("/api/organizations", { query: { kind: "enterprise", limit: 100 } }));
  const items = enterprises.data?.items ?? [];
  return (
    <Field
      as="select"
      label={t("orgs.affiliation.enterprise")}
      name="enterprise"
      required
      key={enterprises.data ? "loaded" : "loading"}
      defaultValue={items.some((o) => o.slug === defaultValue) ? defaultValue : ""}
      disabled={!enterprises.data}
      hint={enterprises.data && items.length === 0 ? t("orgs.affiliation.noEnterprises") : t("orgs.affiliation.enterpriseHint")}
      error={error ?? enterprises.error?.detail}
    >
      <option value="" disabled>
        {enterprises.data ? t("orgs.form.choose") : t("common.loading")}
      </option>
      {items.map((o) => (
        <option key={o.slug} value={o.slug}>
          {o.name}
        </option>
      ))}
    </Field>
  );
}

/** Claim a new affiliation (with the enterprise), or edit one's dates and note. */
export function AffiliationForm({
  affiliation,
  enterprise = "",
  onSaved,
  onCancel,
}: {
  affiliation?: Affiliation;
  enterprise?: string;
  onSaved?: () => void;
  onCancel?: () => void;
}) {
  const { t } = useTranslation();
  const form = useForm(FIELDS);
  const save = useMutation({
    mutationFn: (body: ApiBody<"/api/affiliations/{id}", "patch"> & { startsOn: string; enterprise?: string }) =>
      affiliation
        ? data(client.PATCH("/api/affiliations/{id}", { params: { path: { id: affiliation.id } }, body }))
        : data(client.POST("/api/affiliations", { body: { ...body, enterprise: body.enterprise ?? "" } })),
    onSuccess: invalidateAffiliations,
  });
  return (
    <form
      className="form affiliation-form"
      noValidate
      onSubmit={form.onSubmit(async (v, el) => {
        const body = { startsOn: v.startsOn ?? "", endsOn: v.endsOn || null, note: v.note ?? "" };
        await save.mutateAsync(affiliation ? body : { enterprise: v.enterprise ?? "", ...body });
        if (!affiliation) el.reset();
        onSaved?.();
      })}
    >
      <FormAlert messages={form.summary} />
      {affiliation ? null : <EnterpriseSelect error={form.error("enterprise")} defaultValue={enterprise} />}
      <div className="form-row">
        <Field
          label={t("orgs.affiliation.startsOn")}
          name="startsOn"
          type="date"
          required
          defaultValue={affiliation?.startsOn ?? today()}
          error={form.error("startsOn")}
        />
        <Field
          label={t("orgs.affiliation.endsOn")}
          name="endsOn"
          type="date"
          optional
          defaultValue={affiliation?.endsOn ?? ""}
          hint={t("orgs.affiliation.endsOnHint")}
          error={form.error("endsOn")}
        />
      </div>
      <Field
        as="textarea"
        rows={2}
        label={t("orgs.affiliation.note")}
        name="note"
        optional
        maxLength={1000}
        defaultValue={affiliation?.note ?? ""}
        hint={t("orgs.affiliation.noteHint")}
        error={form.error("note")}
      />
      <div className="form-actions">
        <SubmitButton busy={form.busy} busyLabel={t("common.form.saving")}>
          {affiliation ? t("orgs.affiliation.save") : t("orgs.affiliation.claim")}
        </SubmitButton>
        {onCancel ? (
          <button type="button" className="button button--secondary" onClick={onCancel}>
            {t("orgs.confirm.cancel")}
          </button>
        ) : null}
      </div>
    </form>
  );
}
