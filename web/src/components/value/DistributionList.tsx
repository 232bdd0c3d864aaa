import { Link } from "react-router";
import { valueApi } from "../../api/value.ts";
import { formatDate } from "../../format.ts";
import { usePaged } from "../../hooks.ts";
import type { EquationOwner } from "../../types/value.ts";
import { LoadMore } from "../LoadMore.tsx";
import { Empty, LoadError, Loading } from "../States.tsx";
import { Amount } from "../treasury/Amount.tsx";

/** The distributions posted under an equation, newest first. */
export function DistributionList({ owner, slug, version }: { owner: EquationOwner; slug: string; version: number }) {
  const paged = usePaged(`distributions:${owner}:${slug}:${version}`, (cursor) =>
    valueApi.distributions(owner, slug, { cursor, limit: 20 }),
  );
  if (paged.loading && paged.items.length === 0) return <Loading label="Loading distributions…" />;
  if (paged.error && paged.items.length === 0) return <LoadError error={paged.error} retry={paged.reload} />;
  if (paged.items.length === 0) return <Empty title="Nothing has been distributed yet." />;
  return (
    <>
      <div className="table-scroll">
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">Posted</th>
              <th scope="col">Distribution</th>
              <th scope="col">Window</th>
              <th scope="col" className="num">
                Shares
              </th>
              <th scope="col" className="num">
                Amount
              </th>
            </tr>
          </thead>
          <tbody>
            {paged.items.map((d) => (
              <tr key={d.id}>
                <td>{formatDate(d.postedAt)}</td>
                <th scope="row">
                  <Link to={`/distributions/${d.id}`}>{d.description}</Link>
                </th>
                <td>
                  {formatDate(d.windowFrom)} – {formatDate(d.windowTo)}
                </td>
                <td className="num">{d.shares}</td>
                <td className="num">
                  <Amount amount={d.amount} currency={d.currency} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <LoadMore paged={paged} />
    </>
  );
}
