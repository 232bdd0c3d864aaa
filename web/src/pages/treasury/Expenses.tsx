import { useInfiniteQuery } from "@tanstack/react-query";
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
  "": { label: "Any status", api: undefined },
  waiting: { label: "Waiting for approval", api: "submitted" },
  approved: { label: "Approved, to be paid", api: "approved" },
  paid: { label: "Paid", api: "paid" },
  closed: { label: "Turned down or withdrawn", api: "rejected,withdrawn" },
} as const;
type Filter = keyof typeof FILTERS;

/** An organization's expenses (/orgs/:slug/treasury/expenses), newest first, with a way to submit one for members. */
export function ExpensesPage() {
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
      title="Expenses"
      lede="Any member can submit an expense. It is paid only once approved: by a vote of the members, or by a treasurer within a budget line the members approved."
      action={
        books.data?.opened && isMember ? (
          <Link className="button button--primary" to={`/orgs/${org.slug}/treasury/expenses/new`}>
            Submit an expense
          </Link>
        ) : books.data?.opened && !me ? (
          <Link className="button button--secondary" to={`/signin?next=${encodeURIComponent(`/orgs/${org.slug}/treasury/expenses`)}`}>
            Sign in to submit an expense
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
                  label="Status"
                  name="status"
                  value={filter}
                  onChange={(e) => setParams(e.target.value ? { status: e.target.value } : {}, { replace: true })}
                >
                  {Object.entries(FILTERS).map(([value, f]) => (
                    <option key={value} value={value}>
                      {f.label}
                    </option>
                  ))}
                </Field>
              </form>
            </search>
            <QueryList
              query={list}
              loading="Loading expenses…"
              empty={<Empty title={filter ? "No expense matches." : "No expense has been submitted yet."} />}
            >
              {(items) => <ExpenseTable items={items} caption={`Expenses of ${org.name}: ${FILTERS[filter].label.toLowerCase()}`} />}
            </QueryList>
          </>
        )}
      </WithBooks>
    </TreasuryFrame>
  );
}
