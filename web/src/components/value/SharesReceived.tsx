import { useQuery } from "@tanstack/react-query";
import { Link } from "react-router";
import { apiQuery } from "../../api/query.ts";
import { formatDate } from "../../format.ts";
import { LoadError, Loading } from "../States.tsx";
import { Amount } from "../treasury/Amount.tsx";
import { pointsShown } from "./labels.ts";
import "../../styles/value.css";
import { TableScroll } from "../TableScroll.tsx";

/** A person's distribution shares, and what each organization still owes them (the Person page's section). */
export function SharesReceived({ handle, name }: { handle: string; name: string }) {
  const shares = useQuery(apiQuery("/api/people/{handle}/shares", { path: { handle } }));
  if (shares.isPending) return <Loading label="Loading shares…" />;
  if (!shares.data) return <LoadError error={shares.error} retry={() => void shares.refetch()} />;
  const { items, organizations } = shares.data;
  if (items.length === 0) return <p className="muted">{name} has not received a share of a distribution yet.</p>;
  return (
    <>
      {organizations.length ? (
        <ul className="value-owed">
          {organizations.map((o) => (
            <li key={`${o.organization.slug}-${o.currency}`}>
              <Link to={`/orgs/${o.organization.slug}`}>{o.organization.name}</Link> owes <Amount amount={o.owed} currency={o.currency} />{" "}
              <span className="muted">
                (received <Amount amount={o.received} currency={o.currency} />, paid out <Amount amount={o.paidOut} currency={o.currency} />
                )
              </span>
            </li>
          ))}
        </ul>
      ) : null}
      <TableScroll label="Shares received, newest first">
        <table className="data-table">
          <caption className="visually-hidden">Shares of distributions {name} received, newest first</caption>
          <thead>
            <tr>
              <th scope="col">Posted</th>
              <th scope="col">Distribution</th>
              <th scope="col">Share</th>
              <th scope="col" className="num">
                Points
              </th>
              <th scope="col" className="num">
                Amount
              </th>
            </tr>
          </thead>
          <tbody>
            {items.map((s) => (
              <tr key={`${s.distribution.id}-${s.position}`}>
                <td>{formatDate(s.distribution.postedAt)}</td>
                <th scope="row">
                  <Link to={`/distributions/${s.distribution.id}`}>{s.commons?.title ?? s.organization.name}</Link>
                </th>
                <td>{s.label}</td>
                <td className="num">{s.points === null ? "—" : pointsShown(s.points)}</td>
                <td className="num">
                  <Amount amount={s.amount} currency={s.currency} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </>
  );
}
