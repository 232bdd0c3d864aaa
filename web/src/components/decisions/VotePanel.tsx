import { useEffect, useRef, useState } from "react";
import { Link, useLocation } from "react-router";
import type { Proposal } from "../../api/schema.ts";
import { formatDateTime } from "../../format.ts";
import { useSession } from "../../session.tsx";
import { useReturnFocus } from "../discussions/useReturnFocus.ts";
import { RelativeTime } from "../RelativeTime.tsx";
import { BallotForm } from "./BallotForm.tsx";
import { electorateText } from "./labels.ts";
import { YourVote } from "./YourVote.tsx";

/** What the viewer can do about voting now: wait, sign in, vote, see and change their vote, or learn why they cannot. */
function PanelBody({ proposal }: { proposal: Proposal }) {
  const { me } = useSession();
  const location = useLocation();
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(0);
  const changeRef = useReturnFocus(editing);
  const savedRef = useRef<HTMLParagraphElement>(null);
  // The ballot is gone once the vote is saved: the confirmation takes the focus.
  useEffect(() => {
    if (saved > 0) savedRef.current?.focus();
  }, [saved]);
  const { status, myVote } = proposal;

  if (status === "scheduled") {
    return (
      <p>
        Voting opens <RelativeTime value={proposal.opensAt} /> ({formatDateTime(proposal.opensAt)}). The voters are fixed then:{" "}
        {electorateText(proposal.electorateRoles).toLowerCase()} at that moment.
      </p>
    );
  }
  if (status !== "open") {
    return myVote ? <YourVote vote={myVote} method={proposal.method} options={proposal.options} /> : null;
  }
  if (!me) {
    return (
      <p>
        <Link to={`/signin?next=${encodeURIComponent(location.pathname)}`}>Sign in</Link> to vote, if you are among the voters.
      </p>
    );
  }
  if (!proposal.canVote) {
    return (
      <p>
        You are not among this proposal's voters. They were fixed when voting opened
        {proposal.openedAt ? ` (${formatDateTime(proposal.openedAt)})` : ""}: {electorateText(proposal.electorateRoles).toLowerCase()} at
        that moment.
      </p>
    );
  }
  return (
    <>
      <div aria-live="polite">
        {saved > 0 && !editing ? (
          <p ref={savedRef} className="notice vote-saved" tabIndex={-1}>
            <strong>Your vote is recorded.</strong> You can change it until voting closes.
          </p>
        ) : null}
      </div>
      {myVote && !editing ? (
        <>
          <YourVote vote={myVote} method={proposal.method} options={proposal.options} />
          <button ref={changeRef} type="button" className="button button--secondary" onClick={() => setEditing(true)}>
            Change my vote
          </button>
        </>
      ) : (
        <BallotForm
          key={myVote?.updatedAt ?? "new"}
          proposal={proposal}
          onVoted={() => {
            setSaved((n) => n + 1);
            setEditing(false);
          }}
          onCancel={myVote ? () => setEditing(false) : undefined}
        />
      )}
    </>
  );
}

/** The voting panel of a proposal: the ballot while the viewer may vote, their vote once cast. */
export function VotePanel({ proposal }: { proposal: Proposal }) {
  const { status, myVote } = proposal;
  if ((status === "closed" || status === "cancelled") && !myVote) return null;
  const title = status === "open" && proposal.canVote && !myVote ? "Cast your vote" : myVote ? "Your vote" : "Voting";
  return (
    <section className="card vote-panel" aria-labelledby="vote-title">
      <h2 id="vote-title">{title}</h2>
      {status === "open" && proposal.canVote ? (
        <p className="muted small">
          Voting closes <RelativeTime value={proposal.closesAt} /> ({formatDateTime(proposal.closesAt)}). Until then you can change your
          vote.
        </p>
      ) : null}
      <PanelBody proposal={proposal} />
    </section>
  );
}
