import { Fragment, useState } from "react";
import { useTranslation } from "react-i18next";
import type { DistributionStatement } from "../../api/schema.ts";
import { formatHours } from "../../format.ts";
import { PersonLink } from "../PersonLink.tsx";
import { TableScroll } from "../TableScroll.tsx";
import { Amount } from "../treasury/Amount.tsx";
import { LineContributions } from "./LineContributions.tsx";
import { pointsShown } from "./labels.ts";

/**
 * A statement's lines: the fixed shares, then each contributor with the points and work behind their
 * share; the total row is the amount, exactly. On a posted distribution a contributor's line opens
 * onto the contributions behind it.
 */
export function StatementTable({ statement }: { statement: DistributionStatement }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<Set<number>>(new Set());
  const toggle = (p: number) =>
    setOpen((s) => {
      const next = new Set(s);
      if (next.has(p)) next.delete(p);
      else next.add(p);
      return next;
    });
  const total = statement.lines.reduce((sum, l) => sum + BigInt(l.amount), 0n);
  return (
    <TableScroll label={t("value.statement.caption")}>
      <table className="data-table value-statement">
        <caption className="visually-hidden">{t("value.statement.caption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("value.statement.recipient")}</th>
            <th scope="col">{t("value.statement.share")}</th>
            <th scope="col" className="num">
              {t("value.statement.points")}
            </th>
            <th scope="col">{t("value.statement.work")}</th>
            <th scope="col" className="num">
              {t("value.statement.amount")}
            </th>
          </tr>
        </thead>
        <tbody>
          {statement.lines.map((l) => {
            const expandable = statement.id !== null && l.kind === "contributor";
            const id = `line-${l.position}`;
            return (
              <Fragment key={l.position}>
                <tr>
                  <th scope="row">{l.person ? <PersonLink person={l.person} /> : <code>{l.account}</code>}</th>
                  <td>{l.label}</td>
                  <td className="num">{l.points === null ? "—" : pointsShown(l.points)}</td>
                  <td>
                    {l.kind === "contributor" ? (
                      <>
                        {[
                          t("value.statement.contributions", { count: l.contributions }),
                          l.minutes ? formatHours(l.hours) : null,
                          l.lines ? t("value.statement.lines", { count: l.lines }) : null,
                          l.reviews ? t("value.statement.reviews", { count: l.reviews }) : null,
                        ]
                          .filter(Boolean)
                          .join(" · ")}
                        {expandable ? (
                          <>
                            {" "}
                            <button
                              type="button"
                              className="link-button"
                              aria-expanded={open.has(l.position)}
                              aria-controls={id}
                              onClick={() => toggle(l.position)}
                            >
                              {open.has(l.position) ? t("value.statement.hide") : t("value.statement.show")}
                            </button>
                          </>
                        ) : null}
                      </>
                    ) : (
                      <span className="muted">{t("value.statement.fixed")}</span>
                    )}
                  </td>
                  <td className="num">
                    <Amount amount={l.amount} currency={statement.currency} />
                  </td>
                </tr>
                {expandable && open.has(l.position) && statement.id ? (
                  <tr id={id}>
                    <td colSpan={5}>
                      <LineContributions distributionId={statement.id} position={l.position} />
                    </td>
                  </tr>
                ) : null}
              </Fragment>
            );
          })}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" colSpan={4}>
              {t("value.statement.total")}
            </th>
            <td className="num strong">
              <Amount amount={total} currency={statement.currency} />
            </td>
          </tr>
        </tfoot>
      </table>
      {statement.notShared.note ? <p className="muted small">{statement.notShared.note}.</p> : null}
    </TableScroll>
  );
}
