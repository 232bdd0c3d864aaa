import type { VotingMethod as Method, MyVote } from "../../api/schema.ts";
import { RelativeTime } from "../RelativeTime.tsx";
import { ANSWER_LABEL } from "./labels.ts";

/** A ballot laid out: the answer, the approved options, the ranking in order, or each option's score. */
export function ChoiceView({ vote, method, options }: { vote: MyVote; method: Method; options: string[] }) {
  if (vote.answer) return <p className="your-choice strong">{ANSWER_LABEL[vote.answer] ?? vote.answer}</p>;
  if (method === "approval") {
    const approved = vote.options ?? [];
    return approved.length === 0 ? (
      <p className="your-choice">You approved none of the options.</p>
    ) : (
      <>
        <p className="your-choice">You approve:</p>
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
        <p className="your-choice">Your ranking, favourite first:</p>
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
  return (
    <div className="your-vote">
      <ChoiceView vote={vote} method={method} options={options} />
      {vote.reason ? (
        <blockquote className="vote-reason">
          <span className="visually-hidden">Your reason: </span>
          {vote.reason}
        </blockquote>
      ) : null}
      <p className="muted small">
        Cast <RelativeTime value={vote.castAt} />
        {vote.changes > 0 ? (
          <>
            ; changed {vote.changes === 1 ? "once" : `${vote.changes} times`}, last <RelativeTime value={vote.updatedAt} />
          </>
        ) : null}
        .
      </p>
    </div>
  );
}
