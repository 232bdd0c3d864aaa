import type { InfiniteData, UseInfiniteQueryResult } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import type { Proposal, VoteRow } from "../../api/schema.ts";
import { PersonLink } from "../PersonLink.tsx";
import { QueryList } from "../QueryList.tsx";
import { RelativeTime } from "../RelativeTime.tsx";
import { Empty } from "../States.tsx";
import { choiceText } from "./labels.ts";

/** Who voted, earliest first: with their choice and reason on a public ballot, only who and when on a secret one. */
export function VoteList({ proposal, votes }: { proposal: Proposal; votes: UseInfiniteQueryResult<InfiniteData<{ items: VoteRow[] }>> }) {
  const { t } = useTranslation();
  const secret = proposal.ballot === "secret";
  return (
    <section className="section vote-list-section" aria-labelledby="votes-title">
      <h2 id="votes-title">
        {secret ? t("decisions.votes.whoTookPart") : t("decisions.votes.title")} <span className="count">{proposal.turnout}</span>
      </h2>
      {secret ? <p className="muted">{t("decisions.votes.secretNote")}</p> : null}
      <QueryList
        query={votes}
        loading={t("decisions.votes.loading")}
        empty={<Empty title={proposal.status === "open" ? t("decisions.votes.noneYet") : t("decisions.votes.none")} />}
      >
        {(items) => (
          <ul className="vote-list">
            {items.map((v) => (
              <li key={v.voter.handle} className="vote-row">
                <PersonLink person={v.voter} showHandle={false} />
                {secret ? (
                  <span className="muted">{t("decisions.votes.tookPart")}</span>
                ) : (
                  <span className="vote-choice">{choiceText(v, proposal.method, proposal.options)}</span>
                )}
                <span className="muted small vote-when">
                  <RelativeTime value={v.castAt} />
                  {v.changes > 0 ? t("decisions.votes.changed", { changes: v.changes }) : ""}
                </span>
                {v.reason ? <blockquote className="vote-reason">{v.reason}</blockquote> : null}
              </li>
            ))}
          </ul>
        )}
      </QueryList>
    </section>
  );
}
