import { useQuery } from "@tanstack/react-query";
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
  const { id = "" } = useParams();
  const t = useQuery(apiQuery("/api/transactions/{id}", { path: { id } }));
  useTitle(t.data ? `${t.data.description} · Transaction` : "Transaction");

  if (t.error?.notFound) return <NotFoundPage what="transaction" />;
  if (t.isPending) return <Loading />;
  if (!t.data) return <LoadError error={t.error} retry={() => void t.refetch()} />;
  const org = t.data.organization;
  return (
    <div className="page treasury treasury-single">
      {org ? (
        <p className="back-link">
          <Link to={`/orgs/${org.slug}/treasury/transactions`}>
            <span aria-hidden="true">← </span>Transactions of {org.name}
          </Link>
        </p>
      ) : null}
      <p className="eyebrow">{org ? `${org.name} · ` : ""}Transaction</p>
      {org ? <Reversible t={t.data} slug={org.slug} /> : <TransactionEntry t={t.data} headingLevel={1} />}
    </div>
  );
}
