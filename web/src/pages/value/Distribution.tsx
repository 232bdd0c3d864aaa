import { useQuery } from "@tanstack/react-query";
import { lazy, Suspense } from "react";
import { Trans, useTranslation } from "react-i18next";
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
  const { t } = useTranslation();
  const { id = "" } = useParams();
  const d = useQuery(apiQuery("/api/distributions/{id}", { path: { id } }));
  useTitle(d.data ? d.data.description : t("value.distribution.title"));
  if (d.error?.notFound) return <NotFoundPage what="distribution" />;
  if (d.error && !d.data) return <LoadError error={d.error} retry={() => void d.refetch()} />;
  const s = d.data;
  if (!s) return <Loading label={t("value.distribution.loading")} />;
  const scopeHref = s.scope.owner === "commons" ? `/commons/${s.scope.slug}/value` : `/orgs/${s.scope.slug}/value`;
  return (
    <div className="page value-page">
      <p className="breadcrumb">
        <Link to={scopeHref}>{t("value.distribution.breadcrumb", { title: s.scope.title })}</Link>
      </p>
      <h1>{s.description}</h1>
      <dl className="facts value-facts">
        <div>
          <dt>{t("value.statement.amount")}</dt>
          <dd>
            <Amount amount={s.amount} currency={s.currency} />
          </dd>
        </div>
        <div>
          <dt>{t("value.distribution.window")}</dt>
          <dd>{t("value.distribution.range", { from: formatDate(s.windowFrom), to: formatDate(s.windowTo) })}</dd>
        </div>
        <div>
          <dt>{t("value.distribution.books")}</dt>
          <dd>
            <Trans
              i18nKey="value.distribution.drawn"
              values={{ organization: s.organization.name, account: s.sourceAccount, entry: s.transactionId ? "yes" : "no" }}
              components={{
                a: <Link to={`/orgs/${s.organization.slug}/treasury`} />,
                code: <code />,
                entry: <Link to={`/transactions/${s.transactionId ?? ""}`} />,
              }}
            />
          </dd>
        </div>
        {s.postedBy ? (
          <div>
            <dt>{t("value.distribution.postedBy")}</dt>
            <dd>
              <PersonLink person={s.postedBy} /> {s.postedAt ? t("value.distribution.postedOn", { date: formatDate(s.postedAt) }) : ""}
            </dd>
          </div>
        ) : null}
        <div>
          <dt>{t("value.distribution.hash")}</dt>
          <dd>
            <code className="value-hash">{s.statementHash}</code>
          </dd>
        </div>
      </dl>
      <section className="section" aria-labelledby="statement-title">
        <h2 id="statement-title">{t("value.distribution.statement")}</h2>
        <Suspense fallback={null}>
          <SharesChart statement={s} />
        </Suspense>
        <StatementTable statement={s} />
      </section>
      <section className="section" aria-labelledby="equation-title">
        <h2 id="equation-title">{t("value.distribution.equation")}</h2>
        <EquationSummary equation={s.equation} />
      </section>
    </div>
  );
}
