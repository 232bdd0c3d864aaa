import { useQuery } from "@tanstack/react-query";
import { Link, useParams } from "react-router";
import { apiQuery } from "../../api/query.ts";
import { AgreementActions } from "../../components/reciprocity/AgreementActions.tsx";
import { AgreementTerms } from "../../components/reciprocity/AgreementTerms.tsx";
import { BooksClosedNotice } from "../../components/reciprocity/BooksClosedNotice.tsx";
import { AGREEMENT_STATUS_LABEL } from "../../components/reciprocity/format.ts";
import { InvoiceTable } from "../../components/reciprocity/InvoiceTable.tsx";
import { RaiseInvoiceForm } from "../../components/reciprocity/RaiseInvoiceForm.tsx";
import { Empty, LoadError, Loading } from "../../components/States.tsx";
import { formatDate } from "../../format.ts";
import { useTitle } from "../../hooks.ts";
import { NotFoundPage } from "../NotFound.tsx";
import "../../styles/reciprocity.css";

/** One agreement (/agreements/:id): its parties and terms, who answers it, its invoices and their payment. */
export function AgreementPage() {
  const { id = "" } = useParams();
  const res = useQuery(apiQuery("/api/agreements/{id}", { path: { id } }));
  const a = res.data;
  useTitle(a ? `Agreement on ${a.commons.title} · ${a.enterprise.name}` : "Agreement");
  if (res.error?.notFound) return <NotFoundPage what="agreement" />;
  if (res.error && !a) return <LoadError error={res.error} retry={() => void res.refetch()} />;
  if (!a) return <Loading label="Loading the agreement…" />;
  const offeredBy = a.proposedBySide === "enterprise" ? a.enterprise : a.association;
  const answeredBy = a.proposedBySide === "enterprise" ? a.association : a.enterprise;
  return (
    <div className="page reciprocity agreement-page">
      <header className="page-head">
        <div>
          <p className="eyebrow">Reciprocity agreement</p>
          <h1>
            {a.enterprise.name} and {a.association.name}
          </h1>
          <p className="lede">
            For <Link to={`/commons/${a.commons.slug}`}>{a.commons.title}</Link>, between the enterprise{" "}
            <Link to={`/orgs/${a.enterprise.slug}`}>{a.enterprise.name}</Link> and its steward association{" "}
            <Link to={`/orgs/${a.association.slug}`}>{a.association.name}</Link>.
          </p>
        </div>
        <span className={`badge badge--agreement-${a.status}`}>{AGREEMENT_STATUS_LABEL[a.status]}</span>
      </header>

      <section className="section card" aria-labelledby="status-title">
        <h2 id="status-title">Status</h2>
        <p>
          Offered by {offeredBy.name}
          {a.proposedBy ? (
            <>
              {" "}
              (<Link to={`/people/${a.proposedBy.handle}`}>{a.proposedBy.name}</Link>)
            </>
          ) : null}{" "}
          on {formatDate(a.createdAt)}.{" "}
          {a.status === "proposed"
            ? `Waiting for ${answeredBy.name} to accept or decline it.`
            : a.respondedAt
              ? `${a.status === "declined" ? "Declined or withdrawn" : "Accepted"} on ${formatDate(a.respondedAt)}${a.respondedBy ? ` by ${a.respondedBy.name}` : ""}.`
              : ""}
        </p>
        <AgreementActions agreement={a} />
      </section>

      <section className="section card" aria-labelledby="terms-title">
        <h2 id="terms-title">Terms</h2>
        <AgreementTerms agreement={a} />
        {a.terms ? <p className="agreement-text">{a.terms}</p> : null}
      </section>

      <section className="section" aria-labelledby="invoices-title">
        <h2 id="invoices-title">Invoices</h2>
        <BooksClosedNotice agreement={a} />
        {a.invoices.length === 0 ? <Empty title="No invoice has been raised yet." /> : <InvoiceTable agreement={a} />}
        {!a.viewer.canPay && a.viewer.cannotPay && a.invoices.some((i) => i.status === "open") ? (
          // A member who sees an open invoice and no button is told why, and who pays.
          <p className="notice cannot-pay" role="note" aria-label="Who pays">
            {a.viewer.cannotPay}{" "}
            {a.viewer.sides.includes("enterprise") ? (
              <Link to={`/orgs/${a.enterprise.slug}/members`}>{a.enterprise.name}'s members</Link>
            ) : null}
          </p>
        ) : null}
      </section>

      {a.viewer.canRaise && a.nextPeriod ? (
        <section className="section card" aria-labelledby="raise-title">
          <h2 id="raise-title">{a.revenueShareBp !== null ? "Declare revenue and raise an invoice" : "Raise an invoice"}</h2>
          <p className="muted">
            Raising posts the amount in both books at once: a bill to pay in {a.enterprise.name}'s, a receivable in {a.association.name}'s.
          </p>
          <RaiseInvoiceForm agreement={a} />
        </section>
      ) : null}
    </div>
  );
}
