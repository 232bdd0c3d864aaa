import { Link } from "react-router";
import type { Transaction } from "../../api/schema.ts";
import { formatDate } from "../../format.ts";
import { OUTCOME_LABEL } from "../decisions/labels.ts";
import { PersonLink } from "../PersonLink.tsx";
import { RelativeTime } from "../RelativeTime.tsx";
import { accountLabel } from "./AccountSelect.tsx";
import { Amount } from "./Amount.tsx";
import { KIND_ONE, SOURCE_ONE } from "./labels.ts";
import { MoneyTable } from "./MoneyTable.tsx";
import { ReverseForm } from "./ReverseForm.tsx";

function Counterparty({ t }: { t: Transaction }) {
  const c = t.counterparty;
  if (c.organization) return <Link to={`/orgs/${c.organization.slug}`}>{c.organization.name}</Link>;
  if (!c.name) return <span className="muted">{SOURCE_ONE[c.kind]}</span>;
  return (
    <>
      {c.name} <span className="muted">({SOURCE_ONE[c.kind].toLowerCase()})</span>
    </>
  );
}

/** One entry of the books: what, when, with whom, its postings, the decision behind it and what it records. */
export function TransactionEntry({
  t,
  canReverse = false,
  headingLevel = 3,
}: {
  t: Transaction;
  canReverse?: boolean;
  /** 1 on the transaction's own page; 3 in lists, where the heading links to that page. */
  headingLevel?: 1 | 3;
}) {
  const Heading = headingLevel === 1 ? "h1" : "h3";
  const memos = t.postings.some((p) => p.memo);
  return (
    <article className={`card txn${t.reversedBy ? " txn--reversed" : ""}`} aria-labelledby={`txn-${t.id}`}>
      <header className="txn-head">
        <Heading id={`txn-${t.id}`} className="txn-title">
          {headingLevel === 3 ? <Link to={`/transactions/${t.id}`}>{t.description}</Link> : t.description}
        </Heading>
        <p className="txn-meta">
          <time dateTime={t.date}>{formatDate(t.date)}</time>
          <span className="badge badge--txn-kind">{KIND_ONE[t.kind]}</span>
          <span>
            With <Counterparty t={t} />
          </span>
          <span className="muted">Entry {t.seq}</span>
        </p>
      </header>
      <MoneyTable
        caption={`Postings of entry ${t.seq}. Positive amounts are debits (into an asset, or spent); negative ones are credits.`}
        hideCaption
        headLabel="Account"
        columns={[...(memos ? [{ label: "Memo", numeric: false }] : []), { label: "Amount" }]}
        rows={t.postings.map((p, i) => ({
          key: `${i}`,
          head: accountLabel(p.account),
          cells: [...(memos ? [p.memo ?? ""] : []), <Amount key="a" amount={p.amount} currency={p.currency} signed />],
        }))}
        className="postings-table"
      />
      <dl className="txn-facts">
        <div>
          <dt>Authorised by</dt>
          <dd>
            {t.decision ? (
              <>
                <Link to={`/proposals/${t.decision.id}`}>{t.decision.title}</Link>
                {t.decision.outcome ? ` (${OUTCOME_LABEL[t.decision.outcome]})` : ""}
              </>
            ) : (
              <span className="muted">No decision recorded</span>
            )}
          </dd>
        </div>
        {t.source ? (
          <div>
            <dt>Records</dt>
            <dd>
              {t.source.type === "expense" ? <Link to={`/expenses/${t.source.id}`}>Expense: {t.source.label}</Link> : <>A donation</>}
            </dd>
          </div>
        ) : null}
        {t.reverses || t.reversedBy ? (
          <div>
            <dt>Correction</dt>
            <dd>
              {t.reverses ? <Link to={`/transactions/${t.reverses}`}>Reverses an earlier entry</Link> : null}
              {t.reversedBy ? (
                <>
                  <strong>Reversed</strong> by <Link to={`/transactions/${t.reversedBy}`}>a later entry</Link>
                </>
              ) : null}
            </dd>
          </div>
        ) : null}
        {t.transferId ? (
          <div>
            <dt>Transfer</dt>
            <dd>Also in the other organization's books</dd>
          </div>
        ) : null}
        <div>
          <dt>Posted</dt>
          <dd>
            {t.postedBy ? <PersonLink person={t.postedBy} showHandle={false} /> : <span className="muted">—</span>}{" "}
            <span className="muted small">
              <RelativeTime value={t.postedAt} />
            </span>
          </dd>
        </div>
      </dl>
      {canReverse && !t.reversedBy && !t.reverses ? (
        <div className="txn-actions">
          <ReverseForm id={t.id} />
        </div>
      ) : null}
    </article>
  );
}
