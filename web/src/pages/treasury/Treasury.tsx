import { type UseQueryResult, useQuery } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { Trans, useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import type { ApiError } from "../../api/client.ts";
import { apiQuery } from "../../api/query.ts";
import type { Books, TreasuryReport } from "../../api/schema.ts";
import { Field } from "../../components/Field.tsx";
import { FormAlert } from "../../components/FormAlert.tsx";
import { LoadError, Loading } from "../../components/States.tsx";
import { AddAccountForm } from "../../components/treasury/AddAccountForm.tsx";
import { BalancesTable } from "../../components/treasury/BalancesTable.tsx";
import { FlowReport } from "../../components/treasury/FlowReport.tsx";
import { monthLabel } from "../../components/treasury/flows.ts";
import { OpenBooksForm } from "../../components/treasury/OpenBooksForm.tsx";
import { exportHref, useBooks } from "../../components/treasury/queries.ts";
import { mapProblem } from "../../form.ts";
import { useOrg } from "../OrgLayout.tsx";
import { TreasuryFrame } from "./frame.tsx";

/** A download link for a <Trans> tag: the message gives its words. */
function DownloadLink({ href, children }: { href: string; children?: ReactNode }) {
  return (
    <a href={href} download>
      {children}
    </a>
  );
}

/** The period of the report, kept in the address (?from=YYYY-MM&to=YYYY-MM); the server's last 12 months by default. */
function PeriodForm({
  from,
  to,
  onChange,
  problem,
}: {
  from: string;
  to: string;
  onChange: (from: string, to: string) => void;
  problem: ApiError | null;
}) {
  const { t } = useTranslation();
  const { fields, summary } = mapProblem(problem?.type === "validation" ? problem : null, ["from", "to"]);
  return (
    <form
      className="period-form"
      key={`${from}:${to}`}
      noValidate
      aria-label={t("treasury.overview.period")}
      onSubmit={(e) => {
        e.preventDefault();
        const data = new FormData(e.currentTarget);
        onChange(String(data.get("from") ?? ""), String(data.get("to") ?? ""));
      }}
    >
      <FormAlert messages={summary} />
      <div className="form-row">
        <Field
          label={t("treasury.overview.fromMonth")}
          name="from"
          type="month"
          defaultValue={from}
          error={fields.from}
          hint={t("treasury.overview.monthHint")}
        />
        <Field
          label={t("treasury.overview.toMonth")}
          name="to"
          type="month"
          defaultValue={to}
          error={fields.to}
          hint={t("treasury.overview.monthHint")}
        />
        <div className="form-row-action">
          <button type="submit" className="button button--secondary">
            {t("treasury.overview.show")}
          </button>
        </div>
      </div>
    </form>
  );
}

/** The period of the report, kept in the address (?from=YYYY-MM&to=YYYY-MM); the server's last 12 months when empty. */
function usePeriod() {
  const [params, setParams] = useSearchParams();
  return { from: params.get("from") ?? "", to: params.get("to") ?? "", setParams };
}

function Report({ report }: { report: UseQueryResult<TreasuryReport> }) {
  const { t } = useTranslation();
  const { from, to, setParams } = usePeriod();
  const setPeriod = (f: string, until: string) =>
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        for (const [k, v] of [
          ["from", f],
          ["to", until],
        ] as const) {
          if (v) next.set(k, v);
          else next.delete(k);
        }
        return next;
      },
      { replace: true },
    );
  return (
    <>
      <PeriodForm from={from || (report.data?.from ?? "")} to={to || (report.data?.to ?? "")} onChange={setPeriod} problem={report.error} />
      {report.data && !from && !to ? (
        <p className="muted small">
          {t("treasury.overview.last12", { from: monthLabel(report.data.from), to: monthLabel(report.data.to) })}
        </p>
      ) : null}
      {report.isPending ? (
        <Loading label={t("treasury.overview.loadingReport")} />
      ) : report.data ? (
        <FlowReport report={report.data} />
      ) : report.error && report.error.type !== "validation" ? (
        <LoadError error={report.error} retry={() => void report.refetch()} />
      ) : null}
    </>
  );
}

