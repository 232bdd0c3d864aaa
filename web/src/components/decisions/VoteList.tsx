import { decisionsApi } from "../../api/decisions.ts";
import { usePaged } from "../../hooks.ts";
import type { Proposal } from "../../types/decisions.ts";
import { LoadMore } from "../LoadMore.tsx";
import { PersonLink } from "../PersonLink.tsx";
import { RelativeTime } from "../RelativeTime.tsx";
import { Empty, LoadError, Loading } from "../States.tsx";
import { choiceText } from "./labels.ts";

/** Who voted, earliest first: with their choice and reason on a public ballot, only who and when on a secret one. */
export function VoteList({ proposal, version }: { proposal: Proposal; version: number }) {
  const secret = proposal.ballot === "secret";
  const votes = usePaged(`proposal-votes:${proposal.id}:${version}`, (cursor) => decisionsApi.votes(proposal.id, { cursor, limit: 50 }));
  return (
    <section className="section vote-list-section" aria-labelledby="votes-title">
      <h2 id="votes-title">
        {secret ? "Who took part" : "Votes"} <span className="count">{proposal.turnout}</span>
      </h2>
      {secret ? <p className="muted">The ballot is secret: only who took part is shown, never what they chose.</p> : null}
      {votes.loading ? (
        <Loading label="Loading the votes…" />
      ) : votes.error && votes.items.length === 0 ? (
        <LoadError error={votes.error} retry={votes.reload} />
      ) : votes.items.length === 0 ? (
        <Empty title={proposal.status === "open" ? "Nobody has voted yet." : "Nobody voted."} />
      ) : (
        <>
          <ul className="vote-list">
            {votes.items.map((v) => (
              <li key={v.voter.handle} className="vote-row">
                <PersonLink person={v.voter} showHandle={false} />
                {secret ? (
                  <span className="muted">took part</span>
                ) : (
                  <span className="vote-choice">{choiceText(v, proposal.method, proposal.options)}</span>
                )}
                <span className="muted small vote-when">
                  <RelativeTime value={v.castAt} />
                  {v.changes > 0 ? `, changed ${v.changes === 1 ? "once" : `${v.changes} times`}` : ""}
                </span>
                {v.reason ? <blockquote className="vote-reason">{v.reason}</blockquote> : null}
              </li>
            ))}
          </ul>
          <LoadMore paged={votes} />
        </>
      )}
    </section>
  );
}
