import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { AgreementInput } from "../../../../src/modules/reciprocity/inputs.ts";
import { client } from "../../api/client.ts";
import { data } from "../../api/query.ts";
import type { AgreementPeriod, ApiBody, Use } from "../../api/schema.ts";
import { useForm, validate } from "../../form.ts";
import { isKeyOf } from "../../format.ts";
import { Field } from "../Field.tsx";
import { FormAlert } from "../FormAlert.tsx";
import { SubmitButton } from "../SubmitButton.tsx";
import { AmountInput } from "../treasury/AmountInput.tsx";
import { amountOrThrow } from "../treasury/money.ts";
import { fieldProblem } from "../treasury/problems.ts";
import { PERIOD_LABEL, PERIODS, SIDE_ROLE, SIDES } from "./format.ts";
import { invalidateUses } from "./keys.ts";

const FIELDS = ["side", "period", "currency", "fixedFee", "revenueShare", "pledgeHours", "dueDays", "startsOn", "terms"];

/** The first day of the current month, quarter or year: where an agreement's first period starts by default. */
function currentPeriodStart(period: AgreementPeriod) {
  const d = new Date();
  const month = period === "month" ? d.getMonth() : period === "quarter" ? Math.floor(d.getMonth() / 3) * 3 : 0;
  return `${d.getFullYear()}-${String(month + 1).padStart(2, "0")}-01`;
}

/** Either side offers terms: a fee per period, a share of revenue, hours pledged, or any mix. */
export function OfferAgreementForm({ use }: { use: Use }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const form = useForm(FIELDS);
  const offer = useMutation({
    mutationFn: (body: ApiBody<"/api/uses/{id}/agreements", "post">) =>
      data(client.POST("/api/uses/{id}/agreements", { params: { path: { id: use.id } }, body })),
    onSuccess: (offered) => invalidateUses(offered.id),
  });
  const [period, setPeriod] = useState<AgreementPeriod>("month");
  const [currency, setCurrency] = useState("EUR");
  const askSide = Boolean(form.error("side"));
  return (
    <form
      className="form form--limited"
      noValidate
      aria-label={t("reciprocity.offer.label")}
      onSubmit={form.onSubmit(async (v) => {
        const hours = v.pledgeHours?.trim();
        const pledgeHours = hours ? Number(hours.replace(",", ".")) : undefined;
        if (pledgeHours !== undefined && !Number.isFinite(pledgeHours))
          throw fieldProblem("body.pledgeHours", t("reciprocity.offer.pledgeInvalid"));
        const body = validate(AgreementInput, {
          period,
          currency,
          ...(v.fixedFee?.trim() ? { fixedFee: amountOrThrow(v.fixedFee, currency, "body.fixedFee") } : {}),
          ...(v.revenueShare?.trim() ? { revenueShare: v.revenueShare.trim().replace(",", ".").replace(/%$/, "") } : {}),
          ...(pledgeHours !== undefined ? { pledgeHours } : {}),
          dueDays: v.dueDays?.trim() ? Number(v.dueDays) : 30,
          ...(v.startsOn ? { startsOn: v.startsOn } : {}),
          terms: v.terms?.trim() ?? "",
          ...(isKeyOf(SIDE_ROLE, v.side) ? { side: v.side } : {}),
        });
        const offered = await offer.mutateAsync(body);
        navigate(`/agreements/${offered.id}`);
      })}
    >
      <FormAlert messages={form.summary} />
      {askSide ? (
        <Field as="select" label={t("reciprocity.offer.side")} name="side" error={form.error("side")}>
          {SIDES.map((side) => (
            <option key={side} value={side}>
              {t("reciprocity.offer.sideOption", {
                organization:
                  side === "enterprise" ? use.enterprise.name : (use.association?.name ?? t("reciprocity.offer.theAssociation")),
                role: SIDE_ROLE[side],
              })}
            </option>
          ))}
        </Field>
      ) : null}
      <div className="form-row">
        <Field
          as="select"
          label={t("reciprocity.offer.period")}
          name="period"
          value={period}
          onChange={(e) => {
            if (isKeyOf(PERIOD_LABEL, e.target.value)) setPeriod(e.target.value);
          }}
          error={form.error("period")}
          hint={t("reciprocity.offer.periodHint")}
        >
          {PERIODS.map((p) => (
            <option key={p} value={p}>
              {PERIOD_LABEL[p]}
            </option>
          ))}
        </Field>
        <Field
          label={t("reciprocity.offer.currency")}
          name="currency"
          value={currency}
          onChange={(e) => setCurrency(e.target.value.toUpperCase())}
          maxLength={3}
          error={form.error("currency")}
          hint={t("reciprocity.offer.currencyHint")}
        />
      </div>
      <p className="muted">{t("reciprocity.offer.atLeastOne")}</p>
      <AmountInput
        currency={currency || "EUR"}
        label={t("reciprocity.offer.fixedFee")}
        name="fixedFee"
        optional
        error={form.error("fixedFee")}
      />
      <Field
        label={t("reciprocity.offer.revenueShare")}
        name="revenueShare"
        inputMode="decimal"
        optional
        placeholder={t("reciprocity.offer.revenueSharePlaceholder")}
        error={form.error("revenueShare")}
        hint={t("reciprocity.offer.revenueShareHint")}
      />
      <Field
        label={t("reciprocity.offer.pledge")}
        name="pledgeHours"
        inputMode="decimal"
        optional
        error={form.error("pledgeHours")}
        hint={t("reciprocity.offer.pledgeHint")}
      />
      <div className="form-row">
        <Field
          label={t("reciprocity.offer.dueDays")}
          name="dueDays"
          type="number"
          min={0}
          max={365}
          defaultValue={30}
          error={form.error("dueDays")}
        />
        <Field
          label={t("reciprocity.offer.startsOn")}
          name="startsOn"
          type="date"
          key={period}
          defaultValue={currentPeriodStart(period)}
          error={form.error("startsOn")}
          hint={t("reciprocity.offer.startsOnHint")}
        />
      </div>
      <Field
        as="textarea"
        label={t("reciprocity.offer.terms")}
        name="terms"
        optional
        rows={3}
        maxLength={4000}
        error={form.error("terms")}
      />
      <div className="form-actions">
        <SubmitButton busy={form.busy} busyLabel={t("reciprocity.offer.offering")}>
          {t("reciprocity.offer.submit")}
        </SubmitButton>
      </div>
    </form>
  );
}
