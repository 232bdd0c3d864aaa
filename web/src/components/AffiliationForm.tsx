import { useMutation, useQuery } from "@tanstack/react-query";
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
  const enterprises = useQuery(apiQuery("/api/organizations", { query: { kind: "enterprise", limit: 100 } }));
  const items = enterprises.data?.items ?? [];
  return (
    <Field
      as="select"
      label="Enterprise"
      name="enterprise"
      required
      key={enterprises.data ? "loaded" : "loading"}
      defaultValue={items.some((o) => o.slug === defaultValue) ? defaultValue : ""}
      disabled={!enterprises.data}
      hint={enterprises.data && items.length === 0 ? "There are no enterprises on this instance yet." : "The enterprise that pays you."}
      error={error ?? enterprises.error?.detail}
    >
      <option value="" disabled>
        {enterprises.data ? "Choose…" : "Loading…"}
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
          label="Started on"
          name="startsOn"
          type="date"
          required
          defaultValue={affiliation?.startsOn ?? today()}
          error={form.error("startsOn")}
        />
        <Field
          label="Ended on"
          name="endsOn"
          type="date"
          optional
          defaultValue={affiliation?.endsOn ?? ""}
          hint="Leave empty while it lasts."
          error={form.error("endsOn")}
        />
      </div>
      <Field
        as="textarea"
        rows={2}
        label="Note"
        name="note"
        optional
        maxLength={1000}
        defaultValue={affiliation?.note ?? ""}
        hint="e.g. what you are paid to work on."
        error={form.error("note")}
      />
      <div className="form-actions">
        <SubmitButton busy={form.busy} busyLabel="Saving…">
          {affiliation ? "Save affiliation" : "Claim affiliation"}
        </SubmitButton>
        {onCancel ? (
          <button type="button" className="button button--secondary" onClick={onCancel}>
            Cancel
          </button>
        ) : null}
      </div>
    </form>
  );
}
