import { useTranslation } from "react-i18next";
import { AcceptInput, RejectInput } from "../../../../src/modules/contributions/inputs.ts";
import { client } from "../../api/client.ts";
import { data } from "../../api/query.ts";
import type { Contribution } from "../../api/schema.ts";
import { useForm, validate } from "../../form.ts";
import { Field } from "../Field.tsx";
import { FormAlert } from "../FormAlert.tsx";
import { SubmitButton } from "../SubmitButton.tsx";
import { useContributionMutation } from "./queries.ts";

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
  const { t } = useTranslation();
  const form = useForm(["note"]);
  const params = { params: { path: { id: c.id } } };
  const reject = useContributionMutation(c, (body: { note: string }) =>
    data(client.POST("/api/contributions/{id}/reject", { ...params, body })),
  );
  const accept = useContributionMutation(c, (body: { note?: string }) =>
    data(client.POST("/api/contributions/{id}/accept", { ...params, body })),
  );
  return (
    <form
      className="card form review-panel"
      noValidate
      aria-labelledby="review-title"
      onSubmit={form.onSubmit(async (v, el) => {
        const note = (v.note ?? "").trim();
        if (v.decision === "reject") {
          await reject.mutateAsync(validate(RejectInput, { note }));
          onReviewed({ conflicted: false });
        } else {
          const { contribution } = await accept.mutateAsync(validate(AcceptInput, note ? { note } : {}));
          onReviewed({ conflicted: contribution.status === "conflicted" });
        }
        el.reset();
      })}
    >
      <h2 id="review-title">{t("commons.review.title")}</h2>
      <p className="field-hint">{conflicts > 0 ? t("commons.review.introConflicted") : t("commons.review.intro")}</p>
      <FormAlert messages={form.summary} />
      <Field
        as="textarea"
        label={t("commons.review.note")}
        name="note"
        rows={3}
        maxLength={5000}
        hint={conflicts === 0 ? t("commons.review.noteHint") : t("commons.review.noteHintReject")}
        error={form.error("note")}
      />
      <div className="form-actions">
        {conflicts === 0 ? (
          <SubmitButton busy={form.busy} busyLabel={t("commons.saving")}>
            {c.type === "work" ? t("commons.review.accept") : t("commons.review.acceptMerge")}
          </SubmitButton>
        ) : null}
        <button type="submit" name="decision" value="reject" className="button button--ghost-danger" disabled={form.busy}>
          {t("commons.review.reject")}
        </button>
      </div>
    </form>
  );
}
