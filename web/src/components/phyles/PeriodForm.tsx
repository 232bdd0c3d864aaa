import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { Trans, useTranslation } from "react-i18next";
import { PeriodInput } from "../../../../src/modules/phyles/inputs.ts";
import { client } from "../../api/client.ts";
import { data } from "../../api/query.ts";
import type { ApiBody, PhyleCharter } from "../../api/schema.ts";
import { useForm, validate } from "../../form.ts";
import { Field } from "../Field.tsx";
import { FormAlert } from "../FormAlert.tsx";
import { SubmitButton } from "../SubmitButton.tsx";
import { Amount } from "../treasury/Amount.tsx";
import { AmountInput } from "../treasury/AmountInput.tsx";
import { amountOrThrow, parseMoney } from "../treasury/money.ts";
import { BASIS_OF, DESTINATION_IN_SENTENCE } from "./format.ts";
import { invalidatePeriods } from "./keys.ts";
import { formatBp } from "./percent.ts";

/** What the charter commits from these figures, as the server computes it: floor(share × base / 10,000). */
type Charter = NonNullable<PhyleCharter["charter"]>;

function committed(charter: Charter, revenue: string, costs: string): bigint | null {
  const r = parseMoney(revenue, charter.currency);
  if (!r.ok) return null;
  const c = costs.trim() ? parseMoney(costs, charter.currency) : ({ ok: true, minor: 0n } as const);
  if (!c.ok) return null;
  const base = charter.basis === "revenue" ? r.minor : r.minor > c.minor ? r.minor - c.minor : 0n;
  return (BigInt(charter.shareBp) * base) / 10_000n;
}

/**
 * Recording a period (treasurers): its dates, revenue and (on a surplus basis) costs. The commitment
 * shows as it is typed, so the treasurer sees what will leave the bank before posting it.
 */
export function PeriodForm({ slug, charter }: { slug: string; charter: Charter }) {
  const { t } = useTranslation();
  const form = useForm(["periodStart", "periodEnd", "revenue", "costs"]);
  const record = useMutation({
    mutationFn: (body: ApiBody<"/api/organizations/{slug}/phyle-periods", "post">) =>
      data(client.POST("/api/organizations/{slug}/phyle-periods", { params: { path: { slug } }, body })),
    onSuccess: () => invalidatePeriods(slug),
  });
  const [revenue, setRevenue] = useState("");
  const [costs, setCosts] = useState("");
  const preview = committed(charter, revenue, costs);
  const surplus = charter.basis === "surplus";

  return (
    <form
      className="phyle-period-form"
      noValidate
      onSubmit={form.onSubmit(async (values, el) => {
        const body = validate(PeriodInput, {
          periodStart: values.periodStart ?? "",
          periodEnd: values.periodEnd ?? "",
          revenue: amountOrThrow(values.revenue, charter.currency, "body.revenue"),
          costs: surplus && values.costs?.trim() ? amountOrThrow(values.costs, charter.currency, "body.costs") : 0,
        });
        await record.mutateAsync(body);
        el.reset();
        setRevenue("");
        setCosts("");
      })}
    >
      <FormAlert messages={form.summary} />
      <div className="form-row">
        <Field label={t("phyles.periodForm.firstDay")} name="periodStart" type="date" required error={form.error("periodStart")} />
        <Field label={t("phyles.periodForm.lastDay")} name="periodEnd" type="date" required error={form.error("periodEnd")} />
      </div>
      <div className="form-row">
        <AmountInput
          currency={charter.currency}
          label={t("phyles.periodForm.revenue")}
          name="revenue"
          value={revenue}
          onChange={(e) => setRevenue(e.target.value)}
          error={form.error("revenue")}
        />
        {surplus ? (
          <AmountInput
            currency={charter.currency}
            label={t("phyles.periodForm.costs")}
            name="costs"
            optional
            value={costs}
            onChange={(e) => setCosts(e.target.value)}
            error={form.error("costs")}
          />
        ) : null}
      </div>
      <div className="phyle-preview" aria-live="polite">
        {preview === null ? (
          <p className="muted">{t("phyles.periodForm.enter", { basis: charter.basis })}</p>
        ) : (
          <>
            <p>
              <Trans
                i18nKey="phyles.periodForm.preview"
                values={{ share: formatBp(charter.shareBp), basis: BASIS_OF[charter.basis] }}
                components={{ amount: <Amount amount={preview} currency={charter.currency} />, strong: <strong /> }}
              />
            </p>
            <ul>
              {charter.beneficiaries.map((b) => (
                <li key={`${b.commons.slug}/${b.destination}`}>
                  {t("phyles.periodForm.part", {
                    part: formatBp(b.weightBp),
                    commons: b.commons.title,
                    destination: DESTINATION_IN_SENTENCE[b.destination],
                  })}
                </li>
              ))}
            </ul>
            <p className="muted small">{t("phyles.periodForm.split")}</p>
          </>
        )}
      </div>
      <div className="form-actions">
        <SubmitButton busy={form.busy} busyLabel={t("phyles.periodForm.recording")}>
          {t("phyles.periodForm.submit")}
        </SubmitButton>
      </div>
    </form>
  );
}
