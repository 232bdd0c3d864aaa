import { useQuery } from "@tanstack/react-query";
import { lazy, Suspense } from "react";
import { Link, useParams } from "react-router";
import { apiQuery } from "../../api/query.ts";
import { PersonLink } from "../../components/PersonLink.tsx";
import { LoadError, Loading } from "../../components/States.tsx";
import { Amount } from "../../components/treasury/Amount.tsx";
import { EquationSummary } from "../../components/value/EquationSummary.tsx";
import { StatementTable } from "../../components/value/StatementTable.tsx";
import { formatDate } from "../../format.ts";
import { useTitle } from "../../hooks.ts";
import { NotFoundPage } from "../NotFound.tsx";
import "../../styles/value.css";

const SharesChart = lazy(() => import("../../components/value/SharesChart.tsx"));

/** A posted distribution: its statement, each contributor's line opening onto the work behind it, and a chart of the shares. */
export function DistributionPage() {
  const { id = "" } = useParams();
  const d = useQuery(apiQuery("/api/distributions/{id}", { path: { id } }));
  useTitle(d.data ? d.data.description : "Distribution");
  if (d.error?.notFound) return <NotFoundPage what="distribution" />;
  if (d.error && !d.data) return <LoadError error={d.error} retry={() => void d.refetch()} />;
  const s = d.data;
  if (!s) return <Loading label="Loading the statement…" />;
  const scopeHref = s.scope.owner === "commons" ? `/commons/${s.scope.slug}/value` : `/orgs/${s.scope.slug}/value`;
  return (
    <div className="page value-page">
      <p className="breadcrumb">
        <Link to={scopeHref}>{s.scope.title}: value</Link>
      </p>
      <h1>{s.description}</h1>
      <dl className="facts value-facts">
        <div>
          <dt>Amount</dt>
          <dd>
            <Amount amount={s.amount} currency={s.currency} />
          </dd>
        </div>
        <div>
          <dt>Contributions from</dt>
          <dd>
            {formatDate(s.windowFrom)} to {formatDate(s.windowTo)}
          </dd>
        </div>
        <div>
          <dt>Posted in the books of</dt>
          <dd>
            <Link to={`/orgs/${s.organization.slug}/treasury`}>{s.organization.name}</Link>, drawn from <code>{s.sourceAccount}</code>
            {s.transactionId ? (
              <>
                {" "}
                (<Link to={`/transactions/${s.transactionId}`}>the entry</Link>)
              </>
            ) : null}
          </dd>
        </div>
        {s.postedBy ? (
          <div>
            <dt>Posted by</dt>
            <dd>
              <PersonLink person={s.postedBy} /> {s.postedAt ? `on ${formatDate(s.postedAt)}` : ""}
            </dd>
          </div>
        ) : null}
        <div>
          <dt>Statement hash</dt>
          <dd>
            <code className="value-hash">{s.statementHash}</code>
          </dd>
        </div>
      </dl>
      <section className="section" aria-labelledby="statement-title">
        <h2 id="statement-title">Statement</h2>
        <Suspense fallback={null}>
          <SharesChart statement={s} />
        </Suspense>
        <StatementTable statement={s} />
      </section>
      <section className="section" aria-labelledby="equation-title">
        <h2 id="equation-title">The equation it was computed with</h2>
        <EquationSummary equation={s.equation} />
      </section>
    </div>
  );
}
