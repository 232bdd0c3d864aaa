import { useMutation } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { InvoiceInput } from "../../../../src/modules/reciprocity/inputs.ts";
import { client } from "../../api/client.ts";
import { data } from "../../api/query.ts";
import type { ApiBody, ReciprocityAgreementDetail } from "../../api/schema.ts";
import { useForm, validate } from "../../form.ts";
import { formatDate } from "../../format.ts";
import { Field } from "../Field.tsx";
import { FormAlert } from "../FormAlert.tsx";
import { SubmitButton } from "../SubmitButton.tsx";
import { AmountInput } from "../treasury/AmountInput.tsx";
import { parseMoney } from "../treasury/money.ts";
import { fieldProblem } from "../treasury/problems.ts";
import { formatDecimalText } from "./format.ts";
import { invalidateInvoices } from "./keys.ts";

/**
 * Raises an ended period's invoice. With a revenue share the enterprise declares the period's revenue
 * (zero is a valid declaration); the amount is worked out by the server and posted in both books.
 */
export function RaiseInvoiceForm({ agreement }: { agreement: ReciprocityAgreementDetail }) {
  const { t } = useTranslation();
  const form = useForm(["periodStart", "revenue"]);
  const raise = useMutation({
    mutationFn: (body: ApiBody<"/api/agreements/{id}/invoices", "post">) =>
      data(client.POST("/api/agreements/{id}/invoices", { params: { path: { id: agreement.id } }, body })),
    onSuccess: () => invalidateInvoices(agreement.id),
  });
  const next = agreement.nextPeriod;
  const sharesRevenue = agreement.revenueShareBp !== null;
  return (
    <form
      className="form form--limited"
      noValidate
      aria-label={t("reciprocity.raise.label")}
      onSubmit={form.onSubmit(async (v) => {
        let revenue: number | undefined;
        if (sharesRevenue) {
          const text = (v.revenue ?? "").trim();
          const parsed = /^0+([.,]0*)?$/.test(text) ? { ok: true as const, minor: 0n } : parseMoney(text, agreement.currency);
          if (!parsed.ok) throw fieldProblem("body.revenue", parsed.message, t("reciprocity.raise.checkRevenue"));
          revenue = Number(parsed.minor);
        }
        await raise.mutateAsync(
          validate(InvoiceInput, { periodStart: v.periodStart ?? "", ...(revenue !== undefined ? { revenue } : {}) }),
        );
      })}
    >
      <FormAlert messages={form.summary} />
      <Field
        label={t("reciprocity.raise.periodStart")}
        name="periodStart"
        type="date"
        key={next?.start}
        defaultValue={next?.start ?? ""}
        required
        error={form.error("periodStart")}
        hint={
          next
            ? t("reciprocity.raise.nextHint", { start: formatDate(next.start), end: formatDate(next.end) })
            : t("reciprocity.raise.periodHint")
        }
      />
      {sharesRevenue ? (
        <AmountInput
          currency={agreement.currency}
          label={t("reciprocity.raise.revenue")}
          name="revenue"
          required
          error={form.error("revenue")}
          hint={t("reciprocity.raise.revenueHint", { share: formatDecimalText(agreement.revenueShare ?? "") })}
        />
      ) : null}
      <div className="form-actions">
        <SubmitButton busy={form.busy} busyLabel={t("reciprocity.raise.raising")}>
          {sharesRevenue ? t("reciprocity.raise.submitRevenue") : t("reciprocity.raise.submit")}
        </SubmitButton>
      </div>
    </form>
  );
}
