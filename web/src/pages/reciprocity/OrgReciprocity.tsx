import { type InfiniteData, type UseInfiniteQueryResult, useInfiniteQuery, useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { apiPages, apiQuery } from "../../api/query.ts";
import type { Organization, ReciprocityAgreement, ReciprocityAgreements, Use } from "../../api/schema.ts";
import { QueryList, QueryView } from "../../components/QueryList.tsx";
import { TermsSummary } from "../../components/reciprocity/AgreementTerms.tsx";
import { AGREEMENT_STATUS_LABEL, formatList, hours, SIDE_BY } from "../../components/reciprocity/format.ts";
import { UseCard } from "../../components/reciprocity/UseCard.tsx";
import { Empty } from "../../components/States.tsx";
import { TableScroll } from "../../components/TableScroll.tsx";
import { Amounts } from "../../components/treasury/Amount.tsx";
import { formatDate } from "../../format.ts";
import { useTitle } from "../../hooks.ts";
import { useOrg } from "../OrgLayout.tsx";
import "../../styles/reciprocity.css";

function AgreementRows({ items, asEnterprise }: { items: ReciprocityAgreement[]; asEnterprise: boolean }) {
  const { t } = useTranslation();
  return (
    <TableScroll label={t("reciprocity.org.agreementsCaption")}>
      <table className="data-table">
        <caption className="visually-hidden">{t("reciprocity.org.agreementsCaption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("reciprocity.org.commons")}</th>
            <th scope="col">{asEnterprise ? t("reciprocity.org.association") : t("reciprocity.org.enterprise")}</th>
            <th scope="col">{t("reciprocity.org.terms")}</th>
            <th scope="col">{t("reciprocity.org.status")}</th>
            <th scope="col">{t("reciprocity.terms.arrears")}</th>
            <th scope="col">{t("reciprocity.org.next")}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((a) => {
            const other = asEnterprise ? a.association : a.enterprise;
            return (
              <tr key={a.id}>
                <th scope="row">
                  <Link
                    to={`/agreements/${a.id}`}
                    aria-label={t("reciprocity.org.agreementLabel", { commons: a.commons.title, other: other.name })}
                  >
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
                  {a.status === "proposed" ? <span className="muted small"> {SIDE_BY[a.proposedBySide]}</span> : null}
                </td>
                <td>
                  <Amounts list={a.arrears} />
                </td>
                <td>
                  {a.booksClosed.length > 0 && (a.status === "active" || a.status === "ended") ? (
                    <Link to={`/orgs/${a.booksClosed[0]?.slug}/treasury`}>
                      {t("reciprocity.org.waitingBooks", {
                        names: formatList(a.booksClosed.map((o) => o.name)),
                        count: a.booksClosed.length,
                      })}
                    </Link>
                  ) : a.nextPeriod ? (
                    <Link to={`/agreements/${a.id}`}>
                      {a.revenueShareBp !== null
                        ? t("reciprocity.org.revenueToDeclare", { date: formatDate(a.nextPeriod.start) })
                        : t("reciprocity.org.invoiceToRaise", { date: formatDate(a.nextPeriod.start) })}
                    </Link>
                  ) : a.outstanding.length ? (
                    <Link to={`/agreements/${a.id}`}>{t("reciprocity.org.invoicesToPay")}</Link>
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
  const { t } = useTranslation();
  return (
    <dl className="agreement-terms reciprocity-summary">
      <div>
        <dt>{t("reciprocity.terms.outstanding")}</dt>
        <dd>
          <Amounts list={list.outstanding} />
        </dd>
      </div>
      <div>
        <dt>{t("reciprocity.terms.arrears")}</dt>
        <dd>
          <Amounts list={list.arrears} />
        </dd>
      </div>
      {list.items.some((a) => a.pledgeMinutes !== null) ? (
        <div>
          <dt>{t("reciprocity.org.shortfall")}</dt>
          <dd>{hours(list.pledgeShortfallMinutes)}</dd>
        </div>
      ) : null}
    </dl>
  );
}

/** An enterprise's uses, or, for an association, the uses of the commons it stewards (where it offers agreements). */
function OrgUses({ org, uses }: { org: Organization; uses: UseInfiniteQueryResult<InfiniteData<{ items: Use[] }>> }) {
  const { t } = useTranslation();
  const asEnterprise = org.kind === "enterprise";
  return (
    <section className="section" aria-labelledby="org-uses-title">
      <h3 id="org-uses-title">
        {asEnterprise
          ? t("reciprocity.org.usesEnterprise", { organization: org.name })
          : t("reciprocity.org.usesAssociation", { organization: org.name })}
      </h3>
      <QueryList
        query={uses}
        loading={t("reciprocity.uses.loading")}
        empty={<Empty title={t("reciprocity.org.noUse")}>{asEnterprise ? <p>{t("reciprocity.org.noUseHint")}</p> : null}</Empty>}
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
  const { t } = useTranslation();
  const { org } = useOrg();
  useTitle(t("reciprocity.org.pageTitle", { organization: org.name }));
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
          <h2>{t("reciprocity.org.heading")}</h2>
          <p className="lede">
            {asEnterprise
              ? t("reciprocity.org.ledeEnterprise", { organization: org.name })
              : t("reciprocity.org.ledeAssociation", { organization: org.name })}
          </p>
        </div>
      </div>
      {list.data ? <Summary list={list.data} /> : null}
      {offers.length ? (
        <section className="section card" aria-labelledby="offers-title">
          <h3 id="offers-title">{t("reciprocity.org.offers")}</h3>
          <ul>
            {offers.map((a) => (
              <li key={a.id}>
                <Link to={`/agreements/${a.id}`}>
                  {t("reciprocity.org.offer", {
                    organization: asEnterprise ? a.association.name : a.enterprise.name,
                    commons: a.commons.title,
                  })}
                </Link>
                {t("reciprocity.org.offerTerms")} <TermsSummary agreement={a} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <OrgUses org={org} uses={uses} />
      <section className="section" aria-labelledby="agreements-title">
        <h3 id="agreements-title">{t("reciprocity.org.agreements")}</h3>
        <QueryView query={list} loading={t("reciprocity.org.loading")}>
          {(l) =>
            l.items.length === 0 ? (
              <Empty title={t("reciprocity.org.empty")} />
            ) : (
              <AgreementRows items={l.items} asEnterprise={asEnterprise} />
            )
          }
        </QueryView>
      </section>
    </div>
  );
}
