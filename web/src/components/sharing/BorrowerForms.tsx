/**
 * What a borrower does with a booking or a loan from "My bookings": cancel it, move its end, report a
 * problem with the unit, and answer the one question after a return.
 */
import { useMutation, useQuery } from "@tanstack/react-query";
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { AnswerInput, ChangeEndInput, ProblemInput } from "../../../../src/modules/sharing/inputs.ts";
import { client } from "../../api/client.ts";
import { data } from "../../api/query.ts";
import type { ApiBody } from "../../api/schema.ts";
import { useForm, validate } from "../../form.ts";
import { Field } from "../Field.tsx";
import { FormAlert } from "../FormAlert.tsx";
import { LoadError, Loading } from "../States.tsx";
import { SubmitButton } from "../SubmitButton.tsx";
import { ANSWER_LABEL, ANSWERS, type MyBooking, SEVERITIES, SEVERITY_HINT, SEVERITY_LABEL, type WithoutLoanAnswer } from "./labels.ts";
import { availabilityQuery, invalidateSharing } from "./queries.ts";
import { daysOf, fromLocalInput, localInputValue, todayIn } from "./time.ts";

/** The resource's rules and units (public), read when a form needs them: the granularity, and unit ids by code. */
function useResourceFacts(booking: MyBooking, timeZone: string) {
  const today = todayIn(timeZone);
  return useQuery(availabilityQuery(booking.library, booking.resource, today, today));
}

/** Shorten or extend a booking: a new last day, or a new end time, as the resource's rules book it. */
export function ChangeEndForm({ booking, timeZone, onDone }: { booking: MyBooking; timeZone: string; onDone: (message: string) => void }) {
  const { t } = useTranslation();
  const form = useForm(["lastDay", "endsAt"]);
  const facts = useResourceFacts(booking, timeZone);
  const change = useMutation({
    mutationFn: (body: ApiBody<"/api/bookings/{id}/end", "post">) =>
      data(client.POST("/api/bookings/{id}/end", { params: { path: { id: booking.id } }, body })),
    onSuccess: () => invalidateSharing(),
  });
  if (facts.isPending) return <Loading label={t("sharing.mine.loadingRules")} />;
  if (!facts.data) return facts.error ? <LoadError error={facts.error} retry={() => void facts.refetch()} /> : null;
  const byDays = facts.data.rules.granularity === "day";
  return (
    <form
      className="form sharing-inline-form"
      noValidate
      onSubmit={form.onSubmit(async (v) => {
        const body = validate(
          ChangeEndInput,
          byDays ? { lastDay: v.lastDay || undefined } : { endsAt: fromLocalInput(v.endsAt ?? "", timeZone) || undefined },
        );
        await change.mutateAsync(body);
        onDone(t("sharing.mine.changed"));
      })}
    >
      <FormAlert messages={form.summary} />
      {byDays ? (
        <Field
          label={t("sharing.mine.newLastDay")}
          name="lastDay"
          type="date"
          min={daysOf(booking.startsAt, booking.endsAt, timeZone).firstDay}
          defaultValue={daysOf(booking.startsAt, booking.endsAt, timeZone).lastDay}
          error={form.error("lastDay")}
        />
      ) : (
        <Field
          label={t("sharing.mine.newEnd")}
          name="endsAt"
          type="datetime-local"
          step={String(facts.data.rules.slotMinutes * 60)}
          defaultValue={localInputValue(booking.endsAt, timeZone)}
          error={form.error("endsAt")}
          hint={t("sharing.calendar.zone", { timeZone })}
        />
      )}
      <div className="form-actions">
        <SubmitButton busy={form.busy}>{t("sharing.mine.changeSubmit")}</SubmitButton>
        <button type="button" className="button button--secondary" onClick={() => onDone("")}>
          {t("sharing.action.cancelForm")}
        </button>
      </div>
    </form>
  );
}

