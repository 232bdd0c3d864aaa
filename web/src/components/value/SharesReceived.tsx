import { useQuery } from "@tanstack/react-query";
import { Trans, useTranslation } from "react-i18next";
import { Link } from "react-router";
import { apiQuery } from "../../api/query.ts";
import { formatDate } from "../../format.ts";
import { LoadError, Loading } from "../States.tsx";
import { Amount } from "../treasury/Amount.tsx";
import { pointsShown } from "./labels.ts";
import "../../styles/value.css";
import { TableScroll } from "../TableScroll.tsx";

/** A person's distribution shares, and what each organization still owes them (the Person page's section). */
export function SharesReceived({ handle, name }: { handle: string; name: string }) {
  const { t } = useTranslation();
  const shares = useQuery(apiQuery("/api/people/{handle}/shares", { path: { handle } }));
  if (shares.isPending) return <Loading label={t("value.received.loading")} />;
  if (!shares.data) return <LoadError error={shares.error} retry={() => void shares.refetch()} />;
  const { items, organizations } = shares.data;
  if (items.length === 0) return <p className="muted">{t("value.received.none", { name })}</p>;
  return (
    <>
      {organizations.length ? (
        <ul className="value-owed">
          {organizations.map((o) => (
            <li key={`${o.organization.slug}-${o.currency}`}>
              <Trans
                i18nKey="value.received.owes"
                values={{ organization: o.organization.name }}
                components={{
                  a: <Link to={`/orgs/${o.organization.slug}`} />,
                  owed: <Amount amount={o.owed} currency={o.currency} />,
                  muted: <span className="muted" />,
                  received: <Amount amount={o.received} currency={o.currency} />,
                  paidOut: <Amount amount={o.paidOut} currency={o.currency} />,
                }}
              />
            </li>
          ))}
        </ul>
      ) : null}
      <TableScroll label={t("value.received.caption")}>
        <table className="data-table">
          <caption className="visually-hidden">{t("value.received.captionLong", { name })}</caption>
          <thead>
            <tr>
              <th scope="col">{t("value.list.posted")}</th>
              <th scope="col">{t("value.list.distribution")}</th>
              <th scope="col">{t("value.statement.share")}</th>
              <th scope="col" className="num">
                {t("value.statement.points")}
              </th>
              <th scope="col" className="num">
                {t("value.statement.amount")}
              </th>
            </tr>
          </thead>
          <tbody>
            {items.map((s) => (
              <tr key={`${s.distribution.id}-${s.position}`}>
                <td>{formatDate(s.distribution.postedAt)}</td>
                <th scope="row">
                  <Link to={`/distributions/${s.distribution.id}`}>{s.commons?.title ?? s.organization.name}</Link>
                </th>
                <td>{s.label}</td>
                <td className="num">{s.points === null ? "—" : pointsShown(s.points)}</td>
                <td className="num">
                  <Amount amount={s.amount} currency={s.currency} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </>
  );
}
