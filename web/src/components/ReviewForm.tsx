import { useMutation } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { client } from "../api/client.ts";
import { invalidateAffiliations } from "../api/foundation.ts";
import { data } from "../api/query.ts";
import type { Affiliation, ApiBody } from "../api/schema.ts";
import { useForm } from "../form.ts";
import { Field } from "./Field.tsx";
import { FormAlert } from "./FormAlert.tsx";

/** A steward confirms or disputes that the enterprise pays this person, with a note. */
export function ReviewForm({ affiliation }: { affiliation: Affiliation }) {
  const { t } = useTranslation();
  const form = useForm(["note", "decision"]);
  const review = useMutation({
    mutationFn: (body: ApiBody<"/api/affiliations/{id}/review", "post">) =>
      data(client.POST("/api/affiliations/{id}/review", { params: { path: { id: affiliation.id } }, body })),
    onSuccess: invalidateAffiliations,
  });
  return (
    <form
      className="review-form"
      noValidate
      onSubmit={form.onSubmit(async (v) => {
        await review.mutateAsync({ decision: v.decision === "disputed" ? "disputed" : "confirmed", note: v.note ?? "" });
      })}
    >
      <FormAlert messages={form.summary} />
      <Field
        as="textarea"
        rows={2}
        label={t("orgs.review.note", { name: affiliation.person.name })}
        name="note"
        optional
        maxLength={1000}
        defaultValue={affiliation.reviewNote}
        hint={t("orgs.review.noteHint")}
        error={form.error("note")}
      />
      <div className="form-actions">
        <button type="submit" name="decision" value="confirmed" className="button button--primary button--small" disabled={form.busy}>
          {affiliation.status === "confirmed" ? t("orgs.review.confirmAgain") : t("orgs.review.confirm")}
        </button>
        <button type="submit" name="decision" value="disputed" className="button button--secondary button--small" disabled={form.busy}>
          {t("orgs.review.dispute")}
        </button>
      </div>
    </form>
  );
}
