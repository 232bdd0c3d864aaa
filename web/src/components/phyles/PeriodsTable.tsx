import { Trans, useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { PhylePeriod } from "../../api/schema.ts";
import { formatDate } from "../../format.ts";
import { TableScroll } from "../TableScroll.tsx";
import { Amount } from "../treasury/Amount.tsx";
import { BASIS_OF, DESTINATION_IN_SENTENCE } from "./format.ts";
import { formatBp } from "./percent.ts";

/** The recorded periods: the figures, the share as it stood, what was committed and where it went. */
export function PeriodsTable({ periods }: { periods: PhylePeriod[] }) {
  const { t } = useTranslation();
  return (
    <TableScroll label={t("phyles.periods.caption")}>
      <table className="data-table money-table">
        <caption className="money-table-caption">{t("phyles.periods.caption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("phyles.periods.period")}</th>
            <th scope="col" className="num">
              {t("phyles.periods.revenue")}
            </th>
            <th scope="col" className="num">
              {t("phyles.periods.costs")}
            </th>
            <th scope="col">{t("phyles.periods.share")}</th>
            <th scope="col" className="num">
              {t("phyles.periods.committed")}
            </th>
            <th scope="col">{t("phyles.periods.to")}</th>
          </tr>
        </thead>
        <tbody>
          {periods.map((p) => (
            <tr key={p.id}>
              <th scope="row">{t("phyles.periods.range", { start: formatDate(p.periodStart), end: formatDate(p.periodEnd) })}</th>
              <td className="num">
                <Amount amount={p.revenue} currency={p.currency} />
              </td>
              <td className="num">{p.basis === "surplus" ? <Amount amount={p.costs} currency={p.currency} /> : "—"}</td>
              <td>{t("phyles.periods.shareOf", { share: formatBp(p.shareBp), basis: BASIS_OF[p.basis] })}</td>
              <td className="num">
                <strong>
                  <Amount amount={p.committed} currency={p.currency} />
                </strong>
              </td>
              <td>
                <ul className="phyle-parts">
                  {p.commitments.map((c) => (
                    <li key={`${c.commons.slug}/${c.destination}`}>
                      <Trans
                        i18nKey="phyles.periods.commitment"
                        values={{ commons: c.commons.title, destination: DESTINATION_IN_SENTENCE[c.destination] }}
                        components={{
                          amount: <Amount amount={c.amount} currency={p.currency} />,
                          a: <Link to={`/commons/${c.commons.slug}`} />,
                        }}
                      />
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
