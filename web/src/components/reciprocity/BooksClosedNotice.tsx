import { Link } from "react-router";
import type { ReciprocityAgreement } from "../../api/schema.ts";

/**
 * An agreement in force whose parties have not all opened their books cannot be invoiced: say so where
 * both sides look, who opens them and where, so a new company is not left to find out from a refusal.
 */
export function BooksClosedNotice({ agreement: a, heading = false }: { agreement: ReciprocityAgreement; heading?: boolean }) {
  if (a.booksClosed.length === 0 || (a.status !== "active" && a.status !== "ended")) return null;
  return (
    <div className="notice books-closed" role="note" aria-label="Books not open">
      {heading ? <h3>Waiting for books to be opened</h3> : null}
      {a.booksClosed.map((org) => (
        <p key={org.slug}>
          {org.name} has not opened its books, so no invoice can be raised under this agreement
          {a.nextPeriod ? ` (the next is for the period from ${a.nextPeriod.start} to ${a.nextPeriod.end})` : ""}. One of its stewards or
          treasurers opens them on <Link to={`/orgs/${org.slug}/treasury`}>{org.name}'s Treasury page</Link>, choosing a currency.
        </p>
      ))}
    </div>
  );
}
