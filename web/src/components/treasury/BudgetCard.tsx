import { useState } from "react";
import { Trans, useTranslation } from "react-i18next";
import { Link } from "react-router";
import { client } from "../../api/client.ts";
import { data } from "../../api/query.ts";
import type { Books, Budget } from "../../api/schema.ts";
import { Amount } from "./Amount.tsx";
import { BudgetBar } from "./BudgetBar.tsx";
import { BudgetForm } from "./BudgetForm.tsx";
import { MoneyTable } from "./MoneyTable.tsx";
import { addMinor } from "./money.ts";
import { StatusBadge } from "./StatusBadge.tsx";
import { VoteTermsForm } from "./VoteTermsForm.tsx";

function BudgetLines({ budget }: { budget: Budget }) {
  const { t } = useTranslation();
  const currencies = new Set(budget.lines.map((l) => l.currency));
  const [only] = currencies;
  const sum = (field: "amount" | "paid" | "committed" | "left") => addMinor(...budget.lines.map((l) => l[field]));
  return (
    <MoneyTable
      caption={t("treasury.budget.linesCaption", { title: budget.title })}
      hideCaption
      headLabel={t("treasury.budget.line")}
      columns={[
        { label: t("treasury.budget.account"), numeric: false },
        { label: t("treasury.budget.budget") },
        { label: t("treasury.budget.paid") },
        { label: t("treasury.budget.committed") },
        { label: t("treasury.budget.left") },
        { label: t("treasury.budget.used"), numeric: false },
      ]}
      rows={budget.lines.map((l) => ({
        key: l.id,
        head: l.name,
        cells: [
          <code key="a" className="account-code">
            {l.account.code}
          </code>,
          <Amount key="b" amount={l.amount} currency={l.currency} />,
          <Amount key="p" amount={l.paid} currency={l.currency} />,
          <Amount key="c" amount={l.committed} currency={l.currency} />,
          <Amount key="l" amount={l.left} currency={l.currency} />,
          <BudgetBar key="u" amount={l.amount} paid={l.paid} committed={l.committed} />,
        ],
      }))}
      total={
        currencies.size === 1 && only
          ? {
              key: "total",
              head: t("treasury.budget.total"),
              cells: [
                "",
                <Amount key="b" amount={sum("amount")} currency={only} />,
                <Amount key="p" amount={sum("paid")} currency={only} />,
                <Amount key="c" amount={sum("committed")} currency={only} />,
                <Amount key="l" amount={sum("left")} currency={only} />,
                <BudgetBar key="u" amount={String(sum("amount"))} paid={String(sum("paid"))} committed={String(sum("committed"))} />,
              ],
            }
          : undefined
      }
    />
  );
}

/** One budget: its lines against the actual, its decision, and for treasurers, revising a draft and putting it to a vote. */
export function BudgetCard({ slug, budget, books }: { slug: string; budget: Budget; books: Books | undefined }) {
  const { t } = useTranslation();
  const [mode, setMode] = useState<"view" | "revise" | "vote">("view");
  const canAct = budget.status === "draft" && books?.canKeepBooks;
  return (
    <article className="card budget" aria-labelledby={`budget-${budget.id}`}>
      <header className="budget-head">
        <h3 id={`budget-${budget.id}`}>
          {budget.title}
          {budget.title.includes(String(budget.year)) ? null : <span className="muted"> ({budget.year})</span>}
        </h3>
        <StatusBadge of="budget" status={budget.status} />
      </header>
      {budget.proposalId ? (
        <p>
          <Trans
            i18nKey="treasury.budget.proposal"
            values={{ status: budget.status === "proposed" ? "proposed" : "decided" }}
            components={{ a: <Link to={`/proposals/${budget.proposalId}`} /> }}
          />
        </p>
      ) : budget.status === "draft" ? (
        <p className="muted">{t("treasury.budget.draftNote")}</p>
      ) : null}
      {budget.lines.length ? <BudgetLines budget={budget} /> : <p className="muted">{t("treasury.budget.noLines")}</p>}
      {canAct && books && mode === "revise" ? (
        <BudgetForm slug={slug} books={books} budget={budget} onSaved={() => setMode("view")} onCancel={() => setMode("view")} />
      ) : null}
      {/* Stays after the vote is created (the budget is then proposed), to show the link to the proposal. */}
      {books?.canKeepBooks && mode === "vote" ? (
        <section className="budget-vote" aria-labelledby={`vote-${budget.id}`}>
          <h4 id={`vote-${budget.id}`}>{t("treasury.budget.voteTitle", { title: budget.title })}</h4>
          <VoteTermsForm
            defaultTitle={t("treasury.budget.voteDefaultTitle", { title: budget.title })}
            propose={(body) => data(client.POST("/api/budgets/{id}/vote", { params: { path: { id: budget.id } }, body }))}
          />
        </section>
      ) : null}
      {canAct && mode === "view" ? (
        <div className="form-actions">
          <button type="button" className="button button--secondary button--small" onClick={() => setMode("revise")}>
            {t("treasury.budget.revise")}
          </button>
          <button type="button" className="button button--primary button--small" onClick={() => setMode("vote")}>
            {t("treasury.budget.putToVote")}
          </button>
        </div>
      ) : null}
    </article>
  );
}
