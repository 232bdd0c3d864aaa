import { useState } from "react";
import { Link } from "react-router";
import { treasuryApi } from "../../api/treasury.ts";
import { useForm } from "../../form.ts";
import { formatDate, today } from "../../format.ts";
import { useAction } from "../../hooks.ts";
import { FEE_PERIODS, type FeePeriod, type FeeStatus } from "../../types/treasury.ts";
import { Field } from "../Field.tsx";
import { FormAlert } from "../FormAlert.tsx";
import { SubmitButton } from "../SubmitButton.tsx";
import { Amount } from "./Amount.tsx";
import { AmountInput } from "./AmountInput.tsx";
import { CurrencyField } from "./CurrencyField.tsx";
import { FEE_PERIOD_LABEL } from "./labels.ts";
import { MoneyTable } from "./MoneyTable.tsx";
import { amountOrThrow } from "./money.ts";

/** The period's end comes exclusive (the next period's start); people read the last day. */
function dayBefore(day: string): string {
  const d = new Date(`${day}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

const PER: Record<FeePeriod, string> = { monthly: "a month", quarterly: "a quarter", yearly: "a year" };

/** A treasurer sets the fee from a day on. */
function ScheduleForm({ slug, currencies, onSet }: { slug: string; currencies: string[]; onSet: (s: FeeStatus) => void }) {
  const form = useForm(["amount", "currency", "period", "startsOn"]);
  const [currency, setCurrency] = useState(currencies[0] ?? "EUR");
  const day = today();
  return (
    <form
      className="form"
      noValidate
      onSubmit={form.onSubmit(async (v) =>
        onSet(
          await treasuryApi.setFeeSchedule(slug, {
            amount: amountOrThrow(v.amount, currency, "body.amount"),
            currency,
            period: (v.period ?? "yearly") as FeePeriod,
            startsOn: v.startsOn ?? "",
          }),
        ),
      )}
    >
      <FormAlert messages={form.summary} />
      <div className="form-row">
        <AmountInput currency={currency} required error={form.error("amount")} />
        <CurrencyField currencies={currencies} value={currency} onChange={setCurrency} error={form.error("currency")} />
        <Field as="select" label="Every" name="period" defaultValue="yearly" error={form.error("period")}>
          {FEE_PERIODS.map((p) => (
            <option key={p} value={p}>
              {FEE_PERIOD_LABEL[p]}
            </option>
          ))}
        </Field>
        <Field
          label="From"
          name="startsOn"
          type="date"
          required
          defaultValue={`${day.slice(0, 8)}01`}
          hint="Periods start on this day of the month (1–28)."
          error={form.error("startsOn")}
        />
      </div>
      <div className="form-actions">
        <SubmitButton busy={form.busy} busyLabel="Saving…" variant="secondary">
          Set the fee
        </SubmitButton>
      </div>
    </form>
  );
}

function RecordButton({
  slug,
  member,
  periodStart,
  onRecorded,
}: {
  slug: string;
  member: { handle: string; name: string };
  periodStart: string;
  onRecorded: (s: FeeStatus) => void;
}) {
  const action = useAction(() => undefined);
  return (
    <>
      <button
        type="button"
        className="button button--secondary button--small"
        disabled={action.busy}
        aria-busy={action.busy || undefined}
        onClick={() => action.run(async () => onRecorded(await treasuryApi.recordFee(slug, { member: member.handle, periodStart })))}
      >
        {action.busy ? "Recording…" : <>Record {member.name}'s payment</>}
      </button>
      {action.error ? (
        <p className="field-error" role="alert">
          {action.error.detail}
        </p>
      ) : null}
    </>
  );
}

/** Membership fees: the schedule, the current period and who has paid for it; treasurers record payments and set the fee. */
export function FeesPanel({
  slug,
  initial,
  canKeepBooks,
  currencies,
}: {
  slug: string;
  initial: FeeStatus;
  canKeepBooks: boolean;
  currencies: string[];
}) {
  const [status, setStatus] = useState(initial);
  const [editing, setEditing] = useState(false);
  const s = status.schedule;
  const paid = status.members.filter((m) => m.paid).length;
  const recording = canKeepBooks && paid < status.members.length;
  return (
    <>
      {s ? (
        <p>
          <strong>
            <Amount amount={s.amount} currency={s.currency} /> {PER[s.period]}
          </strong>{" "}
          since {formatDate(s.startsOn)}.
          {status.periodStart && status.periodEnd ? (
            <>
              {" "}
              This period runs {formatDate(status.periodStart)} – {formatDate(dayBefore(status.periodEnd))}: {paid} of{" "}
              {status.members.length} members have paid.
            </>
          ) : null}
        </p>
      ) : (
        <p className="muted">No membership fee is set.</p>
      )}
      {s && status.members.length ? (
        <MoneyTable
          caption="Who has paid the membership fee for this period"
          hideCaption
          headLabel="Member"
          columns={[{ label: "This period", numeric: false }, ...(recording ? [{ label: "Record", numeric: false }] : [])]}
          rows={status.members.map((m) => ({
            key: m.handle,
            head: <Link to={`/people/${m.handle}`}>{m.name}</Link>,
            cells: [
              <span key="p" className={m.paid ? "paid-yes" : "muted"}>
                {m.paid ? "✓ Paid" : "Not yet"}
              </span>,
              ...(recording
                ? [
                    m.paid || !status.periodStart ? (
                      ""
                    ) : (
                      <RecordButton key="r" slug={slug} member={m} periodStart={status.periodStart} onRecorded={setStatus} />
                    ),
                  ]
                : []),
            ],
          }))}
        />
      ) : null}
      {canKeepBooks ? (
        editing ? (
          <section aria-labelledby="fee-schedule-title">
            <h3 id="fee-schedule-title">{s ? "Change the fee" : "Set a membership fee"}</h3>
            <ScheduleForm
              slug={slug}
              currencies={currencies}
              onSet={(next) => {
                setStatus(next);
                setEditing(false);
              }}
            />
          </section>
        ) : (
          <button type="button" className="button button--secondary button--small" onClick={() => setEditing(true)}>
            {s ? "Change the fee…" : "Set a membership fee…"}
          </button>
        )
      ) : null}
    </>
  );
}
