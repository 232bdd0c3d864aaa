import { reciprocityApi } from "../../api/reciprocity.ts";
import { useForm } from "../../form.ts";
import { formatDate } from "../../format.ts";
import type { AgreementDetail } from "../../types/reciprocity.ts";
import { Field } from "../Field.tsx";
import { FormAlert } from "../FormAlert.tsx";
import { SubmitButton } from "../SubmitButton.tsx";
import { AmountInput } from "../treasury/AmountInput.tsx";
import { parseMoney } from "../treasury/money.ts";
import { fieldProblem } from "../treasury/problems.ts";

/**
 * Raises an ended period's invoice. With a revenue share the enterprise declares the period's revenue
 * (zero is a valid declaration); the amount is worked out by the server and posted in both books.
 */
export function RaiseInvoiceForm({ agreement, onRaised }: { agreement: AgreementDetail; onRaised: () => void }) {
  const form = useForm(["periodStart", "revenue"]);
  const next = agreement.nextPeriod;
  const sharesRevenue = agreement.revenueShareBp !== null;
  return (
    <form
      className="form form--limited"
      noValidate
      aria-label="Raise an invoice"
      onSubmit={form.onSubmit(async (v) => {
        let revenue: number | undefined;
        if (sharesRevenue) {
          const text = (v.revenue ?? "").trim();
          const parsed = /^0+([.,]0*)?$/.test(text) ? { ok: true as const, minor: 0n } : parseMoney(text, agreement.currency);
          if (!parsed.ok) throw fieldProblem("body.revenue", parsed.message, "Check the revenue");
          revenue = Number(parsed.minor);
        }
        await reciprocityApi.raise(agreement.id, { periodStart: v.periodStart ?? "", ...(revenue !== undefined ? { revenue } : {}) });
        onRaised();
      })}
    >
      <FormAlert messages={form.summary} />
      <Field
        label="Period starting"
        name="periodStart"
        type="date"
        key={next?.start}
        defaultValue={next?.start ?? ""}
        required
        error={form.error("periodStart")}
        hint={
          next
            ? `The next period without an invoice runs ${formatDate(next.start)} – ${formatDate(next.end)}.`
            : "The first day of an ended period."
        }
      />
      {sharesRevenue ? (
        <AmountInput
          currency={agreement.currency}
          label="Revenue from the product in this period"
          name="revenue"
          required
          error={form.error("revenue")}
          hint={`The agreement takes ${agreement.revenueShare}% of it. Enter 0 if there was none.`}
        />
      ) : null}
      <div className="form-actions">
        <SubmitButton busy={form.busy} busyLabel="Raising…">
          {sharesRevenue ? "Declare revenue and raise the invoice" : "Raise the invoice"}
        </SubmitButton>
      </div>
    </form>
  );
}
