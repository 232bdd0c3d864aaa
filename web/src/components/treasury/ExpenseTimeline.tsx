import type { ReactNode } from "react";
import { Trans, useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { Expense } from "../../api/schema.ts";
import { formatDateTime } from "../../format.ts";
import type { MessageKey } from "../../i18n/resources.ts";
import { OUTCOME_LABEL } from "../decisions/labels.ts";
import { PersonLink } from "../PersonLink.tsx";
import { RelativeTime } from "../RelativeTime.tsx";

type StepState = "done" | "now" | "next" | "stopped" | "skipped";

const STATE_LABEL = {
  done: "treasury.timeline.state.done",
  now: "treasury.timeline.state.now",
  next: "treasury.timeline.state.next",
  stopped: "treasury.timeline.state.stopped",
  skipped: "treasury.timeline.state.skipped",
} as const satisfies Record<StepState, MessageKey>;

function Step({ state, title, children }: { state: StepState; title: string; children?: ReactNode }) {
  const { t } = useTranslation();
  return (
    <li className={`timeline-step timeline-step--${state}`} aria-current={state === "now" ? "step" : undefined}>
      <span className="timeline-marker" aria-hidden="true" />
      <div>
        <p className="timeline-title">
          <span className={`timeline-state timeline-state--${state}`}>{t(STATE_LABEL[state])}</span> {title}
        </p>
        {children ? <div className="timeline-body">{children}</div> : null}
      </div>
    </li>
  );
}

/** Who decided: the person, or "a treasurer" when they are no longer known. */
function Decider({ p }: { p: Expense["decidedBy"] }) {
  const { t } = useTranslation();
  return p ? <PersonLink person={p} showHandle={false} /> : t("treasury.timeline.aTreasurer");
}

/** Who submitted: the person, or "someone no longer here". */
function Submitter({ p }: { p: Expense["submittedBy"] }) {
  const { t } = useTranslation();
  return p ? <PersonLink person={p} showHandle={false} /> : t("treasury.timeline.someoneGone");
}

/** The authority behind an expense: the members' decision on it, or an approved budget line and the decision that approved its budget. */
export function Authority({ e, compact = false }: { e: Expense; compact?: boolean }) {
  const { t } = useTranslation();
  if (e.approval === "budget" && e.budgetLine && compact) {
    const b = e.budgetLine.budget;
    return (
      <Trans
        i18nKey="treasury.timeline.lineCompact"
        values={{ line: e.budgetLine.name, budget: b.title }}
        components={{ muted: <span className="muted" /> }}
      />
    );
  }
  if (e.decision && compact) {
    return (
      <>
        <Link to={`/proposals/${e.decision.id}`}>{t("treasury.timeline.membersVote")}</Link>
        {e.decision.outcome
          ? t("treasury.timeline.outcome", { outcome: OUTCOME_LABEL[e.decision.outcome] })
          : e.decision.status === "open"
            ? t("treasury.timeline.votingOpen")
            : ""}
      </>
    );
  }
  if (e.approval === "budget" && e.budgetLine) {
    const b = e.budgetLine.budget;
    return (
      <>
        <Trans
          i18nKey="treasury.timeline.line"
          values={{ line: e.budgetLine.name, budget: b.title, year: String(b.year) }}
          components={{ strong: <strong /> }}
        />
        {b.decision ? (
          <Trans
            i18nKey="treasury.timeline.lineApproved"
            values={{ title: b.decision.title }}
            components={{ a: <Link to={`/proposals/${b.decision.id}`} /> }}
          />
        ) : null}
      </>
    );
  }
  if (e.decision) {
    return (
      <>
        <Link to={`/proposals/${e.decision.id}`}>{e.decision.title}</Link>
        {e.decision.outcome
          ? t("treasury.timeline.outcome", { outcome: OUTCOME_LABEL[e.decision.outcome] })
          : e.decision.status === "open"
            ? t("treasury.timeline.votingOpen")
            : ""}
      </>
    );
  }
  return <span className="muted">{t("treasury.timeline.noneYet")}</span>;
}

/** Where an expense stands: submitted → approved (by the members' vote, or within a budget line) → paid, or where it stopped. */
export function ExpenseTimeline({ e }: { e: Expense }) {
  const { t } = useTranslation();
  const stopped = e.status === "rejected" || e.status === "withdrawn";
  const approved = e.status === "approved" || e.status === "paid";

  let approval: ReactNode;
  let approvalState: StepState;
  let approvalTitle: string;
  if (approved) {
    approvalState = "done";
    approvalTitle = e.approval === "budget" ? t("treasury.timeline.approvedInLine") : t("treasury.timeline.approvedByMembers");
    approval = (
      <p>
        <Authority e={e} />
        {e.approval === "budget" ? (
          <Trans i18nKey="treasury.timeline.approvedBy" components={{ who: <Decider p={e.decidedBy} /> }} />
        ) : null}
        {e.decidedAt ? (
          <>
            {" "}
            <RelativeTime value={e.decidedAt} />
          </>
        ) : null}
        .
      </p>
    );
  } else if (e.status === "rejected") {
    approvalState = "stopped";
    approvalTitle = e.decision ? t("treasury.timeline.rejectedByMembers") : t("treasury.timeline.turnedDown");
    approval = e.decision ? (
      <p>
        <Authority e={e} />.
      </p>
    ) : (
      <>
        <p>
          <Trans i18nKey="treasury.timeline.by" components={{ who: <Decider p={e.decidedBy} /> }} />
          {e.decidedAt ? (
            <>
              {" "}
              <RelativeTime value={e.decidedAt} />
            </>
          ) : null}
          .
        </p>
        {e.decisionNote ? <blockquote className="quote">{e.decisionNote}</blockquote> : null}
      </>
    );
  } else if (e.status === "withdrawn") {
    approvalState = "stopped";
    approvalTitle = t("treasury.timeline.withdrawn");
    approval = <p>{t("treasury.timeline.withdrawnNote")}</p>;
  } else if (e.decision) {
    approvalState = "now";
    approvalTitle = t("treasury.timeline.putToVote");
    approval = (
      <p>
        <Authority e={e} />.{" "}
        {e.decision.status === "closed"
          ? t("treasury.timeline.votingClosed")
          : t("treasury.timeline.voting", {
              state: e.decision.status === "scheduled" ? "scheduled" : "open",
              closes: formatDateTime(e.decision.closesAt),
            })}
      </p>
    );
  } else {
    approvalState = "now";
    approvalTitle = t("treasury.timeline.waiting");
    approval = <p>{t("treasury.timeline.waitingNote")}</p>;
  }

  return (
    <ol className="timeline">
      <Step state="done" title={t("treasury.timeline.submitted")}>
        <p>
          <Trans
            i18nKey="treasury.timeline.submittedBy"
            components={{ who: <Submitter p={e.submittedBy} />, when: <RelativeTime value={e.createdAt} /> }}
          />
        </p>
      </Step>
      <Step state={approvalState} title={approvalTitle}>
        {approval}
      </Step>
      <Step
        state={e.status === "paid" ? "done" : stopped ? "skipped" : approved ? "now" : "next"}
        title={e.status === "paid" ? t("treasury.timeline.paid") : t("treasury.timeline.payment")}
      >
        {e.status === "paid" ? (
          <p>
            {e.paidAt ? <RelativeTime value={e.paidAt} /> : null}
            {e.transactionId ? (
              <>
                {" "}
                — <Link to={`/transactions/${e.transactionId}`}>{t("treasury.timeline.seeInBooks")}</Link>
              </>
            ) : null}
            .
          </p>
        ) : approved ? (
          <p>{t("treasury.timeline.payNote")}</p>
        ) : stopped ? null : (
          <p>{t("treasury.timeline.onlyOnceApproved")}</p>
        )}
      </Step>
    </ol>
  );
}
