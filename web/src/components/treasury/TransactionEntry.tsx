import { Trans, useTranslation } from "react-i18next";
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

function Counterparty({ entry }: { entry: Transaction }) {
  const c = entry.counterparty;
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
  t: entry,
  canReverse = false,
  headingLevel = 3,
}: {
  t: Transaction;
  canReverse?: boolean;
  /** 1 on the transaction's own page; 3 in lists, where the heading links to that page. */
  headingLevel?: 1 | 3;
}) {
  const { t } = useTranslation();
  const Heading = headingLevel === 1 ? "h1" : "h3";
  const memos = entry.postings.some((p) => p.memo);
  return (
    <article className={`card txn${entry.reversedBy ? " txn--reversed" : ""}`} aria-labelledby={`txn-${entry.id}`}>
      <header className="txn-head">
        <Heading id={`txn-${entry.id}`} className="txn-title">
          {headingLevel === 3 ? <Link to={`/transactions/${entry.id}`}>{entry.description}</Link> : entry.description}
        </Heading>
        <p className="txn-meta">
          <time dateTime={entry.date}>{formatDate(entry.date)}</time>
          <span className="badge badge--txn-kind">{KIND_ONE[entry.kind]}</span>
          <span>
            <Trans i18nKey="treasury.entry.with" components={{ who: <Counterparty entry={entry} /> }} />
          </span>
          <span className="muted">{t("treasury.entry.number", { seq: entry.seq })}</span>
        </p>
      </header>
      <MoneyTable
        caption={t("treasury.entry.postingsCaption", { seq: entry.seq })}
        hideCaption
        headLabel={t("treasury.entry.account")}
        columns={[...(memos ? [{ label: t("treasury.entry.memo"), numeric: false }] : []), { label: t("treasury.entry.amount") }]}
        rows={entry.postings.map((p, i) => ({
          key: `${i}`,
          head: accountLabel(p.account),
          cells: [...(memos ? [p.memo ?? ""] : []), <Amount key="a" amount={p.amount} currency={p.currency} signed />],
        }))}
        className="postings-table"
      />
      <dl className="txn-facts">
        <div>
          <dt>{t("treasury.entry.authorisedBy")}</dt>
          <dd>
            {entry.decision ? (
              <>
                <Link to={`/proposals/${entry.decision.id}`}>{entry.decision.title}</Link>
                {entry.decision.outcome ? t("treasury.entry.outcome", { outcome: OUTCOME_LABEL[entry.decision.outcome] }) : ""}
              </>
            ) : (
              <span className="muted">{t("treasury.entry.noDecision")}</span>
            )}
          </dd>
        </div>
        {entry.source ? (
          <div>
            <dt>{t("treasury.entry.records")}</dt>
            <dd>
              {entry.source.type === "expense" ? (
                <Link to={`/expenses/${entry.source.id}`}>{t("treasury.entry.recordsExpense", { label: entry.source.label })}</Link>
              ) : (
                t("treasury.entry.recordsDonation")
              )}
            </dd>
          </div>
        ) : null}
        {entry.reverses || entry.reversedBy ? (
          <div>
            <dt>{t("treasury.entry.correction")}</dt>
            <dd>
              {entry.reverses ? <Link to={`/transactions/${entry.reverses}`}>{t("treasury.entry.reverses")}</Link> : null}
              {entry.reversedBy ? (
                <Trans
                  i18nKey="treasury.entry.reversedBy"
                  components={{ strong: <strong />, a: <Link to={`/transactions/${entry.reversedBy}`} /> }}
                />
              ) : null}
            </dd>
          </div>
        ) : null}
        {entry.transferId ? (
          <div>
            <dt>{t("treasury.entry.transfer")}</dt>
            <dd>{t("treasury.entry.transferBoth")}</dd>
          </div>
        ) : null}
        <div>
          <dt>{t("treasury.entry.posted")}</dt>
          <dd>
            {entry.postedBy ? <PersonLink person={entry.postedBy} showHandle={false} /> : <span className="muted">—</span>}{" "}
            <span className="muted small">
              <RelativeTime value={entry.postedAt} />
            </span>
          </dd>
        </div>
      </dl>
      {canReverse && !entry.reversedBy && !entry.reverses ? (
        <div className="txn-actions">
          <ReverseForm id={entry.id} />
        </div>
      ) : null}
    </article>
  );
}
