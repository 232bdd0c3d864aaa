import type { TFunction } from "i18next";
import { useTranslation } from "react-i18next";
import type { Proposal, Tally } from "../../api/schema.ts";
import { formatDateTime } from "../../format.ts";
import { quote } from "./labels.ts";
import { OutcomeBadge } from "./ProposalStatus.tsx";
import { TallyView } from "./TallyView.tsx";

const quoted = (label: string | undefined) => quote(label ?? "");

/** The outcome in one sentence. */
function headline(t: TFunction, result: Tally, options: string[]): string {
  switch (result.outcome) {
    case "passed":
      return t("decisions.result.passed");
    case "rejected":
      return options.length ? t("decisions.result.noOption") : t("decisions.result.rejected");
    case "no_quorum":
      return t("decisions.result.noQuorum");
    case "chosen":
      return t("decisions.result.chosen", { option: quoted(options[result.winner ?? -1]) });
    case "tied": {
      const names = (result.tied ?? []).map((i) => quoted(options[i]));
      const list = names.reduce((first, next) => t("decisions.result.and", { first, next }));
      return t("decisions.result.tied", { options: list });
    }
    case "no_votes":
      return t("decisions.result.noVotes");
  }
}

/** A closed proposal's fixed result: the outcome, why it follows (the server's own sentences), and the numbers. */
export function ResultView({ proposal, result }: { proposal: Proposal; result: Tally }) {
  const { t } = useTranslation();
  return (
    <section className="card result-panel" aria-labelledby="result-title">
      <h2 id="result-title">{t("decisions.result.title")}</h2>
      <p className="result-outcome">
        <OutcomeBadge outcome={result.outcome} /> <strong>{headline(t, result, proposal.options)}</strong>
      </p>
      {proposal.closedAt ? (
        <p className="muted small">{t("decisions.result.closedAt", { date: formatDateTime(proposal.closedAt) })}</p>
      ) : null}
      <h3>{t("decisions.result.how")}</h3>
      <ul className="explanation">
        {result.explanation.map((sentence) => (
          <li key={sentence}>{sentence}</li>
        ))}
      </ul>
      <h3>{t("decisions.result.count")}</h3>
      <TallyView tally={result} options={proposal.options} />
    </section>
  );
}
