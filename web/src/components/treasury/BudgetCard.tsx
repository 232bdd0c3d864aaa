import { useState } from "react";
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
  const currencies = new Set(budget.lines.map((l) => l.currency));
  const [only] = currencies;
  const sum = (field: "amount" | "paid" | "committed" | "left") => addMinor(...budget.lines.map((l) => l[field]));
  return (
    <MoneyTable
      caption={`Lines of ${budget.title}: the budget, paid so far (the actual), approved but not yet paid (committed), and what is left.`}
      hideCaption
      headLabel="Line"
      columns={[
        { label: "Account", numeric: false },
        { label: "Budget" },
        { label: "Paid" },
        { label: "Committed" },
        { label: "Left" },
        { label: "Used", numeric: false },
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
              head: "Total",
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
          {budget.status === "proposed" ? "Before the members: " : "Decided by the members: "}
          <Link to={`/proposals/${budget.proposalId}`}>see the proposal</Link>
        </p>
      ) : budget.status === "draft" ? (
        <p className="muted">A draft: not yet put to the members, so no expense can be approved within it.</p>
      ) : null}
      {budget.lines.length ? <BudgetLines budget={budget} /> : <p className="muted">No lines.</p>}
      {canAct && books && mode === "revise" ? (
        <BudgetForm slug={slug} books={books} budget={budget} onSaved={() => setMode("view")} onCancel={() => setMode("view")} />
      ) : null}
      {/* Stays after the vote is created (the budget is then proposed), to show the link to the proposal. */}
      {books?.canKeepBooks && mode === "vote" ? (
        <section className="budget-vote" aria-labelledby={`vote-${budget.id}`}>
          <h4 id={`vote-${budget.id}`}>Put “{budget.title}” to a vote</h4>
          <VoteTermsForm
            defaultTitle={`Approve the budget: ${budget.title}`}
            propose={(body) => data(client.POST("/api/budgets/{id}/vote", { params: { path: { id: budget.id } }, body }))}
          />
        </section>
      ) : null}
      {canAct && mode === "view" ? (
        <div className="form-actions">
          <button type="button" className="button button--secondary button--small" onClick={() => setMode("revise")}>
            Revise the draft
          </button>
          <button type="button" className="button button--primary button--small" onClick={() => setMode("vote")}>
            Put to a vote
          </button>
        </div>
      ) : null}
    </article>
  );
}
