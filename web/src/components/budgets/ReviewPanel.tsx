import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ReviewInput } from "../../../../src/modules/budgeting/inputs.ts";
import { client } from "../../api/client.ts";
import { data } from "../../api/query.ts";
import type { ApiBody } from "../../api/schema.ts";
import { useForm, validate } from "../../form.ts";
import { Field } from "../Field.tsx";
import { FormAlert } from "../FormAlert.tsx";
import { SubmitButton } from "../SubmitButton.tsx";
import { AmountInput } from "../treasury/AmountInput.tsx";
import { amountOrThrow } from "../treasury/money.ts";
import { fieldProblem } from "../treasury/problems.ts";
import type { Call, Project } from "./labels.ts";
import { invalidateProjects } from "./queries.ts";

type ReviewBody = ApiBody<"/api/calls/{slug}/projects/{number}/review", "post">;

const FIELDS = ["eligible", "reason", "cost", "costNote"];

/**
 * The public body's review of a project: eligible or not, with a public reason, and an adjusted cost with
 * its public note. The API says nothing of who may review before one tries, so the panel is offered to
 * anyone signed in while review is possible, folded, and the server's refusal (only the body's stewards
 * and maintainers review) shows in it like any other problem.
 */
export function ReviewPanel({ call, project }: { call: Call; project: Project }) {
  const { t } = useTranslation();
  const form = useForm(FIELDS);
  const [done, setDone] = useState<boolean | null>(null);
  const review = useMutation({
    mutationFn: (body: ReviewBody) =>
      data(
        client.POST("/api/calls/{slug}/projects/{number}/review", {
          params: { path: { slug: call.slug, number: project.number } },
          body,
        }),
      ),
    onSuccess: () => invalidateProjects(call.slug),
  });
  const eligible = project.status === "eligible" ? "yes" : project.status === "ineligible" ? "no" : "";
  return (
    <details className="card pb-review-panel">
      <summary>{t("budgets.review.summary")}</summary>
      <form
        className="form"
        noValidate
        aria-labelledby="pb-review-title"
        onSubmit={form.onSubmit(async (v) => {
          setDone(null);
          if (v.eligible !== "yes" && v.eligible !== "no") throw fieldProblem("body.eligible", t("budgets.review.chooseOne"));
          const body: ReviewBody = {
            eligible: v.eligible === "yes",
            reason: v.reason?.trim() ?? "",
            ...(v.cost?.trim() ? { cost: amountOrThrow(v.cost, call.currency, "body.cost") } : {}),
            ...(v.costNote?.trim() ? { costNote: v.costNote.trim() } : {}),
          };
          const saved = await review.mutateAsync(validate(ReviewInput, body));
          setDone(saved.status === "eligible");
        })}
      >
        <h3 id="pb-review-title">{t("budgets.review.title")}</h3>
        <p className="muted small">{t("budgets.review.intro")}</p>
        <FormAlert messages={form.summary} />
        <fieldset className="field pb-choices" aria-describedby={form.error("eligible") ? "pb-eligible-error" : undefined}>
          <legend>{t("budgets.review.decision")}</legend>
          {form.error("eligible") ? (
            <p id="pb-eligible-error" className="field-error">
              {form.error("eligible")}
            </p>
          ) : null}
          <label className="pb-choice">
            <input
              type="radio"
              name="eligible"
              value="yes"
              defaultChecked={eligible === "yes"}
              aria-invalid={form.error("eligible") ? true : undefined}
            />
            <span>{t("budgets.review.eligible")}</span>
          </label>
          <label className="pb-choice">
            <input type="radio" name="eligible" value="no" defaultChecked={eligible === "no"} />
            <span>{t("budgets.review.ineligible")}</span>
          </label>
        </fieldset>
        <Field
          as="textarea"
          rows={3}
          label={t("budgets.review.reason")}
          name="reason"
          defaultValue={project.review?.reason ?? ""}
          hint={t("budgets.review.reasonHint")}
          error={form.error("reason")}
        />
        <AmountInput
          currency={call.currency}
          label={t("budgets.review.cost")}
          name="cost"
          optional
          hint={t("budgets.review.costHint")}
          error={form.error("cost")}
        />
        <Field
          as="textarea"
          rows={2}
          label={t("budgets.review.costNote")}
          name="costNote"
          optional
          defaultValue={project.review?.costNote ?? ""}
          error={form.error("costNote")}
        />
        <div className="form-actions">
          <SubmitButton busy={form.busy} busyLabel={t("budgets.review.saving")}>
            {t("budgets.review.save")}
          </SubmitButton>
          {done !== null ? (
            <span className="notice-inline" role="status">
              {done ? t("budgets.review.markedEligible") : t("budgets.review.markedIneligible")}
            </span>
          ) : null}
        </div>
      </form>
    </details>
  );
}
