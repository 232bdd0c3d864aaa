import { Link } from "react-router";
import type { Proposal } from "../../api/schema.ts";
import { formatDateTime } from "../../format.ts";

type Decides = NonNullable<Proposal["decides"]>;

import { PersonLink } from "../PersonLink.tsx";
import { RelativeTime } from "../RelativeTime.tsx";
import { BALLOT_HINT, BALLOT_LABEL, electorateText, METHOD_LABEL, methodSentence, quorumText } from "./labels.ts";
import { ProposalBadges } from "./ProposalStatus.tsx";

/** An amount in minor units ("125050") in its currency ("EUR"): "€1,250.50". */
export function formatMoney(minor: string, currency: string): string {
  try {
    const format = new Intl.NumberFormat(undefined, { style: "currency", currency });
    const digits = format.resolvedOptions().maximumFractionDigits ?? 2;
    return format.format(Number(minor) / 10 ** digits);
  } catch {
    return `${minor} ${currency} (minor units)`;
  }
}

/** What passing this proposal decides in the treasury, linked. */
export function DecidesNotice({ decides, slug }: { decides: Decides; slug: string }) {
  return (
    <p className="notice decides">
      {decides.type === "expense" ? (
        <>
          This vote decides an expense: <Link to={`/expenses/${decides.id}`}>{decides.purpose}</Link>,{" "}
          {formatMoney(decides.amount, decides.currency)} <span className="muted">(now {decides.status.replaceAll("_", " ")})</span>.
        </>
      ) : (
        <>
          This vote decides a budget: <Link to={`/orgs/${slug}/treasury/budgets`}>{decides.title}</Link>, for {decides.year}{" "}
          <span className="muted">(now {decides.status.replaceAll("_", " ")})</span>.
        </>
      )}
    </p>
  );
}

function When({ at }: { at: string }) {
  return (
    <>
      {formatDateTime(at)} <span className="muted">(</span>
      <RelativeTime value={at} />
      <span className="muted">)</span>
    </>
  );
}

/** The proposal's way back to its organization, its badges, title and author. */
export function ProposalHeader({ proposal: p }: { proposal: Proposal }) {
  return (
    <header className="proposal-head">
      <p className="back-link">
        <Link to={`/orgs/${p.organization.slug}/proposals`}>
          <span aria-hidden="true">← </span>
          Decisions of {p.organization.name}
        </Link>
      </p>
      <ProposalBadges proposal={p} />
      <h1>{p.title}</h1>
      <p className="proposal-byline">
        {p.author ? <PersonLink person={p.author} showHandle={false} /> : <span>A former member</span>}
        <span>proposed this to {p.organization.name}.</span>
      </p>
    </header>
  );
}

/** The terms of the vote: method, voters, quorum, ballot and window. */
export function ProposalTerms({ proposal: p }: { proposal: Proposal }) {
  const opened = p.openedAt ?? p.opensAt;
  return (
    <dl className="proposal-terms">
      <div>
        <dt>How it is decided</dt>
        <dd>
          <strong>{METHOD_LABEL[p.method]}.</strong> {methodSentence(p)}
        </dd>
      </div>
      <div>
        <dt>Who may vote</dt>
        <dd>
          {electorateText(p.electorateRoles)}
          {p.electorateSize === null
            ? ", as they are when voting opens"
            : `: ${p.electorateSize} ${p.electorateSize === 1 ? "member" : "members"}`}
        </dd>
      </div>
      <div>
        <dt>Quorum</dt>
        <dd>{quorumText(p.quorumPercent, p.electorateSize)}</dd>
      </div>
      <div>
        <dt>Ballot</dt>
        <dd>
          <strong>{BALLOT_LABEL[p.ballot]}.</strong> {BALLOT_HINT[p.ballot]}
        </dd>
      </div>
      <div>
        <dt>{p.status === "scheduled" ? "Voting opens" : "Voting opened"}</dt>
        <dd>{p.status === "cancelled" && !p.openedAt ? "Never: it was cancelled first" : <When at={opened} />}</dd>
      </div>
      <div>
        <dt>{p.status === "closed" ? "Voting closed" : p.status === "cancelled" ? "Was to close" : "Voting closes"}</dt>
        <dd>
          <When at={p.closedAt ?? p.closesAt} />
        </dd>
      </div>
    </dl>
  );
}
