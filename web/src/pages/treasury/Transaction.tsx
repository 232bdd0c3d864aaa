import { Link, useParams } from "react-router";
import { treasuryApi } from "../../api/treasury.ts";
import { LoadError, Loading } from "../../components/States.tsx";
import { TransactionEntry } from "../../components/treasury/TransactionEntry.tsx";
import { useResource, useTitle } from "../../hooks.ts";
import { useSession } from "../../session.tsx";
import type { TransactionDetail } from "../../types/treasury.ts";
import { NotFoundPage } from "../NotFound.tsx";
import "../../styles/treasury.css";

function Reversible({ t, onReversed }: { t: TransactionDetail; onReversed: () => void }) {
  const slug = t.organization?.slug ?? "";
  const books = useResource(`treasury-books:${slug}:`, () => treasuryApi.books(slug));
  return <TransactionEntry t={t} headingLevel={1} canReverse={books.data?.canKeepBooks ?? false} onReversed={onReversed} />;
}

/** One transaction (/transactions/:id): its postings, the decision behind it, what it records, and its reversal. */
export function TransactionPage() {
  const { id = "" } = useParams();
  const { me } = useSession();
  const t = useResource(`treasury-transaction:${id}:${me?.handle ?? ""}`, () => treasuryApi.transaction(id));
  useTitle(t.data ? `${t.data.description} · Transaction` : "Transaction");

  if (t.error?.status === 404) return <NotFoundPage what="transaction" />;
  if (t.loading && !t.data) return <Loading />;
  if (!t.data) return t.error ? <LoadError error={t.error} retry={t.reload} /> : null;
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
      {org ? <Reversible t={t.data} onReversed={t.reload} /> : <TransactionEntry t={t.data} headingLevel={1} />}
    </div>
  );
}
