import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { apiQuery } from "../../api/query.ts";
import type { TransactionDetail } from "../../api/schema.ts";
import { LoadError, Loading } from "../../components/States.tsx";
import { useBooks } from "../../components/treasury/queries.ts";
import { TransactionEntry } from "../../components/treasury/TransactionEntry.tsx";
import { useTitle } from "../../hooks.ts";
import { NotFoundPage } from "../NotFound.tsx";
import "../../styles/treasury.css";

/** The entry, reversible by the treasurers of its books (which are known once the entry is). */
function Reversible({ t, slug }: { t: TransactionDetail; slug: string }) {
  const books = useBooks(slug);
  return <TransactionEntry t={t} headingLevel={1} canReverse={books.data?.canKeepBooks ?? false} />;
}

/** One transaction (/transactions/:id): its postings, the decision behind it, what it records, and its reversal. */
export function TransactionPage() {
  const { t } = useTranslation();
  const { id = "" } = useParams();
  const entry = useQuery(apiQuery("/api/transactions/{id}", { path: { id } }));
  useTitle(
    entry.data ? t("treasury.transaction.pageTitle", { description: entry.data.description }) : t("treasury.transaction.pageTitleBare"),
  );

  if (entry.error?.notFound) return <NotFoundPage what="transaction" />;
  if (entry.isPending) return <Loading />;
  if (!entry.data) return <LoadError error={entry.error} retry={() => void entry.refetch()} />;
  const org = entry.data.organization;
  return (
    <div className="page treasury treasury-single">
      {org ? (
        <p className="back-link">
          <Link to={`/orgs/${org.slug}/treasury/transactions`}>
            <span aria-hidden="true">← </span>
            {t("treasury.transaction.back", { org: org.name })}
          </Link>
        </p>
      ) : null}
      <p className="eyebrow">{org ? t("treasury.transaction.eyebrow", { org: org.name }) : t("treasury.transaction.pageTitleBare")}</p>
      {org ? <Reversible t={entry.data} slug={org.slug} /> : <TransactionEntry t={entry.data} headingLevel={1} />}
    </div>
  );
}