/** Report a problem with the unit one borrowed. Its id is read from the resource's public list of units, by its code. */
export function ReportProblemForm({
  booking,
  timeZone,
  onDone,
}: {
  booking: MyBooking;
  timeZone: string;
  onDone: (message: string) => void;
}) {
  const { t } = useTranslation();
  const form = useForm(["severity", "note", "photo"]);
  const facts = useResourceFacts(booking, timeZone);
  const report = useMutation({
    mutationFn: ({ unit, body }: { unit: string; body: ApiBody<"/api/units/{id}/problems", "post"> }) =>
      data(client.POST("/api/units/{id}/problems", { params: { path: { id: unit } }, body })),
    onSuccess: () => invalidateSharing(),
  });
  if (facts.isPending) return <Loading label={t("sharing.mine.loadingRules")} />;
  if (!facts.data) return facts.error ? <LoadError error={facts.error} retry={() => void facts.refetch()} /> : null;
  const unit = facts.data.units.find((u) => u.code === booking.unitCode);
  if (!unit) return <p className="muted">{t("sharing.mine.unitGone")}</p>;
  return (
    <ProblemFields
      form={form}
      onSubmit={async (v) => {
        const body = validate(ProblemInput, {
          severity: (v.severity ?? "note") as (typeof SEVERITIES)[number],
          note: v.note ?? "",
          photo: v.photo?.trim() || undefined,
        });
        await report.mutateAsync({ unit: unit.id, body });
        onDone(t("sharing.mine.reported"));
      }}
      onCancel={() => onDone("")}
    />
  );
}

function ProblemFields({
  form,
  onSubmit,
  onCancel,
}: {
  form: ReturnType<typeof useForm>;
  onSubmit: (values: Record<string, string>) => Promise<void>;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const [severity, setSeverity] = useState<(typeof SEVERITIES)[number]>("note");
  return (
    <form className="form sharing-inline-form" noValidate onSubmit={form.onSubmit(onSubmit)}>
      <FormAlert messages={form.summary} />
      <Field
        as="select"
        label={t("sharing.problem.severity")}
        name="severity"
        value={severity}
        onChange={(e) => setSeverity(e.target.value as (typeof SEVERITIES)[number])}
        error={form.error("severity")}
        hint={SEVERITY_HINT[severity]}
      >
        {SEVERITIES.map((s) => (
          <option key={s} value={s}>
            {SEVERITY_LABEL[s]}
          </option>
        ))}
      </Field>
      <Field as="textarea" rows={3} label={t("sharing.problem.note")} name="note" error={form.error("note")} />
      <Field
        label={t("sharing.problem.photo")}
        name="photo"
        type="url"
        optional
        error={form.error("photo")}
        hint={t("sharing.problem.photoHint")}
      />
      <div className="form-actions">
        <SubmitButton busy={form.busy}>{t("sharing.problem.submit")}</SubmitButton>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {t("sharing.action.cancelForm")}
        </button>
      </div>
    </form>
  );
}

/** The one question after a return, with why it is asked; answered once. */
export function WithoutLoanQuestion({ loanId }: { loanId: string }) {
  const { t } = useTranslation();
  const id = useId();
  const form = useForm(["withoutLoan"]);
  const answer = useMutation({
    mutationFn: (withoutLoan: WithoutLoanAnswer) =>
      data(client.POST("/api/loans/{id}/answer", { params: { path: { id: loanId } }, body: { withoutLoan } })),
    onSuccess: () => invalidateSharing(),
  });
  const error = form.error("withoutLoan");
  return (
    <form
      className="form sharing-question"
      noValidate
      onSubmit={form.onSubmit(async (v) => {
        const body = validate(AnswerInput, { withoutLoan: (v.withoutLoan ?? "") as WithoutLoanAnswer });
        await answer.mutateAsync(body.withoutLoan);
      })}
    >
      <FormAlert messages={form.summary} />
      <fieldset className="field" aria-describedby={`${id}-why${error ? ` ${id}-error` : ""}`} aria-invalid={error ? true : undefined}>
        <legend className="sharing-question-title">{t("sharing.question.title")}</legend>
        <p id={`${id}-why`} className="field-hint">
          {t("sharing.question.why")}
        </p>
        <div className="sharing-choices">
          {ANSWERS.map((a) => (
            <label key={a} className="radio">
              <input type="radio" name="withoutLoan" value={a} />
              {ANSWER_LABEL[a]}
            </label>
          ))}
        </div>
        {error ? (
          <p id={`${id}-error`} className="field-error">
            {error}
          </p>
        ) : null}
      </fieldset>
      <div className="form-actions">
        <SubmitButton busy={form.busy}>{t("sharing.question.submit")}</SubmitButton>
      </div>
    </form>
  );
}
