import { useQuery } from "@tanstack/react-query";
import { Trans, useTranslation } from "react-i18next";
import { Link, useNavigate } from "react-router";
import { apiQuery } from "../../api/query.ts";
import { Empty } from "../../components/States.tsx";
import { ExpenseForm } from "../../components/treasury/ExpenseForm.tsx";
import { useBooks } from "../../components/treasury/queries.ts";
import { useOrg } from "../OrgLayout.tsx";
import { TreasuryFrame, WithBooks } from "./frame.tsx";

/** Where the expense page finds a receipt upload that failed after the expense was created. */
export interface ExpenseLocationState {
  receiptProblem?: string;
}

/** Submit an expense (/orgs/:slug/treasury/expenses/new), for the organization's members. */
export function ExpenseNewPage() {
  const { t } = useTranslation();
  const { org } = useOrg();
  const navigate = useNavigate();
  const books = useBooks(org.slug);
  // The members whose handles the form suggests, loaded with the books.
  const members = useQuery(
    apiQuery("/api/organizations/{slug}/members", { path: { slug: org.slug }, query: { status: "active", limit: 100 } }),
  );
  return (
    <TreasuryFrame title={t("treasury.expenseNew.title")} lede={t("treasury.expenseNew.lede")}>
      {org.viewer.status !== "active" ? (
        <Empty title={t("treasury.expenseNew.membersOnly", { org: org.name })}>
          <p>
            <Trans i18nKey="treasury.expenseNew.joinFirst" components={{ a: <Link to={`/orgs/${org.slug}`} /> }} />
          </p>
        </Empty>
      ) : (
        <WithBooks books={books}>
          {(b) => (
            <ExpenseForm
              slug={org.slug}
              books={b}
              members={members.data?.items ?? []}
              onSubmitted={(expense, receiptProblem) =>
                navigate(`/expenses/${expense.id}`, {
                  state: (receiptProblem ? { receiptProblem: receiptProblem.detail } : {}) satisfies ExpenseLocationState,
                })
              }
            />
          )}
        </WithBooks>
      )}
    </TreasuryFrame>
  );
}
