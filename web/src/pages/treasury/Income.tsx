import type { UseQueryResult } from "@tanstack/react-query";
import { useQuery } from "@tanstack/react-query";
import { Trans, useTranslation } from "react-i18next";
import { Link, useLocation } from "react-router";
import { apiQuery } from "../../api/query.ts";
import type { Books, Donation, FeeStatus, OrganizationRef } from "../../api/schema.ts";
import { Empty, LoadError, Loading } from "../../components/States.tsx";
import { DonateForm } from "../../components/treasury/DonateForm.tsx";
import { DonationsTable } from "../../components/treasury/DonationsTable.tsx";
import { FeesPanel } from "../../components/treasury/FeesPanel.tsx";
import { PaymentForm } from "../../components/treasury/PaymentForm.tsx";
import { bookCurrencies, feesQuery, useBooks } from "../../components/treasury/queries.ts";
import { useSession } from "../../session.tsx";
import { useOrg } from "../OrgLayout.tsx";
import { TreasuryFrame, WithBooks } from "./frame.tsx";

type DonationList = UseQueryResult<{ items: Donation[] }>;

function Donations({ books, confirmed, pending }: { books: Books; confirmed: DonationList; pending: DonationList }) {
  const { t } = useTranslation();
  const { org } = useOrg();
  return (
    <>
      {pending.data?.items.length ? (
        <section className="section" aria-labelledby="pending-title">
          <h3 id="pending-title">{books.canKeepBooks ? t("treasury.income.pendingTreasurer") : t("treasury.income.pendingYours")}</h3>
          {books.canKeepBooks ? <p className="muted">{t("treasury.income.pendingNote")}</p> : null}
          <DonationsTable
            items={pending.data.items}
            caption={t("treasury.income.pendingCaption")}
            decide={books.canKeepBooks ? { accounts: books.accounts } : undefined}
          />
        </section>
      ) : null}
      <section className="section" aria-labelledby="donations-title">
        <h3 id="donations-title">{t("treasury.income.received")}</h3>
        {confirmed.isPending ? (
          <Loading label={t("treasury.income.loadingDonations")} />
        ) : confirmed.isError ? (
          <LoadError error={confirmed.error} retry={() => void confirmed.refetch()} />
        ) : confirmed.data.items.length === 0 ? (
          <Empty title={t("treasury.income.noDonations")} />
        ) : (
          <DonationsTable items={confirmed.data.items} caption={t("treasury.income.receivedCaption", { org: org.name })} />
        )}
      </section>
    </>
  );
}

function Fees({ books, fees }: { books: Books; fees: UseQueryResult<FeeStatus> }) {
  const { t } = useTranslation();
  const { org } = useOrg();
  if (fees.isPending) return <Loading label={t("treasury.income.loadingFees")} />;
  if (fees.isError) return <LoadError error={fees.error} retry={() => void fees.refetch()} />;
  return <FeesPanel slug={org.slug} status={fees.data} canKeepBooks={books.canKeepBooks} currencies={bookCurrencies(books)} />;
}

function Payments({ books, others }: { books: Books; others: OrganizationRef[] }) {
  const { t } = useTranslation();
  const { org } = useOrg();
  const currencies = bookCurrencies(books);
  if (!books.canKeepBooks && others.length === 0) return null;
  return (
    <>
      {others.length ? (
        <section className="section card" aria-labelledby="pay-this-title">
          <h3 id="pay-this-title">{t("treasury.income.payThis", { org: org.name })}</h3>
          <p className="muted">{t("treasury.income.payThisNote")}</p>
          <PaymentForm payers={others} payee={{ slug: org.slug, name: org.name }} currencies={currencies} />
        </section>
      ) : null}
      {books.canKeepBooks ? (
        <section className="section card" aria-labelledby="pay-other-title">
          <h3 id="pay-other-title">{t("treasury.income.payOther")}</h3>
          <p className="muted">{t("treasury.income.payOtherNote", { org: org.name })}</p>
          <PaymentForm payers={[{ slug: org.slug, name: org.name }]} currencies={currencies} />
        </section>
      ) : null}
    </>
  );
}

/** Income (/orgs/:slug/treasury/income): donations, membership fees and payments between organizations. */
export function IncomePage() {
  const { t } = useTranslation();
  const { org } = useOrg();
  const { me } = useSession();
  const location = useLocation();
  const slug = org.slug;
  // Everything the page shows starts together: the books, donations, fees, and the organizations whose books the viewer keeps.
  const books = useBooks(slug);
  const confirmed = useQuery(apiQuery("/api/organizations/{slug}/donations", { path: { slug }, query: { status: "confirmed" } }));
  const pending = useQuery({
    ...apiQuery("/api/organizations/{slug}/donations", { path: { slug }, query: { status: "pending" } }),
    enabled: Boolean(me),
  });
  const fees = useQuery(feesQuery(slug));
  const profile = useQuery({ ...apiQuery("/api/people/{handle}", { path: { handle: me?.handle ?? "" } }), enabled: Boolean(me) });
  /** Organizations other than this one whose books the viewer keeps, to pay this one from. */
  const others = me
    ? (profile.data?.memberships ?? []).filter((m) => m.role === "treasurer" && m.organization.slug !== slug).map((m) => m.organization)
    : [];
  return (
    <TreasuryFrame title={t("treasury.income.title")} lede={t("treasury.income.lede", { org: org.name })}>
      <WithBooks books={books}>
        {(b) => (
          <>
            <section className="section card" aria-labelledby="donate-title">
              <h3 id="donate-title">{t("treasury.income.donate")}</h3>
              {me ? (
                <>
                  <p className="muted">{t("treasury.income.donateNote", { org: org.name })}</p>
                  <DonateForm slug={slug} currencies={bookCurrencies(b)} />
                </>
              ) : (
                <p>
                  <Trans
                    i18nKey="treasury.income.signIn"
                    components={{ a: <Link to={`/signin?next=${encodeURIComponent(location.pathname)}`} /> }}
                  />
                </p>
              )}
            </section>
            <Donations books={b} confirmed={confirmed} pending={pending} />
            <section className="section" aria-labelledby="fees-title">
              <h3 id="fees-title">{t("treasury.income.fees")}</h3>
              <Fees books={b} fees={fees} />
            </section>
            <Payments books={b} others={others} />
          </>
        )}
      </WithBooks>
    </TreasuryFrame>
  );
}
