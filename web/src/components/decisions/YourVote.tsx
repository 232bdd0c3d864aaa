import { Trans, useTranslation } from "react-i18next";
import type { VotingMethod as Method, MyVote } from "../../api/schema.ts";
import { RelativeTime } from "../RelativeTime.tsx";
import { ANSWER_LABEL } from "./labels.ts";

/** A ballot laid out: the answer, the approved options, the ranking in order, or each option's score. */
export function ChoiceView({ vote, method, options }: { vote: MyVote; method: Method; options: string[] }) {
  const { t } = useTranslation();
  if (vote.answer) return <p className="your-choice strong">{ANSWER_LABEL[vote.answer] ?? vote.answer}</p>;
  if (method === "approval") {
    const approved = vote.options ?? [];
    return approved.length === 0 ? (
      <p className="your-choice">{t("decisions.yourVote.approvedNone")}</p>
    ) : (
      <>
        <p className="your-choice">{t("decisions.yourVote.approve")}</p>
        <ul className="your-choice-list">
          {approved.map((i) => (
            <li key={i}>{options[i]}</li>
          ))}
        </ul>
      </>
    );
  }
  if (method === "ranked") {
    return (
      <>
        <p className="your-choice">{t("decisions.yourVote.ranking")}</p>
        <ol className="your-choice-list">
          {(vote.options ?? []).map((i) => (
            <li key={i}>{options[i]}</li>
          ))}
        </ol>
      </>
    );
  }
  return (
    <dl className="your-scores">
      {options.map((label, i) => (
        <div key={label}>
          <dt>{label}</dt>
          <dd>{vote.scores?.[i] ?? "–"}</dd>
        </div>
      ))}
    </dl>
  );
}

/** The viewer's recorded vote, when it was cast and how often it changed. */
export function YourVote({ vote, method, options }: { vote: MyVote; method: Method; options: string[] }) {
  const { t } = useTranslation();
  return (
    <div className="your-vote">
      <ChoiceView vote={vote} method={method} options={options} />
      {vote.reason ? (
        <blockquote className="vote-reason">
          <span className="visually-hidden">{t("decisions.yourVote.reason")}</span>
          {vote.reason}
        </blockquote>
      ) : null}
      <p className="muted small">
        {vote.changes > 0 ? (
          <Trans
            i18nKey="decisions.yourVote.castChanged"
            values={{ changes: vote.changes }}
            components={{ when: <RelativeTime value={vote.castAt} />, last: <RelativeTime value={vote.updatedAt} /> }}
          />
        ) : (
          <Trans i18nKey="decisions.yourVote.cast" components={{ when: <RelativeTime value={vote.castAt} /> }} />
        )}
      </p>
    </div>
  );
}
