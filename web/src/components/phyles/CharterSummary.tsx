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
  const { charter, commoners, organization } = view;
  return (
    <>
      {charter ? (
        <section className="section" aria-labelledby="charter-title">
          <h3 id="charter-title">Charter</h3>
          <p className="phyle-commitment">
            {organization.name} commits <strong>{formatBp(charter.shareBp)}</strong> {BASIS_LABEL[charter.basis]} each period, in{" "}
            {charter.currency}, to the commons it builds on.
          </p>
          <RenderedHtml html={charter.missionHtml} />
          <TableScroll label="Where the commitment goes">
            <table className="data-table">
              <caption className="money-table-caption">Where the commitment goes</caption>
              <thead>
                <tr>
                  <th scope="col">Commons</th>
                  <th scope="col">To</th>
                  <th scope="col" className="num">
                    Part
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
                      {DESTINATION_LABEL[b.destination]}
                      {b.steward ? (
                        <>
                          {" "}
                          of <Link to={`/orgs/${b.steward.slug}`}>{b.steward.name}</Link>
                        </>
                      ) : null}
                    </td>
                    <td className="num">{formatBp(b.weightBp)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
          <p className="muted small">
            Adopted {formatDate(charter.adoptedAt)}
            {charter.adoptedBy ? (
              <>
                {" "}
                by <PersonLink person={charter.adoptedBy} showHandle={false} />
              </>
            ) : null}
            {charter.updatedAt !== charter.adoptedAt ? `, last amended ${formatDate(charter.updatedAt)}` : ""}.
          </p>
        </section>
      ) : null}
      <section className="section" aria-labelledby="commoners-title">
        <h3 id="commoners-title">Members who are commoners</h3>
        <p>
          <strong>
            {commoners.commoners} of {commoners.members}
          </strong>{" "}
          active members have had a contribution accepted in a commons. A phyle's members are meant to be commoners; this is shown, not
          enforced.
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
