import { useEffect, useRef, useState } from "react";
import { Trans, useTranslation } from "react-i18next";
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
  const { t } = useTranslation();
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
        <Trans
          i18nKey="decisions.panel.scheduled"
          values={{ date: formatDateTime(proposal.opensAt), electorate: electorateText(proposal.electorateRoles).toLowerCase() }}
          components={{ when: <RelativeTime value={proposal.opensAt} /> }}
        />
      </p>
    );
  }
  if (status !== "open") {
    return myVote ? <YourVote vote={myVote} method={proposal.method} options={proposal.options} /> : null;
  }
  if (!me) {
    return (
      <p>
        <Trans
          i18nKey="decisions.panel.signIn"
          components={{ signin: <Link to={`/signin?next=${encodeURIComponent(location.pathname)}`} /> }}
        />
      </p>
    );
  }
  if (!proposal.canVote) {
    return (
      <p>
        {proposal.openedAt
          ? t("decisions.panel.notVoterSince", {
              date: formatDateTime(proposal.openedAt),
              electorate: electorateText(proposal.electorateRoles).toLowerCase(),
            })
          : t("decisions.panel.notVoter", { electorate: electorateText(proposal.electorateRoles).toLowerCase() })}
      </p>
    );
  }
  return (
    <>
      <div aria-live="polite">
        {saved > 0 && !editing ? (
          <p ref={savedRef} className="notice vote-saved" tabIndex={-1}>
            <Trans i18nKey="decisions.panel.saved" components={{ strong: <strong /> }} />
          </p>
        ) : null}
      </div>
      {myVote && !editing ? (
        <>
          <YourVote vote={myVote} method={proposal.method} options={proposal.options} />
          <button ref={changeRef} type="button" className="button button--secondary" onClick={() => setEditing(true)}>
            {t("decisions.ballotForm.changeMine")}
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
  const { t } = useTranslation();
  const { status, myVote } = proposal;
  if ((status === "closed" || status === "cancelled") && !myVote) return null;
  const title =
    status === "open" && proposal.canVote && !myVote
      ? t("decisions.panel.titleCast")
      : myVote
        ? t("decisions.panel.titleYours")
        : t("decisions.panel.titleVoting");
  return (
    <section className="card vote-panel" aria-labelledby="vote-title">
      <h2 id="vote-title">{title}</h2>
      {status === "open" && proposal.canVote ? (
        <p className="muted small">
          <Trans
            i18nKey="decisions.panel.closes"
            values={{ date: formatDateTime(proposal.closesAt) }}
            components={{ when: <RelativeTime value={proposal.closesAt} /> }}
          />
        </p>
      ) : null}
      <PanelBody proposal={proposal} />
    </section>
  );
}
