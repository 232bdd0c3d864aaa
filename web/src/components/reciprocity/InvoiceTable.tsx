import { useMutation } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { client } from "../../api/client.ts";
import { data } from "../../api/query.ts";
import type { AgreementSide, ReciprocityAgreementDetail, ReciprocityInvoice } from "../../api/schema.ts";
import { formatDate } from "../../format.ts";
import { TableScroll } from "../TableScroll.tsx";
import { Amount } from "../treasury/Amount.tsx";
import { hours, INVOICE_STATUS_LABEL } from "./format.ts";
import { invalidateInvoices } from "./keys.ts";

function PayButton({ invoice, asSide }: { invoice: ReciprocityInvoice; asSide: AgreementSide }) {
  const { t } = useTranslation();
  const pay = useMutation({
    mutationFn: () => data(client.POST("/api/invoices/{id}/pay", { params: { path: { id: invoice.id } }, body: {} })),
    onSuccess: () => invalidateInvoices(invoice.agreementId),
  });
  const busy = pay.isPending;
  const period = t("reciprocity.invoices.range", { start: formatDate(invoice.periodStart), end: formatDate(invoice.periodEnd) });
  return (
    <>
      <button
        type="button"
        className="button button--primary button--small"
        disabled={busy}
        aria-busy={busy || undefined}
        onClick={() => pay.mutate()}
      >
        {asSide === "enterprise" ? t("reciprocity.invoices.pay", { period }) : t("reciprocity.invoices.recordPayment", { period })}
      </button>
      {pay.error ? (
        <p className="field-error" role="alert">
          {pay.error.detail}
        </p>
      ) : null}
    </>
  );
}

/** An agreement's invoices, newest period first, with what was pledged and delivered, and the payment action. */
export function InvoiceTable({ agreement }: { agreement: ReciprocityAgreementDetail }) {
  const { t } = useTranslation();
  const payer: AgreementSide = agreement.viewer.sides.includes("enterprise") ? "enterprise" : "association";
  return (
    <TableScroll label={t("reciprocity.invoices.caption")}>
      <table className="data-table invoice-table">
        <caption className="visually-hidden">{t("reciprocity.invoices.caption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("reciprocity.invoices.period")}</th>
            <th scope="col" className="num">
              {t("reciprocity.invoices.amount")}
            </th>
            {agreement.revenueShareBp !== null ? (
              <th scope="col" className="num">
                {t("reciprocity.invoices.revenue")}
              </th>
            ) : null}
            {agreement.pledgeMinutes !== null ? <th scope="col">{t("reciprocity.invoices.hours")}</th> : null}
            <th scope="col">{t("reciprocity.invoices.due")}</th>
            <th scope="col">{t("reciprocity.invoices.status")}</th>
            {agreement.viewer.canPay ? <th scope="col">{t("reciprocity.invoices.action")}</th> : null}
          </tr>
        </thead>
        <tbody>
          {agreement.invoices.map((i) => (
            <tr key={i.id} className={i.overdue ? "invoice--overdue" : undefined}>
              <th scope="row">{t("reciprocity.invoices.range", { start: formatDate(i.periodStart), end: formatDate(i.periodEnd) })}</th>
              <td className="num">
                <Amount amount={i.amount} currency={i.currency} />
              </td>
              {agreement.revenueShareBp !== null ? (
                <td className="num">{i.declaredRevenue === null ? "—" : <Amount amount={i.declaredRevenue} currency={i.currency} />}</td>
              ) : null}
              {agreement.pledgeMinutes !== null ? (
                <td>
                  {t("reciprocity.invoices.delivered", { delivered: hours(i.deliveredMinutes ?? 0), pledged: hours(i.pledgeMinutes ?? 0) })}
                  {i.shortfallMinutes > 0 ? (
                    <span className="muted small"> {t("reciprocity.invoices.short", { hours: hours(i.shortfallMinutes) })}</span>
                  ) : null}
                </td>
              ) : null}
              <td>{formatDate(i.dueOn)}</td>
              <td>
                <span className={`badge badge--invoice-${i.overdue ? "overdue" : i.status}`}>
                  {i.overdue ? t("reciprocity.invoices.overdue") : INVOICE_STATUS_LABEL[i.status]}
                </span>
                {i.paidOn ? <span className="muted small"> {formatDate(i.paidOn)}</span> : null}
                {i.paidTransactionId ? (
                  <>
                    {" "}
                    <Link to={`/transactions/${i.paidTransactionId}`} className="small">
                      {t("reciprocity.invoices.entry")}
                    </Link>
                  </>
                ) : null}
              </td>
              {agreement.viewer.canPay ? <td>{i.status === "open" ? <PayButton invoice={i} asSide={payer} /> : null}</td> : null}
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
