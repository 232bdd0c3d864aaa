import { useQuery } from "@tanstack/react-query";
import { Trans, useTranslation } from "react-i18next";
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
  const { t } = useTranslation();
  const { id = "" } = useParams();
  const res = useQuery(apiQuery("/api/agreements/{id}", { path: { id } }));
  const a = res.data;
  useTitle(
    a
      ? t("reciprocity.agreement.title", { commons: a.commons.title, enterprise: a.enterprise.name })
      : t("reciprocity.agreement.titleLoading"),
  );
  if (res.error?.notFound) return <NotFoundPage what="agreement" />;
  if (res.error && !a) return <LoadError error={res.error} retry={() => void res.refetch()} />;
  if (!a) return <Loading label={t("reciprocity.agreement.loading")} />;
  const offeredBy = a.proposedBySide === "enterprise" ? a.enterprise : a.association;
  const answeredBy = a.proposedBySide === "enterprise" ? a.association : a.enterprise;
  return (
    <div className="page reciprocity agreement-page">
      <header className="page-head">
        <div>
          <p className="eyebrow">{t("reciprocity.agreement.eyebrow")}</p>
          <h1>{t("reciprocity.agreement.heading", { enterprise: a.enterprise.name, association: a.association.name })}</h1>
          <p className="lede">
            <Trans
              i18nKey="reciprocity.agreement.lede"
              values={{ commons: a.commons.title, enterprise: a.enterprise.name, association: a.association.name }}
              components={{
                commons: <Link to={`/commons/${a.commons.slug}`} />,
                enterprise: <Link to={`/orgs/${a.enterprise.slug}`} />,
                association: <Link to={`/orgs/${a.association.slug}`} />,
              }}
            />
          </p>
        </div>
        <span className={`badge badge--agreement-${a.status}`}>{AGREEMENT_STATUS_LABEL[a.status]}</span>
      </header>

      <section className="section card" aria-labelledby="status-title">
        <h2 id="status-title">{t("reciprocity.agreement.status")}</h2>
        <p>
          <Trans
            i18nKey="reciprocity.agreement.offered"
            values={{
              organization: offeredBy.name,
              person: a.proposedBy ? "yes" : "no",
              name: a.proposedBy?.name ?? "",
              date: formatDate(a.createdAt),
            }}
            components={{ a: <Link to={`/people/${a.proposedBy?.handle ?? ""}`} /> }}
          />{" "}
          {a.status === "proposed"
            ? t("reciprocity.agreement.waiting", { organization: answeredBy.name })
            : a.respondedAt
              ? t("reciprocity.agreement.responded", {
                  outcome: a.status === "declined" ? "declined" : "accepted",
                  date: formatDate(a.respondedAt),
                  by: a.respondedBy ? "yes" : "no",
                  name: a.respondedBy?.name ?? "",
                })
              : ""}
        </p>
        <AgreementActions agreement={a} />
      </section>

      <section className="section card" aria-labelledby="terms-title">
        <h2 id="terms-title">{t("reciprocity.agreement.terms")}</h2>
        <AgreementTerms agreement={a} />
        {a.terms ? <p className="agreement-text">{a.terms}</p> : null}
      </section>

      <section className="section" aria-labelledby="invoices-title">
        <h2 id="invoices-title">{t("reciprocity.agreement.invoices")}</h2>
        <BooksClosedNotice agreement={a} />
        {a.invoices.length === 0 ? <Empty title={t("reciprocity.agreement.noInvoice")} /> : <InvoiceTable agreement={a} />}
        {!a.viewer.canPay && a.viewer.cannotPay && a.invoices.some((i) => i.status === "open") ? (
          // A member who sees an open invoice and no button is told why, and who pays.
          <p className="notice cannot-pay" role="note" aria-label={t("reciprocity.agreement.whoPays")}>
            {a.viewer.cannotPay}{" "}
            {a.viewer.sides.includes("enterprise") ? (
              <Link to={`/orgs/${a.enterprise.slug}/members`}>
                {t("reciprocity.agreement.members", { organization: a.enterprise.name })}
              </Link>
            ) : null}
          </p>
        ) : null}
      </section>

      {a.viewer.canRaise && a.nextPeriod ? (
        <section className="section card" aria-labelledby="raise-title">
          <h2 id="raise-title">{a.revenueShareBp !== null ? t("reciprocity.agreement.raiseRevenue") : t("reciprocity.agreement.raise")}</h2>
          <p className="muted">
            {t("reciprocity.agreement.raiseNote", { enterprise: a.enterprise.name, association: a.association.name })}
          </p>
          <RaiseInvoiceForm agreement={a} />
        </section>
      ) : null}
    </div>
  );
}
