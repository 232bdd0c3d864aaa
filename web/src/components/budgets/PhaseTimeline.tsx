import { useTranslation } from "react-i18next";
import { formatDate, formatDateTime } from "../../format.ts";
import type { Call, CallPhase } from "./labels.ts";
import { PHASE_HINT, PHASE_LABEL } from "./labels.ts";

type Step = { phase: Exclude<CallPhase, "draft">; from: string; until: string | null };

const stepsOf = (call: Call): Step[] => {
  const p = call.phases;
  return [
    { phase: "submission", from: p.submissionOpens, until: p.reviewOpens },
    { phase: "review", from: p.reviewOpens, until: p.votingOpens },
    { phase: "voting", from: p.votingOpens, until: p.votingCloses },
    { phase: "results", from: p.votingCloses, until: p.implementationOpens },
    { phase: "implementation", from: p.implementationOpens, until: null },
  ];
};

/**
 * The call's phases in order with their dates, the current one marked (aria-current="step"), those gone
 * by ticked. A list: a column on a phone, a row on a wide screen. Voting shows its hours too, since its
 * closing is what residents must not miss.
 */
export function PhaseTimeline({ call }: { call: Call }) {
  const { t } = useTranslation();
  const steps = stepsOf(call);
  const current = steps.findIndex((s) => s.phase === call.phase);
  return (
    <section className="pb-timeline-wrap" aria-labelledby="pb-timeline-title">
      <h2 id="pb-timeline-title" className="visually-hidden">
        {t("budgets.timeline.title")}
      </h2>
      {call.phase === "draft" ? (
        <p className="notice">{t("budgets.timeline.draft", { date: formatDateTime(call.phases.submissionOpens) })}</p>
      ) : null}
      <ol className="pb-timeline">
        {steps.map((s, i) => {
          const state = current === -1 || i > current ? "upcoming" : i === current ? "current" : "done";
          const when = s.phase === "voting" ? formatDateTime : formatDate;
          return (
            <li key={s.phase} className={`pb-step pb-step--${state}`} aria-current={state === "current" ? "step" : undefined}>
              <span className="pb-step-mark" aria-hidden="true">
                {state === "done" ? "✓" : i + 1}
              </span>
              <span className="pb-step-body">
                <span className="pb-step-name">
                  {PHASE_LABEL[s.phase]}
                  {state === "current" ? <span className="pb-now">{t("budgets.timeline.now")}</span> : null}
                  {state === "done" ? <span className="visually-hidden"> {t("budgets.timeline.done")}</span> : null}
                </span>
                <span className="pb-step-dates">
                  {s.until
                    ? t("budgets.timeline.fromUntil", { from: when(s.from), until: when(s.until) })
                    : t("budgets.timeline.from", { from: when(s.from) })}
                </span>
                <span className="pb-step-hint">{PHASE_HINT[s.phase]}</span>
              </span>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
