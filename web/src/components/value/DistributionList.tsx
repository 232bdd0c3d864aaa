import type { InfiniteData, UseInfiniteQueryResult } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { DistributionSummary } from "../../api/schema.ts";
import { formatDate, formatNumber } from "../../format.ts";
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
  const { t } = useTranslation();
  return (
    <QueryList query={distributions} loading={t("value.list.loading")} empty={<Empty title={t("value.list.empty")} />}>
      {(items) => (
        <TableScroll label={t("value.list.caption")}>
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">{t("value.list.posted")}</th>
                <th scope="col">{t("value.list.distribution")}</th>
                <th scope="col">{t("value.list.window")}</th>
                <th scope="col" className="num">
                  {t("value.list.shares")}
                </th>
                <th scope="col" className="num">
                  {t("value.statement.amount")}
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
                  <td>{t("value.list.range", { from: formatDate(d.windowFrom), to: formatDate(d.windowTo) })}</td>
                  <td className="num">{formatNumber(d.shares)}</td>
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
