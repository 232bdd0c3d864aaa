import { useState } from "react";
import { Link, useLocation } from "react-router";
import { treasuryApi } from "../../api/treasury.ts";
import { api } from "../../api.ts";
import { Empty, LoadError, Loading } from "../../components/States.tsx";
import { DonateForm } from "../../components/treasury/DonateForm.tsx";
import { DonationsTable } from "../../components/treasury/DonationsTable.tsx";
import { FeesPanel } from "../../components/treasury/FeesPanel.tsx";
import { PaymentForm } from "../../components/treasury/PaymentForm.tsx";
import { bookCurrencies, useBooks } from "../../components/treasury/useBooks.ts";
import { useResource } from "../../hooks.ts";
import { useSession } from "../../session.tsx";
import type { Books } from "../../types/treasury.ts";
import { useOrg } from "../OrgLayout.tsx";
import { TreasuryFrame, WithBooks } from "./frame.tsx";

function Donations({ books, version, onChange }: { books: Books; version: number; onChange: () => void }) {
  const { org } = useOrg();
  const { me } = useSession();
  const confirmed = useResource(`treasury-donations:${org.slug}:confirmed:${version}`, () => treasuryApi.donations(org.slug, "confirmed"));
  const pending = useResource(`treasury-donations:${org.slug}:pending:${version}:${me?.handle ?? ""}`, () =>
    me ? treasuryApi.donations(org.slug, "pending") : Promise.resolve({ items: [] }),
  );
  return (
    <>
      {pending.data?.items.length ? (
        <section className="section" aria-labelledby="pending-title">
          <h3 id="pending-title">
            {books.canKeepBooks ? "Waiting for a treasurer to confirm" : "Your donations waiting for confirmation"}
          </h3>
          {books.canKeepBooks ? <p className="muted">Confirm a donation once the money has arrived; it is then posted as income.</p> : null}
          <DonationsTable
            items={pending.data.items}
            caption="Donations waiting for confirmation"
            decide={books.canKeepBooks ? { accounts: books.accounts, onChange } : undefined}
          />
        </section>
      ) : null}
      <section className="section" aria-labelledby="donations-title">
        <h3 id="donations-title">Donations received</h3>
        {confirmed.loading && !confirmed.data ? (
          <Loading label="Loading donations…" />
        ) : !confirmed.data ? (
          confirmed.error ? (
            <LoadError error={confirmed.error} retry={confirmed.reload} />
          ) : null
        ) : confirmed.data.items.length === 0 ? (
          <Empty title="No donation has been confirmed yet." />
        ) : (
          <DonationsTable items={confirmed.data.items} caption={`Donations ${org.name} received, newest first`} />
        )}
      </section>
    </>
  );
}

function Fees({ books }: { books: Books }) {
  const { org } = useOrg();
  const fees = useResource(`treasury-fees:${org.slug}`, () => treasuryApi.fees(org.slug));
  if (fees.loading && !fees.data) return <Loading label="Loading membership fees…" />;
  if (!fees.data) return fees.error ? <LoadError error={fees.error} retry={fees.reload} /> : null;
  return <FeesPanel slug={org.slug} initial={fees.data} canKeepBooks={books.canKeepBooks} currencies={bookCurrencies(books)} />;
}

/** Organizations other than this one whose books the viewer keeps, to pay this one from. */
function useOtherTreasuries() {
  const { org } = useOrg();
  const { me } = useSession();
  const profile = useResource(`treasury-my-orgs:${me?.handle ?? ""}`, () => (me ? api.person(me.handle) : Promise.resolve(null)));
  return (profile.data?.memberships ?? [])
    .filter((m) => m.role === "treasurer" && m.organization.slug !== org.slug)
    .map((m) => m.organization);
}

function Payments({ books }: { books: Books }) {
  const { org } = useOrg();
  const others = useOtherTreasuries();
  const currencies = bookCurrencies(books);
  if (!books.canKeepBooks && others.length === 0) return null;
  return (
    <>
      {others.length ? (
        <section className="section card" aria-labelledby="pay-this-title">
          <h3 id="pay-this-title">Pay {org.name} from an organization you keep the books of</h3>
          <p className="muted">Posted in both books at once: spending in yours, income in theirs.</p>
          <PaymentForm payers={others} payee={{ slug: org.slug, name: org.name }} currencies={currencies} />
        </section>
      ) : null}
      {books.canKeepBooks ? (
        <section className="section card" aria-labelledby="pay-other-title">
          <h3 id="pay-other-title">Pay another organization</h3>
          <p className="muted">A sponsorship, grant, reciprocity or transfer from {org.name}, posted in both books at once.</p>
          <PaymentForm payers={[{ slug: org.slug, name: org.name }]} currencies={currencies} />
        </section>
      ) : null}
    </>
  );
}

/** Income (/orgs/:slug/treasury/income): donations, membership fees and payments between organizations. */
export function IncomePage() {
  const { org } = useOrg();
  const { me } = useSession();
  const location = useLocation();
  const books = useBooks(org.slug);
  const [version, setVersion] = useState(0);
  const changed = () => setVersion((v) => v + 1);
  return (
    <TreasuryFrame title="Income" lede={`Donations, membership fees and payments from other organizations to ${org.name}.`}>
      <WithBooks books={books}>
        {(b) => (
          <>
            <section className="section card" aria-labelledby="donate-title">
              <h3 id="donate-title">Donate</h3>
              {me ? (
                <>
                  <p className="muted">
                    Record a donation you made to {org.name}. It shows here once a treasurer confirms the money arrived.
                  </p>
                  <DonateForm slug={org.slug} currencies={bookCurrencies(b)} onDonated={changed} />
                </>
              ) : (
                <p>
                  <Link to={`/signin?next=${encodeURIComponent(location.pathname)}`}>Sign in</Link> to record a donation.
                </p>
              )}
            </section>
            <Donations books={b} version={version} onChange={changed} />
            <section className="section" aria-labelledby="fees-title">
              <h3 id="fees-title">Membership fees</h3>
              <Fees books={b} />
            </section>
            <Payments books={b} />
          </>
        )}
      </WithBooks>
    </TreasuryFrame>
  );
}
