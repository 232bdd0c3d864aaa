import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { Trans, useTranslation } from "react-i18next";
import { Link } from "react-router";
import { FeePaymentInput, FeeScheduleInput } from "../../../../src/modules/treasury/inputs.ts";
import { client } from "../../api/client.ts";
import { data, queryClient } from "../../api/query.ts";
import type { ApiBody, FeePeriod, FeeStatus } from "../../api/schema.ts";
import { useForm, validate } from "../../form.ts";
import { formatDate, today } from "../../format.ts";
import { Field } from "../Field.tsx";
import { FormAlert } from "../FormAlert.tsx";
import { SubmitButton } from "../SubmitButton.tsx";
import { Amount } from "./Amount.tsx";
import { AmountInput } from "./AmountInput.tsx";
import { CurrencyField } from "./CurrencyField.tsx";
import { FEE_PERIOD_LABEL, FEE_PERIODS } from "./labels.ts";
import { MoneyTable } from "./MoneyTable.tsx";
import { amountOrThrow } from "./money.ts";
import { feesQuery, invalidateTreasury } from "./queries.ts";

/** The fee status a write answers with is the newest: shown at once, then everything it changed is refreshed. */
const settle = (slug: string) => (status: FeeStatus) => {
  queryClient.setQueryData(feesQuery(slug).queryKey, status);
  return invalidateTreasury();
};

/** The period's end comes exclusive (the next period's start); people read the last day. */
function dayBefore(day: string): string {
  const d = new Date(`${day}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

/** A treasurer sets the fee from a day on. */
function ScheduleForm({ slug, currencies, onSet }: { slug: string; currencies: string[]; onSet: () => void }) {
  const { t } = useTranslation();
  const form = useForm(["amount", "currency", "period", "startsOn"]);
  const schedule = useMutation({
    mutationFn: (body: ApiBody<"/api/organizations/{slug}/fee-schedules", "post">) =>
      data(client.POST("/api/organizations/{slug}/fee-schedules", { params: { path: { slug } }, body })),
    onSuccess: settle(slug),
  });
  const [currency, setCurrency] = useState(currencies[0] ?? "EUR");
  const day = today();
  return (
    <form
      className="form"
      noValidate
      onSubmit={form.onSubmit(async (v) => {
        const body = validate(FeeScheduleInput, {
          amount: amountOrThrow(v.amount, currency, "body.amount"),
          currency,
          period: (v.period ?? "yearly") as FeePeriod,
          startsOn: v.startsOn ?? "",
        });
        await schedule.mutateAsync(body);
        onSet();
      })}
    >
      <FormAlert messages={form.summary} />
      <div className="form-row">
        <AmountInput currency={currency} required error={form.error("amount")} />
        <CurrencyField currencies={currencies} value={currency} onChange={setCurrency} error={form.error("currency")} />
        <Field as="select" label={t("treasury.fees.every")} name="period" defaultValue="yearly" error={form.error("period")}>
          {FEE_PERIODS.map((p) => (
            <option key={p} value={p}>
              {FEE_PERIOD_LABEL[p]}
            </option>
          ))}
        </Field>
        <Field
          label={t("treasury.fees.from")}
          name="startsOn"
          type="date"
          required
          defaultValue={`${day.slice(0, 8)}01`}
          hint={t("treasury.fees.fromHint")}
          error={form.error("startsOn")}
        />
      </div>
      <div className="form-actions">
        <SubmitButton busy={form.busy} busyLabel={t("treasury.fees.saving")} variant="secondary">
          {t("treasury.fees.set")}
        </SubmitButton>
      </div>
    </form>
  );
}

function RecordButton({ slug, member, periodStart }: { slug: string; member: { handle: string; name: string }; periodStart: string }) {
  const { t } = useTranslation();
  const action = useMutation({
    mutationFn: (body: ApiBody<"/api/organizations/{slug}/fees", "post">) =>
      data(client.POST("/api/organizations/{slug}/fees", { params: { path: { slug } }, body: validate(FeePaymentInput, body) })),
    onSuccess: settle(slug),
  });
  return (
    <>
      <button
        type="button"
        className="button button--secondary button--small"
        disabled={action.isPending}
        aria-busy={action.isPending || undefined}
        onClick={() => action.mutate({ member: member.handle, periodStart })}
      >
        {action.isPending ? t("treasury.fees.recording") : t("treasury.fees.record", { name: member.name })}
      </button>
      {action.isError ? (
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
  status,
  canKeepBooks,
  currencies,
}: {
  slug: string;
  status: FeeStatus;
  canKeepBooks: boolean;
  currencies: string[];
}) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const s = status.schedule;
  const paid = status.members.filter((m) => m.paid).length;
  const recording = canKeepBooks && paid < status.members.length;
  return (
    <>
      {s ? (
        <p>
          <Trans
            i18nKey="treasury.fees.schedule"
            values={{ period: s.period, since: formatDate(s.startsOn) }}
            components={{ strong: <strong />, amount: <Amount amount={s.amount} currency={s.currency} /> }}
          />
          {status.periodStart && status.periodEnd ? (
            <>
              {" "}
              {t("treasury.fees.period", {
                start: formatDate(status.periodStart),
                end: formatDate(dayBefore(status.periodEnd)),
                paid,
                count: status.members.length,
              })}
            </>
          ) : null}
        </p>
      ) : (
        <p className="muted">{t("treasury.fees.none")}</p>
      )}
      {s && status.members.length ? (
        <MoneyTable
          caption={t("treasury.fees.caption")}
          hideCaption
          headLabel={t("treasury.fees.member")}
          columns={[
            { label: t("treasury.fees.thisPeriod"), numeric: false },
            ...(recording ? [{ label: t("treasury.fees.recordColumn"), numeric: false }] : []),
          ]}
          rows={status.members.map((m) => ({
            key: m.handle,
            head: <Link to={`/people/${m.handle}`}>{m.name}</Link>,
            cells: [
              <span key="p" className={m.paid ? "paid-yes" : "muted"}>
                {m.paid ? t("treasury.fees.paid") : t("treasury.fees.notYet")}
              </span>,
              ...(recording
                ? [m.paid || !status.periodStart ? "" : <RecordButton key="r" slug={slug} member={m} periodStart={status.periodStart} />]
                : []),
            ],
          }))}
        />
      ) : null}
      {canKeepBooks ? (
        editing ? (
          <section aria-labelledby="fee-schedule-title">
            <h3 id="fee-schedule-title">{s ? t("treasury.fees.changeTitle") : t("treasury.fees.setTitle")}</h3>
            <ScheduleForm slug={slug} currencies={currencies} onSet={() => setEditing(false)} />
          </section>
        ) : (
          <button type="button" className="button button--secondary button--small" onClick={() => setEditing(true)}>
            {s ? t("treasury.fees.change") : t("treasury.fees.setOpen")}
          </button>
        )
      ) : null}
    </>
  );
}
