import { type UseQueryResult, useQuery } from "@tanstack/react-query";
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
  const { fields, summary } = mapProblem(problem?.type === "validation" ? problem : null, ["from", "to"]);
  return (
    <form
      className="period-form"
      key={`${from}:${to}`}
      noValidate
      aria-label="Period"
      onSubmit={(e) => {
        e.preventDefault();
        const data = new FormData(e.currentTarget);
        onChange(String(data.get("from") ?? ""), String(data.get("to") ?? ""));
      }}
    >
      <FormAlert messages={summary} />
      <div className="form-row">
        <Field label="From month" name="from" type="month" defaultValue={from} error={fields.from} hint="YYYY-MM" />
        <Field label="To month" name="to" type="month" defaultValue={to} error={fields.to} hint="YYYY-MM" />
        <div className="form-row-action">
          <button type="submit" className="button button--secondary">
            Show
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
  const { from, to, setParams } = usePeriod();
  const setPeriod = (f: string, t: string) =>
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        for (const [k, v] of [
          ["from", f],
          ["to", t],
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
          The last 12 months: {monthLabel(report.data.from)} – {monthLabel(report.data.to)}.
        </p>
      ) : null}
      {report.isPending ? (
        <Loading label="Loading the report…" />
      ) : report.data ? (
        <FlowReport report={report.data} />
      ) : report.error && report.error.type !== "validation" ? (
        <LoadError error={report.error} retry={() => void report.refetch()} />
      ) : null}
    </>
  );
}

function Opened({ books, report }: { books: Books; report: UseQueryResult<TreasuryReport> }) {
  const { org } = useOrg();
  const base = `/orgs/${org.slug}/treasury`;
  return (
    <>
      <nav className="treasury-links" aria-label="The books in detail">
        <ul>
          <li>
            <Link to={`${base}/transactions`}>Every transaction</Link>
          </li>
          <li>
            <Link to={`${base}/budgets`}>Budgets against actual</Link>
          </li>
          <li>
            <Link to={`${base}/expenses`}>Expenses and their approval</Link>
          </li>
          <li>
            <Link to={`${base}/income`}>Donations and membership fees</Link>
          </li>
        </ul>
      </nav>
      <section className="section" aria-labelledby="balances-title">
        <h3 id="balances-title">Balances</h3>
        <BalancesTable accounts={books.accounts} />
      </section>
      <section className="section" aria-labelledby="flows-title">
        <h3 id="flows-title">Income and spending</h3>
        <Report report={report} />
      </section>
      <section className="section" aria-labelledby="export-title">
        <h3 id="export-title">Export</h3>
        <p>
          The whole ledger, to check with your own tools:{" "}
          <a href={exportHref(org.slug, "journal")} download>
            hledger journal
          </a>{" "}
          ·{" "}
          <a href={exportHref(org.slug, "csv")} download>
            CSV
          </a>
        </p>
      </section>
      {books.canKeepBooks ? (
        <section className="section card" aria-labelledby="account-title">
          <h3 id="account-title">Add an account</h3>
          <AddAccountForm slug={org.slug} />
        </section>
      ) : null}
    </>
  );
}

/** The transparency page (/orgs/:slug/treasury): balances, income and spending over time, and the ways in to the detail. */
export function TreasuryPage() {
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
    <TreasuryFrame
      title="Treasury"
      lede={`Where ${org.name}'s money comes from and goes, on the decision of whom. Anyone can read these books.`}
    >
      {books.isPending ? (
        <Loading label="Loading the books…" />
      ) : books.isError ? (
        <LoadError error={books.error} retry={() => void books.refetch()} />
      ) : books.data.opened ? (
        <Opened books={books.data} report={report} />
      ) : (
        <section className="section card" aria-labelledby="open-title">
          <h3 id="open-title">The books are not open yet</h3>
          <p>
            Once they are, every transaction is public here, each with the decision that authorised it, and members can submit expenses and
            record donations.
          </p>
          {waiting.length ? (
            <ul className="notice books-waiting" aria-label="Waiting for these books">
              {waiting.map((a) => (
                <li key={a.id}>
                  The <Link to={`/agreements/${a.id}`}>reciprocity agreement on {a.commons.title}</Link> with{" "}
                  {(a.enterprise.slug === org.slug ? a.association : a.enterprise).name} cannot be invoiced until {org.name} opens its
                  books.
                </li>
              ))}
            </ul>
          ) : null}
          {canOpen ? (
            <>
              <p>As a {org.viewer.role}, you can open them with the usual accounts (bank, cash, donations, fees, expenses…).</p>
              <OpenBooksForm slug={org.slug} />
            </>
          ) : (
            <p className="muted">Its stewards or treasurers can open them.</p>
          )}
        </section>
      )}
    </TreasuryFrame>
  );
}
