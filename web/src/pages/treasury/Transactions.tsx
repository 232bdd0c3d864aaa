import { useInfiniteQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate, useSearchParams } from "react-router";
import { apiPages } from "../../api/query.ts";
import { Field } from "../../components/Field.tsx";
import { QueryList } from "../../components/QueryList.tsx";
import { Empty } from "../../components/States.tsx";
import { KIND_LABEL, TRANSACTION_KINDS } from "../../components/treasury/labels.ts";
import { PostTransactionForm } from "../../components/treasury/PostTransactionForm.tsx";
import { useBooks } from "../../components/treasury/queries.ts";
import { TransactionEntry } from "../../components/treasury/TransactionEntry.tsx";
import { isKeyOf } from "../../format.ts";
import { useOrg } from "../OrgLayout.tsx";
import { TreasuryFrame, WithBooks } from "./frame.tsx";

/** Every transaction of the books (/orgs/:slug/treasury/transactions), latest first, with posting and reversing for treasurers. */
export function TransactionsPage() {
  const { t } = useTranslation();
  const { org } = useOrg();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const kindParam = params.get("kind");
  const kind = isKeyOf(KIND_LABEL, kindParam) ? kindParam : "";
  // The books and the list start together; posting and reversing refresh both through invalidation.
  const books = useBooks(org.slug);
  const [posting, setPosting] = useState(false);
  const list = useInfiniteQuery(
    apiPages("/api/organizations/{slug}/transactions", { path: { slug: org.slug }, query: { kind: kind || undefined, limit: 20 } }),
  );
  const canKeep = books.data?.canKeepBooks ?? false;

  return (
    <TreasuryFrame
      title={t("treasury.transactions.title")}
      lede={t("treasury.transactions.lede")}
      action={
        canKeep && !posting ? (
          <button type="button" className="button button--primary" onClick={() => setPosting(true)}>
            {t("treasury.transactions.post")}
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
                onPosted={(posted) => {
                  setPosting(false);
                  navigate(`/transactions/${posted.id}`);
                }}
                onCancel={() => setPosting(false)}
              />
            ) : null}
            <search className="filters">
              <form className="treasury-filters" onSubmit={(e) => e.preventDefault()}>
                <Field
                  as="select"
                  label={t("treasury.transactions.kind")}
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
                  <option value="">{t("treasury.transactions.everyKind")}</option>
                  {TRANSACTION_KINDS.map((k) => (
                    <option key={k} value={k}>
                      {KIND_LABEL[k]}
                    </option>
                  ))}
                </Field>
              </form>
            </search>
            <QueryList
              query={list}
              loading={t("treasury.transactions.loading")}
              empty={<Empty title={kind ? t("treasury.transactions.noneOfKind", { kind }) : t("treasury.transactions.none")} />}
            >
              {(items) => (
                <ul className="txn-list">
                  {items.map((entry) => (
                    <li key={entry.id}>
                      <TransactionEntry t={entry} canReverse={b.canKeepBooks} />
                    </li>
                  ))}
                </ul>
              )}
            </QueryList>
          </>
        )}
      </WithBooks>
    </TreasuryFrame>
  );
}
