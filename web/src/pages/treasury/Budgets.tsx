import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
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
  const { t } = useTranslation();
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
      title={t("treasury.budgets.title")}
      lede={t("treasury.budgets.lede")}
      action={
        canKeep && !drafting ? (
          <button type="button" className="button button--primary" onClick={() => setDrafting(true)}>
            {t("treasury.budgets.draft")}
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
                    label={t("treasury.budgets.year")}
                    name="year"
                    value={year ? String(year) : ""}
                    onChange={(e) => setParams(e.target.value ? { year: e.target.value } : {}, { replace: true })}
                  >
                    <option value="">{t("treasury.budgets.everyYear")}</option>
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
              <Loading label={t("treasury.budgets.loading")} />
            ) : !budgets.data ? (
              <LoadError error={budgets.error} retry={() => void budgets.refetch()} />
            ) : shown.length === 0 ? (
              <Empty title={year ? t("treasury.budgets.noneFor", { year: String(year) }) : t("treasury.budgets.none")}>
                {b.canKeepBooks ? <p>{t("treasury.budgets.noneTreasurer")}</p> : <p>{t("treasury.budgets.noneOthers")}</p>}
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
