import { Link } from "react-router";
import type { PhylePeriod } from "../../api/schema.ts";
import { formatDate } from "../../format.ts";
import { TableScroll } from "../TableScroll.tsx";
import { Amount } from "../treasury/Amount.tsx";
import { BASIS_OF, DESTINATION_LABEL } from "./format.ts";
import { formatBp } from "./percent.ts";

/** The recorded periods: the figures, the share as it stood, what was committed and where it went. */
export function PeriodsTable({ periods }: { periods: PhylePeriod[] }) {
  return (
    <TableScroll label="Recorded periods, latest first">
      <table className="data-table money-table">
        <caption className="money-table-caption">Recorded periods, latest first</caption>
        <thead>
          <tr>
            <th scope="col">Period</th>
            <th scope="col" className="num">
              Revenue
            </th>
            <th scope="col" className="num">
              Costs
            </th>
            <th scope="col">Share</th>
            <th scope="col" className="num">
              Committed
            </th>
            <th scope="col">To</th>
          </tr>
        </thead>
        <tbody>
          {periods.map((p) => (
            <tr key={p.id}>
              <th scope="row">
                {formatDate(p.periodStart)} – {formatDate(p.periodEnd)}
              </th>
              <td className="num">
                <Amount amount={p.revenue} currency={p.currency} />
              </td>
              <td className="num">{p.basis === "surplus" ? <Amount amount={p.costs} currency={p.currency} /> : "—"}</td>
              <td>
                {formatBp(p.shareBp)} {BASIS_OF[p.basis]}
              </td>
              <td className="num">
                <strong>
                  <Amount amount={p.committed} currency={p.currency} />
                </strong>
              </td>
              <td>
                <ul className="phyle-parts">
                  {p.commitments.map((c) => (
                    <li key={`${c.commons.slug}/${c.destination}`}>
                      <Amount amount={c.amount} currency={p.currency} /> to <Link to={`/commons/${c.commons.slug}`}>{c.commons.title}</Link>{" "}
                      ({DESTINATION_LABEL[c.destination].toLowerCase()})
                    </li>
                  ))}
                </ul>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
