import { useInfiniteQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import { apiPages } from "../../api/query.ts";
import { Field } from "../../components/Field.tsx";
import { QueryList } from "../../components/QueryList.tsx";
import { Empty } from "../../components/States.tsx";
import { ExpenseTable } from "../../components/treasury/ExpenseTable.tsx";
import { useBooks } from "../../components/treasury/queries.ts";
import { isKeyOf } from "../../format.ts";
import { useSession } from "../../session.tsx";
import { useOrg } from "../OrgLayout.tsx";
import { TreasuryFrame, WithBooks } from "./frame.tsx";

/** The status filter: the key kept in the address, and the statuses asked of the API. */
const FILTERS = {
  "": { label: "treasury.expenses.filter.any", api: undefined },
  waiting: { label: "treasury.expenses.filter.waiting", api: "submitted" },
  approved: { label: "treasury.expenses.filter.approved", api: "approved" },
  paid: { label: "treasury.expenses.filter.paid", api: "paid" },
  closed: { label: "treasury.expenses.filter.closed", api: "rejected,withdrawn" },
} as const;
type Filter = keyof typeof FILTERS;

/** An organization's expenses (/orgs/:slug/treasury/expenses), newest first, with a way to submit one for members. */
export function ExpensesPage() {
  const { t } = useTranslation();
  const { org } = useOrg();
  const { me } = useSession();
  const books = useBooks(org.slug);
  const [params, setParams] = useSearchParams();
  const statusParam = params.get("status");
  const filter: Filter = isKeyOf(FILTERS, statusParam) ? statusParam : "";
  // The books and the list start together.
  const list = useInfiniteQuery(
    apiPages("/api/organizations/{slug}/expenses", { path: { slug: org.slug }, query: { status: FILTERS[filter].api, limit: 25 } }),
  );
  const isMember = org.viewer.status === "active";

  return (
    <TreasuryFrame
      title={t("treasury.expenses.title")}
      lede={t("treasury.expenses.lede")}
      action={
        books.data?.opened && isMember ? (
          <Link className="button button--primary" to={`/orgs/${org.slug}/treasury/expenses/new`}>
            {t("treasury.expenses.submit")}
          </Link>
        ) : books.data?.opened && !me ? (
          <Link className="button button--secondary" to={`/signin?next=${encodeURIComponent(`/orgs/${org.slug}/treasury/expenses`)}`}>
            {t("treasury.expenses.signIn")}
          </Link>
        ) : null
      }
    >
      <WithBooks books={books}>
        {() => (
          <>
            <search className="filters">
              <form className="treasury-filters" onSubmit={(e) => e.preventDefault()}>
                <Field
                  as="select"
                  label={t("treasury.expenses.status")}
                  name="status"
                  value={filter}
                  onChange={(e) => setParams(e.target.value ? { status: e.target.value } : {}, { replace: true })}
                >
                  {Object.entries(FILTERS).map(([value, f]) => (
                    <option key={value} value={value}>
                      {t(f.label)}
                    </option>
                  ))}
                </Field>
              </form>
            </search>
            <QueryList
              query={list}
              loading={t("treasury.expenses.loading")}
              empty={<Empty title={filter ? t("treasury.expenses.noMatch") : t("treasury.expenses.none")} />}
            >
              {(items) => (
                <ExpenseTable items={items} caption={t("treasury.expenses.caption", { org: org.name, filter: filter || "any" })} />
              )}
            </QueryList>
          </>
        )}
      </WithBooks>
    </TreasuryFrame>
  );
}
