import type { ReactNode } from "react";
import { TableScroll } from "../TableScroll.tsx";

export interface MoneyColumn {
  label: string;
  /** Right-aligned tabular figures; true unless said otherwise. */
  numeric?: boolean;
}

export interface MoneyRow {
  key: string;
  /** The row's header cell: what the figures are for. */
  head: ReactNode;
  cells: ReactNode[];
}

export interface MoneySection {
  key: string;
  /** A heading row for the group (e.g. "Assets"), read as the header of the rows below it. */
  title?: ReactNode;
  rows: MoneyRow[];
  /** A subtotal row closing the group. */
  total?: MoneyRow;
}

/**
 * The one table for money on the treasury's pages: a caption, a header column, figures aligned for
 * comparison, optional groups with subtotals, and a total. Callers put <Amount> in the cells.
 */
export function MoneyTable({
  caption,
  hideCaption = false,
  headLabel,
  columns,
  rows,
  sections,
  total,
  className,
}: {
  caption: string;
  hideCaption?: boolean;
  headLabel: string;
  columns: MoneyColumn[];
  rows?: MoneyRow[];
  sections?: MoneySection[];
  total?: MoneyRow;
  className?: string;
}) {
  const groups: MoneySection[] = sections ?? [{ key: "rows", rows: rows ?? [] }];
  const cells = (row: MoneyRow) => (
    <>
      <th scope="row">{row.head}</th>
      {row.cells.map((c, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: cells are positional, one per column.
        <td key={i} className={columns[i]?.numeric === false ? undefined : "num"}>
          {c}
        </td>
      ))}
    </>
  );
  return (
    <TableScroll label={caption}>
      <table className={["data-table", "money-table", className ?? ""].filter(Boolean).join(" ")}>
        <caption className={hideCaption ? "visually-hidden" : "money-table-caption"}>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{headLabel}</th>
            {columns.map((c) => (
              <th key={c.label} scope="col" className={c.numeric === false ? undefined : "num"}>
                {c.label}
              </th>
            ))}
          </tr>
        </thead>
        {groups.map((g) => (
          <tbody key={g.key}>
            {g.title ? (
              <tr className="money-table-group">
                <th scope="colgroup" colSpan={columns.length + 1}>
                  {g.title}
                </th>
              </tr>
            ) : null}
            {g.rows.map((r) => (
              <tr key={r.key}>{cells(r)}</tr>
            ))}
            {g.total ? <tr className="money-table-subtotal">{cells(g.total)}</tr> : null}
          </tbody>
        ))}
        {total ? (
          <tfoot>
            <tr className="money-table-total">{cells(total)}</tr>
          </tfoot>
        ) : null}
      </table>
    </TableScroll>
  );
}
