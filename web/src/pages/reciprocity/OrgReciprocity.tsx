import { type InfiniteData, type UseInfiniteQueryResult, useInfiniteQuery, useQuery } from "@tanstack/react-query";
import { Link } from "react-router";
import { apiPages, apiQuery } from "../../api/query.ts";
import type { Organization, ReciprocityAgreement, ReciprocityAgreements, Use } from "../../api/schema.ts";
import { QueryList, QueryView } from "../../components/QueryList.tsx";
import { TermsSummary } from "../../components/reciprocity/AgreementTerms.tsx";
import { AGREEMENT_STATUS_LABEL, hours, SIDE_WORD } from "../../components/reciprocity/format.ts";
import { UseCard } from "../../components/reciprocity/UseCard.tsx";
import { Empty } from "../../components/States.tsx";
import { TableScroll } from "../../components/TableScroll.tsx";
import { Amounts } from "../../components/treasury/Amount.tsx";
import { formatDate } from "../../format.ts";
import { useTitle } from "../../hooks.ts";
import { useOrg } from "../OrgLayout.tsx";
import "../../styles/reciprocity.css";

function AgreementRows({ items, asEnterprise }: { items: ReciprocityAgreement[]; asEnterprise: boolean }) {
  return (
    <TableScroll label="Reciprocity agreements, newest first">
      <table className="data-table">
        <caption className="visually-hidden">Reciprocity agreements, newest first</caption>
        <thead>
          <tr>
            <th scope="col">Commons</th>
            <th scope="col">{asEnterprise ? "Steward association" : "Enterprise"}</th>
            <th scope="col">Terms</th>
            <th scope="col">Status</th>
            <th scope="col">In arrears</th>
            <th scope="col">Next</th>
          </tr>
        </thead>
        <tbody>
          {items.map((a) => {
            const other = asEnterprise ? a.association : a.enterprise;
            return (
              <tr key={a.id}>
                <th scope="row">
                  <Link to={`/agreements/${a.id}`} aria-label={`Agreement on ${a.commons.title} with ${other.name}`}>
                    {a.commons.title}
                  </Link>
                </th>
                <td>
                  <Link to={`/orgs/${other.slug}`}>{other.name}</Link>
                </td>
                <td>
                  <TermsSummary agreement={a} />
                </td>
                <td>
                  <span className={`badge badge--agreement-${a.status}`}>{AGREEMENT_STATUS_LABEL[a.status]}</span>
                  {a.status === "proposed" ? <span className="muted small"> by the {SIDE_WORD[a.proposedBySide]}</span> : null}
                </td>
                <td>
                  <Amounts list={a.arrears} />
                </td>
                <td>
                  {a.booksClosed.length > 0 && (a.status === "active" || a.status === "ended") ? (
                    <Link to={`/orgs/${a.booksClosed[0]?.slug}/treasury`}>
                      Waiting for {a.booksClosed.map((o) => o.name).join(" and ")} to open {a.booksClosed.length > 1 ? "their" : "its"}{" "}
                      books
                    </Link>
                  ) : a.nextPeriod ? (
                    <Link to={`/agreements/${a.id}`}>
                      {a.revenueShareBp !== null ? "Revenue to declare" : "Invoice to raise"} for {formatDate(a.nextPeriod.start)}
                    </Link>
                  ) : a.outstanding.length ? (
                    <Link to={`/agreements/${a.id}`}>Invoices to pay</Link>
                  ) : (
                    <span className="muted">—</span>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableScroll>
  );
}

function Summary({ list }: { list: ReciprocityAgreements }) {
  return (
    <dl className="agreement-terms reciprocity-summary">
      <div>
        <dt>Outstanding</dt>
        <dd>
          <Amounts list={list.outstanding} />
        </dd>
      </div>
      <div>
        <dt>In arrears</dt>
        <dd>
          <Amounts list={list.arrears} />
        </dd>
      </div>
      {list.items.some((a) => a.pledgeMinutes !== null) ? (
        <div>
          <dt>Hours short of pledges</dt>
          <dd>{hours(list.pledgeShortfallMinutes)}</dd>
        </div>
      ) : null}
    </dl>
  );
}

/** An enterprise's uses, or, for an association, the uses of the commons it stewards (where it offers agreements). */
function OrgUses({ org, uses }: { org: Organization; uses: UseInfiniteQueryResult<InfiniteData<{ items: Use[] }>> }) {
  const asEnterprise = org.kind === "enterprise";
  return (
    <section className="section" aria-labelledby="org-uses-title">
      <h3 id="org-uses-title">{asEnterprise ? `Commons ${org.name} builds on` : `Built on the commons ${org.name} stewards`}</h3>
      <QueryList
        query={uses}
        loading="Loading uses…"
        empty={<Empty title="No use declared yet.">{asEnterprise ? <p>Declare one from a commons' “Built on it” tab.</p> : null}</Empty>}
      >
        {(items) => (
          <div className="use-list">
            {items.map((u) => (
              <UseCard key={u.id} use={u} from={asEnterprise ? "enterprise" : "association"} />
            ))}
          </div>
        )}
      </QueryList>
    </section>
  );
}

/** Reciprocity (/orgs/:slug/reciprocity): an enterprise's uses and agreements, or an association's agreements on the commons it stewards. */
export function OrgReciprocityPage() {
  const { org } = useOrg();
  useTitle(`Reciprocity · ${org.name}`);
  const asEnterprise = org.kind === "enterprise";
  const path = { slug: org.slug };
  const list = useQuery(apiQuery("/api/organizations/{slug}/agreements", { path }));
  const uses = useInfiniteQuery(apiPages("/api/organizations/{slug}/uses", { path }));
  const offers = (list.data?.items ?? []).filter(
    (a) => a.status === "proposed" && a.proposedBySide !== (asEnterprise ? "enterprise" : "association"),
  );
  return (
    <div className="reciprocity">
      <div className="page-head">
        <div>
          <h2>Reciprocity</h2>
          <p className="lede">
            {asEnterprise
              ? `What ${org.name} builds on, whether it complies with each licence, and what it gives back.`
              : `Agreements with the enterprises that build on the commons ${org.name} stewards, and what they owe.`}
          </p>
        </div>
      </div>
      {list.data ? <Summary list={list.data} /> : null}
      {offers.length ? (
        <section className="section card" aria-labelledby="offers-title">
          <h3 id="offers-title">Offers to answer</h3>
          <ul>
            {offers.map((a) => (
              <li key={a.id}>
                <Link to={`/agreements/${a.id}`}>
                  {asEnterprise ? a.association.name : a.enterprise.name} offers an agreement on {a.commons.title}
                </Link>
                : <TermsSummary agreement={a} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <OrgUses org={org} uses={uses} />
      <section className="section" aria-labelledby="agreements-title">
        <h3 id="agreements-title">Agreements</h3>
        <QueryView query={list} loading="Loading agreements…">
          {(l) =>
            l.items.length === 0 ? (
              <Empty title="No reciprocity agreement yet." />
            ) : (
              <AgreementRows items={l.items} asEnterprise={asEnterprise} />
            )
          }
        </QueryView>
      </section>
    </div>
  );
}
