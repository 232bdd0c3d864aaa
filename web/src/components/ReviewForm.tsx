import { api } from "../api.ts";
import { useForm } from "../form.ts";
import type { Affiliation } from "../types.ts";
import { Field } from "./Field.tsx";
import { FormAlert } from "./FormAlert.tsx";

/** A steward confirms or disputes that the enterprise pays this person, with a note. */
export function ReviewForm({ affiliation, onReviewed }: { affiliation: Affiliation; onReviewed: () => void }) {
  const form = useForm(["note", "decision"]);
  return (
    <form
      className="review-form"
      noValidate
      onSubmit={form.onSubmit(async (v) => {
        await api.reviewAffiliation(affiliation.id, { decision: v.decision === "disputed" ? "disputed" : "confirmed", note: v.note ?? "" });
        onReviewed();
      })}
    >
      <FormAlert messages={form.summary} />
      <Field
        as="textarea"
        rows={2}
        label={`Note about ${affiliation.person.name}'s affiliation`}
        name="note"
        optional
        maxLength={1000}
        defaultValue={affiliation.reviewNote}
        hint="Shown publicly with your decision."
        error={form.error("note")}
      />
      <div className="form-actions">
        <button type="submit" name="decision" value="confirmed" className="button button--primary button--small" disabled={form.busy}>
          {affiliation.status === "confirmed" ? "Confirm again" : "Confirm"}
        </button>
        <button type="submit" name="decision" value="disputed" className="button button--secondary button--small" disabled={form.busy}>
          Dispute
        </button>
      </div>
    </form>
  );
}
