import { api } from "../../api.ts";
import { useForm } from "../../form.ts";
import type { Contribution } from "../../types/commons.ts";
import { Field } from "../Field.tsx";
import { FormAlert } from "../FormAlert.tsx";
import { SubmitButton } from "../SubmitButton.tsx";

/**
 * The maintainers' decision: accept with an optional note, or reject with a note that says why.
 * Both notes are public. An accepted edit that overlaps newer changes comes back conflicted.
 */
export function ReviewPanel({
  c,
  conflicts,
  onReviewed,
}: {
  c: Contribution;
  /** Overlaps with newer revisions: until the author resolves them, accepting would only mark it conflicted again. */
  conflicts: number;
  onReviewed: (outcome: { conflicted: boolean }) => void;
}) {
  const form = useForm(["note"]);
  return (
    <form
      className="card form review-panel"
      noValidate
      aria-labelledby="review-title"
      onSubmit={form.onSubmit(async (v, el) => {
        const note = (v.note ?? "").trim();
        if (v.decision === "reject") {
          await api.rejectContribution(c.id, note);
          onReviewed({ conflicted: false });
        } else {
          const { contribution } = await api.acceptContribution(c.id, note || undefined);
          onReviewed({ conflicted: contribution.status === "conflicted" });
        }
        el.reset();
      })}
    >
      <h2 id="review-title">Review</h2>
      <p className="field-hint">
        As a maintainer of this commons you decide. Your note is public and shown to the contributor.
        {conflicts > 0 ? " It can be accepted once its author resolves the conflicts above; until then you can only reject it." : null}
      </p>
      <FormAlert messages={form.summary} />
      <Field
        as="textarea"
        label="Note"
        name="note"
        rows={3}
        maxLength={5000}
        hint={conflicts === 0 ? "Optional when accepting; required when rejecting. Markdown." : "Say why you reject it. Markdown."}
        error={form.error("note")}
      />
      <div className="form-actions">
        {conflicts === 0 ? (
          <SubmitButton busy={form.busy} busyLabel="Saving…">
            {c.type === "work" ? "Accept" : "Accept and merge"}
          </SubmitButton>
        ) : null}
        <button type="submit" name="decision" value="reject" className="button button--ghost-danger" disabled={form.busy}>
          Reject
        </button>
      </div>
    </form>
  );
}
