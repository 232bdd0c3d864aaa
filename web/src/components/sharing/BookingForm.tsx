import { useMutation } from "@tanstack/react-query";
import { type RefObject, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { NewBookingInput } from "../../../../src/modules/sharing/inputs.ts";
import { client } from "../../api/client.ts";
import { data } from "../../api/query.ts";
import type { ApiBody } from "../../api/schema.ts";
import { useForm, validate } from "../../form.ts";
import { formatDate } from "../../format.ts";
import { Field } from "../Field.tsx";
import { FormAlert } from "../FormAlert.tsx";
import { SubmitButton } from "../SubmitButton.tsx";
import { OpeningHoursList, RuleList } from "./LibraryFacts.tsx";
import type { Availability, FreePeriod, Library } from "./labels.ts";
import { invalidateSharing, nextFreeCatcher } from "./queries.ts";
import { addDays, daysOf, describePeriod, fromLocalInput, localInputValue } from "./time.ts";

type NewBooking = ApiBody<"/api/libraries/{slug}/resources/{type}/bookings", "post">;

/** What the form holds: days for whole-day bookings, library-clock datetime-local values for slots. */
export interface BookingValues {
  firstDay: string;
  lastDay: string;
  startsAt: string;
  endsAt: string;
  note: string;
}

export const EMPTY_BOOKING: BookingValues = { firstDay: "", lastDay: "", startsAt: "", endsAt: "", note: "" };

const FIELDS = ["firstDay", "lastDay", "startsAt", "endsAt", "note", "unit"] as const;

/** The form's values for a period the server offered (or a day the calendar chose). */
export function valuesFor(period: FreePeriod, availability: Availability, note: string): BookingValues {
  const tz = availability.timeZone;
  if (availability.rules.granularity === "day") return { ...EMPTY_BOOKING, ...daysOf(period.startsAt, period.endsAt, tz), note };
  return { ...EMPTY_BOOKING, startsAt: localInputValue(period.startsAt, tz), endsAt: localInputValue(period.endsAt, tz), note };
}

/** Moves focus to the form's first field (after a day or a period is chosen for it). */
export function focusFirstField(form: HTMLFormElement | null) {
  form?.querySelector<HTMLInputElement>("input")?.focus();
}

function bodyOf(values: BookingValues, availability: Availability): NewBooking {
  const note = values.note.trim() || undefined;
  if (availability.rules.granularity === "day") {
    return { firstDay: values.firstDay || undefined, lastDay: values.lastDay || undefined, note };
  }
  const tz = availability.timeZone;
  return { startsAt: fromLocalInput(values.startsAt, tz) || undefined, endsAt: fromLocalInput(values.endsAt, tz) || undefined, note };
}

/** After a refusal: the next free periods (each fills the form) and the waitlist for the period asked for. */
function NothingFree({
  slug,
  type,
  asked,
  periods,
  availability,
  onChoose,
}: {
  slug: string;
  type: string;
  asked: NewBooking;
  periods: FreePeriod[];
  availability: Availability;
  onChoose: (period: FreePeriod) => void;
}) {
  const { t } = useTranslation();
  const tz = availability.timeZone;
  const join = useMutation({
    mutationFn: () =>
      data(client.POST("/api/libraries/{slug}/resources/{type}/waitlist", { params: { path: { slug, type } }, body: asked })),
    onSuccess: () => invalidateSharing(),
  });
  const askedPeriod =
    asked.firstDay && asked.lastDay
      ? asked.firstDay === asked.lastDay
        ? formatDate(asked.firstDay)
        : `${formatDate(asked.firstDay)} – ${formatDate(asked.lastDay)}`
      : asked.startsAt && asked.endsAt
        ? describePeriod(asked.startsAt, asked.endsAt, tz)
        : "";
  return (
    <section className="card sharing-nothing-free" aria-labelledby="nothing-free-title">
      <h3 id="nothing-free-title">{t("sharing.book.nothingFree", { period: askedPeriod })}</h3>
      {periods.length ? (
        <>
          <p>{t("sharing.book.nextFreeIntro")}</p>
          <ul className="sharing-next-free">
            {periods.map((p) => (
              <li key={p.startsAt}>
                <button type="button" className="button button--secondary" onClick={() => onChoose(p)}>
                  {describePeriod(p.startsAt, p.endsAt, tz)}
                </button>
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p>{t("sharing.book.noneLater")}</p>
      )}
      <h4>{t("sharing.book.waitlistTitle")}</h4>
      <p className="muted">{t("sharing.book.waitlistIntro", { hours: availability.rules.offerHours })}</p>
      {join.data ? (
        <p className="notice" role="status">
          {t("sharing.book.inLine", { position: join.data.position, period: askedPeriod })}{" "}
          <Link to="/me/bookings">{t("sharing.book.seeMine")}</Link>
        </p>
      ) : (
        <>
          {join.error ? <FormAlert messages={[join.error.detail]} /> : null}
          <button
            type="button"
            className="button button--primary"
            disabled={join.isPending}
            aria-busy={join.isPending || undefined}
            onClick={() => join.mutate()}
          >
            {join.isPending ? t("sharing.book.joining") : t("sharing.book.joinWaitlist", { period: askedPeriod })}
          </button>
        </>
      )}
    </section>
  );
}

/**
 * Booking a resource: whole days (first and last day) or a time slot (start and end), as its rules say,
 * with the rules the form applies beside it. The server's refusals appear under their fields; when
 * nothing is free, the next free periods fill the form and the waitlist is offered instead.
 */
export function BookingForm({
  slug,
  type,
  library,
  availability,
  today,
  values,
  onValues,
  formRef,
}: {
  slug: string;
  type: string;
  library: Library;
  availability: Availability;
  today: string;
  values: BookingValues;
  onValues: (values: BookingValues) => void;
  /** The form, so the page can move focus to its first field after choosing a day. */
  formRef: RefObject<HTMLFormElement | null>;
}) {
  const { t } = useTranslation();
  const form = useForm(FIELDS);
  const [refused, setRefused] = useState<{ asked: NewBooking; periods: FreePeriod[] } | null>(null);
  const [filled, setFilled] = useState("");
  const caught = useRef<FreePeriod[] | null>(null);
  const rules = availability.rules;
  const tz = availability.timeZone;
  const byDays = rules.granularity === "day";
  const book = useMutation({
    mutationFn: (body: NewBooking) =>
      data(
        client.POST("/api/libraries/{slug}/resources/{type}/bookings", {
          params: { path: { slug, type } },
          body,
          middleware: [
            nextFreeCatcher((periods) => {
              caught.current = periods;
            }),
          ],
        }),
      ),
    onSuccess: () => invalidateSharing(),
  });
  const set = (name: keyof BookingValues) => (e: { target: { value: string } }) => onValues({ ...values, [name]: e.target.value });
  const unitCode = (id: string) => availability.units.find((u) => u.id === id)?.code ?? "";
  const horizon = addDays(today, rules.horizonDays);
  const step = String(rules.slotMinutes * 60);

  return (
    <div className="sharing-book">
      <form
        ref={formRef}
        className="card form sharing-book-form"
        noValidate
        aria-labelledby="book-title"
        onSubmit={form.onSubmit(async () => {
          setRefused(null);
          setFilled("");
          book.reset();
          caught.current = null;
          const body = validate(NewBookingInput, bodyOf(values, availability));
          try {
            await book.mutateAsync(body);
          } catch (err) {
            if (caught.current) setRefused({ asked: body, periods: caught.current });
            throw err;
          }
        })}
      >
        <h2 id="book-title">{t("sharing.book.title")}</h2>
        <FormAlert messages={form.summary} />
        {byDays ? (
          <div className="form-row">
            <Field
              label={t("sharing.book.firstDay")}
              name="firstDay"
              type="date"
              min={today}
              max={horizon}
              value={values.firstDay}
              onChange={(e) => {
                const firstDay = e.target.value;
                // A last day before the new first day follows it.
                onValues({ ...values, firstDay, lastDay: !values.lastDay || values.lastDay < firstDay ? firstDay : values.lastDay });
              }}
              error={form.error("firstDay")}
            />
            <Field
              label={t("sharing.book.lastDay")}
              name="lastDay"
              type="date"
              min={values.firstDay || today}
              value={values.lastDay}
              onChange={set("lastDay")}
              error={form.error("lastDay")}
              hint={t("sharing.book.lastDayHint")}
            />
          </div>
        ) : (
          <div className="form-row">
            <Field
              label={t("sharing.book.startsAt")}
              name="startsAt"
              type="datetime-local"
              step={step}
              value={values.startsAt}
              onChange={(e) => {
                const startsAt = e.target.value;
                const start = fromLocalInput(startsAt, tz);
                const endsAt =
                  start && (!values.endsAt || values.endsAt <= startsAt)
                    ? localInputValue(new Date(start).getTime() + rules.slotMinutes * 60_000, tz)
                    : values.endsAt;
                onValues({ ...values, startsAt, endsAt });
              }}
              error={form.error("startsAt")}
            />
            <Field
              label={t("sharing.book.endsAt")}
              name="endsAt"
              type="datetime-local"
              step={step}
              value={values.endsAt}
              onChange={set("endsAt")}
              error={form.error("endsAt")}
              hint={t("sharing.book.endsAtHint")}
            />
          </div>
        )}
        {form.error("unit") ? <p className="field-error">{form.error("unit")}</p> : null}
        <Field
          as="textarea"
          rows={2}
          label={t("sharing.book.note")}
          name="note"
          optional
          value={values.note}
          onChange={set("note")}
          error={form.error("note")}
        />
        <p className="muted small">{t("sharing.calendar.zone", { timeZone: tz })}</p>
        {filled ? (
          <p className="notice" role="status">
            {t("sharing.book.filled", { period: filled })}
          </p>
        ) : null}
        <div className="form-actions">
          <SubmitButton busy={form.busy} busyLabel={t("sharing.book.busy")}>
            {t("sharing.book.submit")}
          </SubmitButton>
        </div>
        {book.data ? (
          <p className="notice" role="status">
            {t(book.data.status === "requested" ? "sharing.book.requested" : "sharing.book.booked", {
              unit: unitCode(book.data.unit),
              period: describePeriod(book.data.startsAt, book.data.endsAt, tz),
            })}{" "}
            <Link to="/me/bookings">{t("sharing.book.seeMine")}</Link>
          </p>
        ) : null}
      </form>
      <aside className="card sharing-book-rules" aria-labelledby="book-rules-title">
        <h3 id="book-rules-title">{t("sharing.book.rulesTitle")}</h3>
        <RuleList rules={rules} currency={library.currency} formOnly />
        <h4>{t("sharing.library.hours")}</h4>
        <OpeningHoursList hours={library.openingHours} compact />
      </aside>
      {refused ? (
        <NothingFree
          slug={slug}
          type={type}
          asked={refused.asked}
          periods={refused.periods}
          availability={availability}
          onChoose={(p) => {
            onValues(valuesFor(p, availability, values.note));
            form.clear();
            setFilled(describePeriod(p.startsAt, p.endsAt, tz));
            focusFirstField(formRef.current);
          }}
        />
      ) : null}
    </div>
  );
}
