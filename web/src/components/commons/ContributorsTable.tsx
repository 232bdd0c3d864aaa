import type { Contributors } from "../../api/schema.ts";
import { formatDate, formatHours, formatNumber } from "../../format.ts";

type Contributor = Contributors["items"][number];

import { PersonLink } from "../PersonLink.tsx";
import { Empty } from "../States.tsx";
import { TableScroll } from "../TableScroll.tsx";

/** The people whose contributions were accepted, most first, with what they amount to. */
export function ContributorsTable({ items }: { items: Contributor[] }) {
  if (items.length === 0) return <Empty title="No accepted contributions in this period." />;
  return (
    <TableScroll label="Contributors, most accepted contributions first">
      <table className="data-table">
        <caption className="visually-hidden">Contributors, most accepted contributions first</caption>
        <thead>
          <tr>
            <th scope="col">Person</th>
            <th scope="col" className="num">
              Contributions
            </th>
            <th scope="col" className="num">
              Paid
            </th>
            <th scope="col" className="num">
              Lines
            </th>
            <th scope="col" className="num">
              Time logged
            </th>
            <th scope="col">Active</th>
          </tr>
        </thead>
        <tbody>
          {items.map((c) => (
            <tr key={c.person.handle}>
              <th scope="row">
                <PersonLink person={c.person} showHandle={false} />
              </th>
              <td className="num">{formatNumber(c.contributions)}</td>
              <td className="num">{formatNumber(c.paid)}</td>
              <td className="num">{formatNumber(c.lines)}</td>
              <td className="num">{c.hours > 0 ? formatHours(c.hours) : "—"}</td>
              <td className="nowrap">{c.first === c.last ? formatDate(c.first) : `${formatDate(c.first)} – ${formatDate(c.last)}`}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
