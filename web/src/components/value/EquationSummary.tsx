import type { ValueEquationInput } from "../../api/schema.ts";
import { CONTRIBUTION_KIND_LABEL } from "../../format.ts";
import { TableScroll } from "../TableScroll.tsx";
import { equationInWords, percent, recipientText } from "./labels.ts";

/** A value equation for everyone: in words, then its fixed shares and weights as tables. */
export function EquationSummary({ equation }: { equation: ValueEquationInput & { poolBp: number } }) {
  return (
    <div className="value-equation">
      <p className="prose">{equationInWords(equation)}</p>
      <TableScroll label="Shares, in order">
        <table className="data-table">
          <caption className="visually-hidden">Shares, in order</caption>
          <thead>
            <tr>
              <th scope="col">Share</th>
              <th scope="col">Goes to</th>
              <th scope="col" className="num">
                Of the amount
              </th>
            </tr>
          </thead>
          <tbody>
            {equation.buckets.map((b) => (
              <tr key={`${b.label}-${recipientText(b)}`}>
                <th scope="row">{b.label}</th>
                <td>{recipientText(b)}</td>
                <td className="num">{percent(b.shareBp)}</td>
              </tr>
            ))}
            <tr>
              <th scope="row">Contributor pool</th>
              <td>Contributors, by points</td>
              <td className="num">{percent(equation.poolBp)}</td>
            </tr>
          </tbody>
        </table>
      </TableScroll>
      <TableScroll label="Points per contribution kind">
        <table className="data-table">
          <caption className="visually-hidden">Points per contribution kind</caption>
          <thead>
            <tr>
              <th scope="col">Kind</th>
              <th scope="col" className="num">
                Per contribution
              </th>
              <th scope="col" className="num">
                Per hour
              </th>
              <th scope="col" className="num">
                Per hundred lines
              </th>
            </tr>
          </thead>
          <tbody>
            {equation.weights.map((w) => (
              <tr key={w.kind}>
                <th scope="row">{CONTRIBUTION_KIND_LABEL[w.kind]}</th>
                <td className="num">{w.perContribution}</td>
                <td className="num">{w.perHour}</td>
                <td className="num">{w.perHundredLines}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </div>
  );
}
