/** The desk's actions: hand a unit out, take it back (with any problem), mark a held unit checked, resolve a problem. */
import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { CheckInInput, CheckOutInput, ResolveInput } from "../../../../src/modules/sharing/inputs.ts";
import { client } from "../../api/client.ts";
import { data } from "../../api/query.ts";
import type { ApiBody } from "../../api/schema.ts";
import { useForm, validate } from "../../form.ts";
import { Field } from "../Field.tsx";
import { FormAlert } from "../FormAlert.tsx";
import { SubmitButton } from "../SubmitButton.tsx";
import { CONDITION_LABEL, CONDITIONS, type Condition, type ProblemSeverity, SEVERITIES, SEVERITY_HINT, SEVERITY_LABEL } from "./labels.ts";
import { invalidateSharing } from "./queries.ts";

function ConditionField({
  name,
  label,
  error,
  defaultValue = "good",
}: {
  name: string;
  label: string;
  error?: string | undefined;
  defaultValue?: Condition;
}) {
  return (
    <Field as="select" label={label} name={name} defaultValue={defaultValue} error={error}>
      {CONDITIONS.map((c) => (
        <option key={c} value={c}>
          {CONDITION_LABEL[c]}
        </option>
      ))}
    </Field>
  );
}

const asCondition = (v: string | undefined) => ((CONDITIONS as string[]).includes(v ?? "") ? (v as Condition) : "good");

/** Hand a booked unit to its borrower: its condition as it leaves, and any notes. */
export function CheckOutForm({ booking, label }: { booking: string; label: string }) {
  const { t } = useTranslation();
  const form = useForm(["condition", "notes"]);
  const checkOut = useMutation({
    mutationFn: (body: ApiBody<"/api/bookings/{id}/check-out", "post">) =>
      data(client.POST("/api/bookings/{id}/check-out", { params: { path: { id: booking } }, body })),
    onSuccess: () => invalidateSharing(),
  });
  return (
    <form
      className="form sharing-inline-form"
      noValidate
      aria-label={label}
      onSubmit={form.onSubmit(async (v) => {
        const body = validate(CheckOutInput, { condition: asCondition(v.condition), notes: v.notes?.trim() || undefined });
        await checkOut.mutateAsync(body);
      })}
    >
      <FormAlert messages={form.summary} />
      <div className="form-row">
        <ConditionField name="condition" label={t("sharing.desk.conditionOut")} error={form.error("condition")} />
        <Field as="textarea" rows={1} label={t("sharing.desk.notes")} name="notes" optional error={form.error("notes")} />
      </div>
      <div className="form-actions">
        <SubmitButton busy={form.busy} busyLabel={t("sharing.desk.checkingOut")}>
          {t("sharing.desk.checkOut")}
        </SubmitButton>
      </div>
    </form>
  );
}

/**
 * Take a unit back: its condition, notes, and a problem seen at the desk with its severity ("out of
 * service" takes the unit out and tells the people who booked it).
 */
export function CheckInForm({ loan, label }: { loan: string; label: string }) {
  const { t } = useTranslation();
  // body.problem.severity and body.problem.note both come back as "problem": they show under the problem's note.
  const form = useForm(["condition", "notes", "problem"]);
  const [severity, setSeverity] = useState<ProblemSeverity | "">("");
  const checkIn = useMutation({
    mutationFn: (body: ApiBody<"/api/loans/{id}/check-in", "post">) =>
      data(client.POST("/api/loans/{id}/check-in", { params: { path: { id: loan } }, body })),
    onSuccess: () => invalidateSharing(),
  });
  return (
    <form
      className="form sharing-inline-form"
      noValidate
      aria-label={label}
      onSubmit={form.onSubmit(async (v) => {
        const body = validate(CheckInInput, {
          condition: asCondition(v.condition),
          notes: v.notes?.trim() || undefined,
          problem: severity ? { severity, note: v.problem ?? "" } : undefined,
        });
        await checkIn.mutateAsync(body);
      })}
    >
      <FormAlert messages={form.summary} />
      <div className="form-row">
        <ConditionField name="condition" label={t("sharing.desk.conditionIn")} error={form.error("condition")} />
        <Field as="textarea" rows={1} label={t("sharing.desk.notes")} name="notes" optional error={form.error("notes")} />
      </div>
      <div className="form-row">
        <Field
          as="select"
          label={t("sharing.desk.problemSeverity")}
          name="severity"
          value={severity}
          onChange={(e) => setSeverity((SEVERITIES as string[]).includes(e.target.value) ? (e.target.value as ProblemSeverity) : "")}
          hint={severity ? SEVERITY_HINT[severity] : undefined}
        >
          <option value="">{t("sharing.desk.noProblem")}</option>
          {SEVERITIES.map((s) => (
            <option key={s} value={s}>
              {SEVERITY_LABEL[s]}
            </option>
          ))}
        </Field>
        {severity ? (
          <Field as="textarea" rows={2} label={t("sharing.desk.problemNote")} name="problem" error={form.error("problem")} />
        ) : null}
      </div>
      <div className="form-actions">
        <SubmitButton busy={form.busy} busyLabel={t("sharing.desk.checkingIn")}>
          {t("sharing.desk.checkIn")}
        </SubmitButton>
      </div>
    </form>
  );
}

/** A unit held for its maintenance check: "Checked" puts it back in service. */
export function CheckedButton({ unit, code }: { unit: string; code: string }) {
  const { t } = useTranslation();
  const checked = useMutation({
    mutationFn: () => data(client.POST("/api/units/{id}/checked", { params: { path: { id: unit } } })),
    onSuccess: () => invalidateSharing(),
  });
  return (
    <div className="sharing-row-action">
      {checked.error ? <FormAlert messages={[checked.error.detail]} /> : null}
      <button
        type="button"
        className="button button--primary button--small"
        disabled={checked.isPending}
        aria-busy={checked.isPending || undefined}
        aria-label={t("sharing.desk.checkedLabel", { code })}
        onClick={() => checked.mutate()}
      >
        {t("sharing.desk.checked")}
      </button>
    </div>
  );
}

/** Resolve a problem report: what was done. The unit is back in service when nothing else keeps it out. */
export function ResolveForm({ problem, label }: { problem: string; label: string }) {
  const { t } = useTranslation();
  const form = useForm(["resolution"]);
  const resolve = useMutation({
    mutationFn: (body: { resolution: string }) =>
      data(client.POST("/api/problems/{id}/resolve", { params: { path: { id: problem } }, body })),
    onSuccess: () => invalidateSharing(),
  });
  return (
    <form
      className="form sharing-inline-form"
      noValidate
      aria-label={label}
      onSubmit={form.onSubmit(async (v) => {
        const body = validate(ResolveInput, { resolution: v.resolution ?? "" });
        await resolve.mutateAsync(body);
      })}
    >
      <FormAlert messages={form.summary} />
      <Field as="textarea" rows={2} label={t("sharing.desk.resolution")} name="resolution" error={form.error("resolution")} />
      <div className="form-actions">
        <SubmitButton busy={form.busy}>{t("sharing.desk.resolve")}</SubmitButton>
      </div>
    </form>
  );
}
