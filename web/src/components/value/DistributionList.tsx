import type { InfiniteData, UseInfiniteQueryResult } from "@tanstack/react-query";
import { Link } from "react-router";
import type { DistributionSummary } from "../../api/schema.ts";
import { formatDate } from "../../format.ts";
import { QueryList } from "../QueryList.tsx";
import { Empty } from "../States.tsx";
import { TableScroll } from "../TableScroll.tsx";
import { Amount } from "../treasury/Amount.tsx";

/** The distributions posted under an equation, newest first (the page starts the query: `useDistributions` in queries.ts). */
export function DistributionList({
  distributions,
}: {
  distributions: UseInfiniteQueryResult<InfiniteData<{ items: DistributionSummary[] }>>;
}) {
  return (
    <QueryList query={distributions} loading="Loading distributions…" empty={<Empty title="Nothing has been distributed yet." />}>
      {(items) => (
        <TableScroll label="Posted distributions, newest first">
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
              {items.map((d) => (
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
        </TableScroll>
      )}
    </QueryList>
  );
}