function Opened({ books, report }: { books: Books; report: UseQueryResult<TreasuryReport> }) {
  const { t } = useTranslation();
  const { org } = useOrg();
  const base = `/orgs/${org.slug}/treasury`;
  return (
    <>
      <nav className="treasury-links" aria-label={t("treasury.overview.detail")}>
        <ul>
          <li>
            <Link to={`${base}/transactions`}>{t("treasury.overview.linkTransactions")}</Link>
          </li>
          <li>
            <Link to={`${base}/budgets`}>{t("treasury.overview.linkBudgets")}</Link>
          </li>
          <li>
            <Link to={`${base}/expenses`}>{t("treasury.overview.linkExpenses")}</Link>
          </li>
          <li>
            <Link to={`${base}/income`}>{t("treasury.overview.linkIncome")}</Link>
          </li>
        </ul>
      </nav>
      <section className="section" aria-labelledby="balances-title">
        <h3 id="balances-title">{t("treasury.overview.balances")}</h3>
        <BalancesTable accounts={books.accounts} />
      </section>
      <section className="section" aria-labelledby="flows-title">
        <h3 id="flows-title">{t("treasury.overview.flows")}</h3>
        <Report report={report} />
      </section>
      <section className="section" aria-labelledby="export-title">
        <h3 id="export-title">{t("treasury.overview.export")}</h3>
        <p>
          <Trans
            i18nKey="treasury.overview.exportLinks"
            components={{
              journal: <DownloadLink href={exportHref(org.slug, "journal")} />,
              csv: <DownloadLink href={exportHref(org.slug, "csv")} />,
            }}
          />
        </p>
      </section>
      {books.canKeepBooks ? (
        <section className="section card" aria-labelledby="account-title">
          <h3 id="account-title">{t("treasury.overview.addAccount")}</h3>
          <AddAccountForm slug={org.slug} />
        </section>
      ) : null}
    </>
  );
}

/** The transparency page (/orgs/:slug/treasury): balances, income and spending over time, and the ways in to the detail. */
export function TreasuryPage() {
  const { t } = useTranslation();
  const { org } = useOrg();
  const { from, to } = usePeriod();
  // The books and the report start together.
  const books = useBooks(org.slug);
  const report = useQuery(
    apiQuery("/api/organizations/{slug}/treasury/report", {
      path: { slug: org.slug },
      query: { from: from || undefined, to: to || undefined },
    }),
  );
  // Agreements that cannot be invoiced until these books open (a party to reciprocity only).
  const agreements = useQuery({
    ...apiQuery("/api/organizations/{slug}/agreements", { path: { slug: org.slug } }),
    enabled: books.data?.opened === false && (org.kind === "enterprise" || org.kind === "association"),
  });
  const waiting = (agreements.data?.items ?? []).filter(
    (a) => (a.status === "active" || a.status === "ended") && a.booksClosed.some((o) => o.slug === org.slug),
  );
  const canOpen = org.viewer.status === "active" && (org.viewer.role === "steward" || org.viewer.role === "treasurer");
  return (
    <TreasuryFrame title={t("treasury.overview.title")} lede={t("treasury.overview.lede", { org: org.name })}>
      {books.isPending ? (
        <Loading label={t("treasury.frame.loadingBooks")} />
      ) : books.isError ? (
        <LoadError error={books.error} retry={() => void books.refetch()} />
      ) : books.data.opened ? (
        <Opened books={books.data} report={report} />
      ) : (
        <section className="section card" aria-labelledby="open-title">
          <h3 id="open-title">{t("treasury.overview.notOpen")}</h3>
          <p>{t("treasury.overview.notOpenNote")}</p>
          {waiting.length ? (
            <ul className="notice books-waiting" aria-label={t("treasury.overview.waiting")}>
              {waiting.map((a) => (
                <li key={a.id}>
                  <Trans
                    i18nKey="treasury.overview.waitingAgreement"
                    values={{
                      commons: a.commons.title,
                      party: (a.enterprise.slug === org.slug ? a.association : a.enterprise).name,
                      org: org.name,
                    }}
                    components={{ a: <Link to={`/agreements/${a.id}`} /> }}
                  />
                </li>
              ))}
            </ul>
          ) : null}
          {canOpen ? (
            <>
              <p>{t("treasury.overview.canOpen", { role: org.viewer.role ?? "" })}</p>
              <OpenBooksForm slug={org.slug} />
            </>
          ) : (
            <p className="muted">{t("treasury.overview.whoCanOpen")}</p>
          )}
        </section>
      )}
    </TreasuryFrame>
  );
}
