import type { Proposal, Tally } from "../../api/schema.ts";
import { formatDateTime } from "../../format.ts";
import { OutcomeBadge } from "./ProposalStatus.tsx";
import { TallyView } from "./TallyView.tsx";

const quote = (label: string | undefined) => `“${label ?? ""}”`;

/** The outcome in one sentence. */
function headline(result: Tally, options: string[]): string {
  switch (result.outcome) {
    case "passed":
      return "The proposal passed.";
    case "rejected":
      return options.length ? "No option was chosen." : "The proposal was rejected.";
    case "no_quorum":
      return "Too few members took part, so the vote decides nothing.";
    case "chosen":
      return `${quote(options[result.winner ?? -1])} was chosen.`;
    case "tied":
      return `Tied between ${(result.tied ?? []).map((i) => quote(options[i])).join(" and ")}: no option was chosen.`;
    case "no_votes":
      return "Nobody voted, so no option was chosen.";
  }
}

/** A closed proposal's fixed result: the outcome, why it follows (the server's own sentences), and the numbers. */
export function ResultView({ proposal, result }: { proposal: Proposal; result: Tally }) {
  return (
    <section className="card result-panel" aria-labelledby="result-title">
      <h2 id="result-title">Result</h2>
      <p className="result-outcome">
        <OutcomeBadge outcome={result.outcome} /> <strong>{headline(result, proposal.options)}</strong>
      </p>
      {proposal.closedAt ? <p className="muted small">Voting closed {formatDateTime(proposal.closedAt)}.</p> : null}
      <h3>How it was decided</h3>
      <ul className="explanation">
        {result.explanation.map((sentence) => (
          <li key={sentence}>{sentence}</li>
        ))}
      </ul>
      <h3>The count</h3>
      <TallyView tally={result} options={proposal.options} />
    </section>
  );
}
