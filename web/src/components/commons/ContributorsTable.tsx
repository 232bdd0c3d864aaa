import { useTranslation } from "react-i18next";
import type { Contributors } from "../../api/schema.ts";
import { formatDate, formatHours, formatNumber } from "../../format.ts";

type Contributor = Contributors["items"][number];

import { PersonLink } from "../PersonLink.tsx";
import { Empty } from "../States.tsx";
import { TableScroll } from "../TableScroll.tsx";

/** The people whose contributions were accepted, most first, with what they amount to. */
export function ContributorsTable({ items }: { items: Contributor[] }) {
  const { t } = useTranslation();
  if (items.length === 0) return <Empty title={t("commons.noAcceptedInPeriod")} />;
  return (
    <TableScroll label={t("commons.contributors.caption")}>
      <table className="data-table">
        <caption className="visually-hidden">{t("commons.contributors.caption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("commons.contributors.person")}</th>
            <th scope="col" className="num">
              {t("commons.tally.contributions")}
            </th>
            <th scope="col" className="num">
              {t("commons.contributors.paid")}
            </th>
            <th scope="col" className="num">
              {t("commons.tally.lines")}
            </th>
            <th scope="col" className="num">
              {t("commons.tally.time")}
            </th>
            <th scope="col">{t("commons.contributors.active")}</th>
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
