import { Trans, useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { PhyleCharter } from "../../api/schema.ts";
import { formatDate } from "../../format.ts";
import { RenderedHtml } from "../discussions/RenderedHtml.tsx";
import { PersonLink } from "../PersonLink.tsx";
import { TableScroll } from "../TableScroll.tsx";
import { BASIS_LABEL, DESTINATION_LABEL } from "./format.ts";
import { formatBp } from "./percent.ts";

/** The charter as everyone reads it: the commitment, the mission, where the money goes, and who among the members are commoners. */
export function CharterSummary({ view }: { view: PhyleCharter }) {
  const { t } = useTranslation();
  const { charter, commoners, organization } = view;
  return (
    <>
      {charter ? (
        <section className="section" aria-labelledby="charter-title">
          <h3 id="charter-title">{t("phyles.charter.title")}</h3>
          <p className="phyle-commitment">
            <Trans
              i18nKey="phyles.charter.commitment"
              values={{
                organization: organization.name,
                share: formatBp(charter.shareBp),
                basis: BASIS_LABEL[charter.basis],
                currency: charter.currency,
              }}
              components={{ strong: <strong /> }}
            />
          </p>
          <RenderedHtml html={charter.missionHtml} />
          <TableScroll label={t("phyles.charter.where")}>
            <table className="data-table">
              <caption className="money-table-caption">{t("phyles.charter.where")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("phyles.charter.commons")}</th>
                  <th scope="col">{t("phyles.charter.to")}</th>
                  <th scope="col" className="num">
                    {t("phyles.charter.part")}
                  </th>
                </tr>
              </thead>
              <tbody>
                {charter.beneficiaries.map((b) => (
                  <tr key={`${b.commons.slug}/${b.destination}`}>
                    <th scope="row">
                      <Link to={`/commons/${b.commons.slug}`}>{b.commons.title}</Link>
                    </th>
                    <td>
                      {b.steward ? (
                        <Trans
                          i18nKey="phyles.charter.destinationOf"
                          values={{ destination: DESTINATION_LABEL[b.destination], steward: b.steward.name }}
                          components={{ a: <Link to={`/orgs/${b.steward.slug}`} /> }}
                        />
                      ) : (
                        DESTINATION_LABEL[b.destination]
                      )}
                    </td>
                    <td className="num">{formatBp(b.weightBp)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
          <p className="muted small">
            <Trans
              i18nKey="phyles.charter.adopted"
              values={{
                adopted: formatDate(charter.adoptedAt),
                by: charter.adoptedBy ? "yes" : "no",
                amended: charter.updatedAt !== charter.adoptedAt ? formatDate(charter.updatedAt) : "",
                wasAmended: charter.updatedAt !== charter.adoptedAt ? "yes" : "no",
              }}
              components={{ person: charter.adoptedBy ? <PersonLink person={charter.adoptedBy} showHandle={false} /> : <span /> }}
            />
          </p>
        </section>
      ) : null}
      <section className="section" aria-labelledby="commoners-title">
        <h3 id="commoners-title">{t("phyles.commoners.title")}</h3>
        <p>
          <Trans
            i18nKey="phyles.commoners.count"
            values={{ commoners: commoners.commoners, members: commoners.members }}
            components={{ strong: <strong /> }}
          />
        </p>
        {commoners.people.length ? (
          <ul className="phyle-commoners">
            {commoners.people.map((p) => (
              <li key={p.handle}>
                <PersonLink person={p} />
              </li>
            ))}
          </ul>
        ) : null}
      </section>
    </>
  );
}
