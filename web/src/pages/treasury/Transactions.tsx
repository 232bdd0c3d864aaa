import { useState } from "react";
import { useNavigate, useSearchParams } from "react-router";
import { treasuryApi } from "../../api/treasury.ts";
import { Field } from "../../components/Field.tsx";
import { LoadMore } from "../../components/LoadMore.tsx";
import { Empty, LoadError, Loading } from "../../components/States.tsx";
import { KIND_LABEL } from "../../components/treasury/labels.ts";
import { PostTransactionForm } from "../../components/treasury/PostTransactionForm.tsx";
import { TransactionEntry } from "../../components/treasury/TransactionEntry.tsx";
import { useBooks } from "../../components/treasury/useBooks.ts";
import { usePaged } from "../../hooks.ts";
import { TRANSACTION_KINDS, type TransactionKind } from "../../types/treasury.ts";
import { useOrg } from "../OrgLayout.tsx";
import { TreasuryFrame, WithBooks } from "./frame.tsx";

const isKind = (v: string | null): v is TransactionKind => TRANSACTION_KINDS.includes(v as TransactionKind);

/** Every transaction of the books (/orgs/:slug/treasury/transactions), latest first, with posting and reversing for treasurers. */
export function TransactionsPage() {
  const { org } = useOrg();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const kindParam = params.get("kind");
  const kind = isKind(kindParam) ? kindParam : "";
  const [version, setVersion] = useState(0);
  const books = useBooks(org.slug, version);
  const [posting, setPosting] = useState(false);
  const list = usePaged(`treasury-transactions:${org.slug}:${kind}:${version}`, (cursor) =>
    treasuryApi.transactions(org.slug, { kind, cursor, limit: 20 }),
  );
  const changed = () => setVersion((v) => v + 1);
  const canKeep = books.data?.canKeepBooks ?? false;

  return (
    <TreasuryFrame
      title="Transactions"
      lede="Every entry in the books, latest first: who was paid or paid in, into and out of which accounts, and the decision behind it."
      action={
        canKeep && !posting ? (
          <button type="button" className="button button--primary" onClick={() => setPosting(true)}>
            Post a transaction
          </button>
        ) : null
      }
    >
      <WithBooks books={books}>
        {(b) => (
          <>
            {posting && b.canKeepBooks ? (
              <PostTransactionForm
                slug={org.slug}
                books={b}
                onPosted={(t) => {
                  setPosting(false);
                  navigate(`/transactions/${t.id}`);
                }}
                onCancel={() => setPosting(false)}
              />
            ) : null}
            <search className="filters">
              <form className="treasury-filters" onSubmit={(e) => e.preventDefault()}>
                <Field
                  as="select"
                  label="Kind"
                  name="kind"
                  value={kind}
                  onChange={(e) =>
                    setParams(
                      (prev) => {
                        const next = new URLSearchParams(prev);
                        if (e.target.value) next.set("kind", e.target.value);
                        else next.delete("kind");
                        return next;
                      },
                      { replace: true },
                    )
                  }
                >
                  <option value="">Every kind</option>
                  {TRANSACTION_KINDS.map((k) => (
                    <option key={k} value={k}>
                      {KIND_LABEL[k]}
                    </option>
                  ))}
                </Field>
              </form>
            </search>
            <div aria-live="polite" aria-busy={list.loading}>
              {list.loading ? (
                <Loading label="Loading transactions…" />
              ) : list.error && list.items.length === 0 ? (
                <LoadError error={list.error} retry={list.reload} />
              ) : list.items.length === 0 ? (
                <Empty title={kind ? `No ${KIND_LABEL[kind].toLowerCase()} yet.` : "Nothing has been posted yet."} />
              ) : (
                <>
                  <ul className="txn-list">
                    {list.items.map((t) => (
                      <li key={t.id}>
                        <TransactionEntry t={t} canReverse={b.canKeepBooks} onReversed={changed} />
                      </li>
                    ))}
                  </ul>
                  <LoadMore paged={list} />
                </>
              )}
            </div>
          </>
        )}
      </WithBooks>
    </TreasuryFrame>
  );
}
