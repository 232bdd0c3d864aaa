import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useSearchParams } from "react-router";
import { Field } from "../../components/Field.tsx";
import { Empty, LoadError, Loading } from "../../components/States.tsx";
import { BudgetCard } from "../../components/treasury/BudgetCard.tsx";
import { BudgetForm } from "../../components/treasury/BudgetForm.tsx";
import { budgetsQuery, useBooks } from "../../components/treasury/queries.ts";
import { useOrg } from "../OrgLayout.tsx";
import { TreasuryFrame, WithBooks } from "./frame.tsx";

/** Budgets by year (/orgs/:slug/treasury/budgets): each line against the actual; treasurers draft, revise and put them to a vote. */
export function BudgetsPage() {
  const { org } = useOrg();
  const books = useBooks(org.slug);
  const [params, setParams] = useSearchParams();
  const year = Number(params.get("year")) || undefined;
  const [drafting, setDrafting] = useState(false);
  // Every budget, to know the years; the chosen year's are filtered here (a handful per organization).
  const budgets = useQuery(budgetsQuery(org.slug));
  const years = [...new Set(budgets.data?.items.map((b) => b.year) ?? [])];
  const shown = budgets.data?.items.filter((b) => !year || b.year === year) ?? [];
  const canKeep = books.data?.canKeepBooks ?? false;

  return (
    <TreasuryFrame
      title="Budgets"
      lede="What the members approved to spend, line by line, against what has been paid and committed. A treasurer can approve an expense within a line that has money left; anything else goes to a vote."
      action={
        canKeep && !drafting ? (
          <button type="button" className="button button--primary" onClick={() => setDrafting(true)}>
            Draft a budget
          </button>
        ) : null
      }
    >
      <WithBooks books={books}>
        {(b) => (
          <>
            {drafting && b.canKeepBooks ? (
              <BudgetForm slug={org.slug} books={b} onSaved={() => setDrafting(false)} onCancel={() => setDrafting(false)} />
            ) : null}
            {years.length > 1 ? (
              <search className="filters">
                <form className="treasury-filters" onSubmit={(e) => e.preventDefault()}>
                  <Field
                    as="select"
                    label="Year"
                    name="year"
                    value={year ? String(year) : ""}
                    onChange={(e) => setParams(e.target.value ? { year: e.target.value } : {}, { replace: true })}
                  >
                    <option value="">Every year</option>
                    {years.map((y) => (
                      <option key={y} value={y}>
                        {y}
                      </option>
                    ))}
                  </Field>
                </form>
              </search>
            ) : null}
            {budgets.isPending ? (
              <Loading label="Loading budgets…" />
            ) : !budgets.data ? (
              <LoadError error={budgets.error} retry={() => void budgets.refetch()} />
            ) : shown.length === 0 ? (
              <Empty title={year ? `No budget for ${year}.` : "No budget yet."}>
                {b.canKeepBooks ? (
                  <p>Draft one, then put it to the members.</p>
                ) : (
                  <p>The treasurers draft budgets and put them to the members.</p>
                )}
              </Empty>
            ) : (
              <ul className="budget-list">
                {shown.map((budget) => (
                  <li key={budget.id}>
                    <BudgetCard slug={org.slug} budget={budget} books={b} />
                  </li>
                ))}
              </ul>
            )}
          </>
        )}
      </WithBooks>
    </TreasuryFrame>
  );
}
