import type { ReactNode } from "react";
import { Link } from "react-router";
import type { Expense } from "../../api/schema.ts";
import { formatDateTime } from "../../format.ts";
import { OUTCOME_LABEL } from "../decisions/labels.ts";
import { PersonLink } from "../PersonLink.tsx";
import { RelativeTime } from "../RelativeTime.tsx";

type StepState = "done" | "now" | "next" | "stopped" | "skipped";

const STATE_LABEL: Record<StepState, string> = { done: "Done", now: "Now", next: "Next", stopped: "Stopped", skipped: "Not reached" };

function Step({ state, title, children }: { state: StepState; title: string; children?: ReactNode }) {
  return (
    <li className={`timeline-step timeline-step--${state}`} aria-current={state === "now" ? "step" : undefined}>
      <span className="timeline-marker" aria-hidden="true" />
      <div>
        <p className="timeline-title">
          <span className={`timeline-state timeline-state--${state}`}>{STATE_LABEL[state]}</span> {title}
        </p>
        {children ? <div className="timeline-body">{children}</div> : null}
      </div>
    </li>
  );
}

const by = (p: Expense["decidedBy"]) => (p ? <PersonLink person={p} showHandle={false} /> : "a treasurer");

/** The authority behind an expense: the members' decision on it, or an approved budget line and the decision that approved its budget. */
export function Authority({ e, compact = false }: { e: Expense; compact?: boolean }) {
  if (e.approval === "budget" && e.budgetLine && compact) {
    const b = e.budgetLine.budget;
    return (
      <>
        Budget line {e.budgetLine.name}
        <span className="muted">, {b.title}</span>
      </>
    );
  }
  if (e.decision && compact) {
    return (
      <>
        <Link to={`/proposals/${e.decision.id}`}>Members' vote</Link>
        {e.decision.outcome ? ` (${OUTCOME_LABEL[e.decision.outcome]})` : e.decision.status === "open" ? " (voting open)" : ""}
      </>
    );
  }
  if (e.approval === "budget" && e.budgetLine) {
    const b = e.budgetLine.budget;
    return (
      <>
        Budget line <strong>{e.budgetLine.name}</strong> of {b.title} ({b.year})
        {b.decision ? (
          <>
            , approved by the members in <Link to={`/proposals/${b.decision.id}`}>{b.decision.title}</Link>
          </>
        ) : null}
      </>
    );
  }
  if (e.decision) {
    return (
      <>
        <Link to={`/proposals/${e.decision.id}`}>{e.decision.title}</Link>
        {e.decision.outcome ? ` (${OUTCOME_LABEL[e.decision.outcome]})` : e.decision.status === "open" ? " (voting open)" : ""}
      </>
    );
  }
  return <span className="muted">None yet</span>;
}

/** Where an expense stands: submitted → approved (by the members' vote, or within a budget line) → paid, or where it stopped. */
export function ExpenseTimeline({ e }: { e: Expense }) {
  const stopped = e.status === "rejected" || e.status === "withdrawn";
  const approved = e.status === "approved" || e.status === "paid";

  let approval: ReactNode;
  let approvalState: StepState;
  let approvalTitle: string;
  if (approved) {
    approvalState = "done";
    approvalTitle = e.approval === "budget" ? "Approved within a budget line" : "Approved by the members";
    approval = (
      <p>
        <Authority e={e} />
        {e.approval === "budget" ? <>. Approved by {by(e.decidedBy)}</> : null}
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
    approvalTitle = e.decision ? "Rejected by the members" : "Turned down";
    approval = e.decision ? (
      <p>
        <Authority e={e} />.
      </p>
    ) : (
      <>
        <p>
          By {by(e.decidedBy)}
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
    approvalTitle = "Withdrawn";
    approval = <p>The submitter withdrew it before it was decided.</p>;
  } else if (e.decision) {
    approvalState = "now";
    approvalTitle = "Put to the members' vote";
    approval = (
      <p>
        <Authority e={e} />.{" "}
        {e.decision.status === "closed"
          ? "Voting has closed."
          : `Voting ${e.decision.status === "scheduled" ? "opens soon and closes" : "closes"} ${formatDateTime(e.decision.closesAt)}; if it passes, the expense is approved.`}
      </p>
    );
  } else {
    approvalState = "now";
    approvalTitle = "Waiting for approval";
    approval = <p>By a vote of the members, or by a treasurer within a budget line the members approved.</p>;
  }

  return (
    <ol className="timeline">
      <Step state="done" title="Submitted">
        <p>
          By {e.submittedBy ? <PersonLink person={e.submittedBy} showHandle={false} /> : "someone no longer here"}{" "}
          <RelativeTime value={e.createdAt} />.
        </p>
      </Step>
      <Step state={approvalState} title={approvalTitle}>
        {approval}
      </Step>
      <Step
        state={e.status === "paid" ? "done" : stopped ? "skipped" : approved ? "now" : "next"}
        title={e.status === "paid" ? "Paid" : "Payment"}
      >
        {e.status === "paid" ? (
          <p>
            {e.paidAt ? <RelativeTime value={e.paidAt} /> : null}
            {e.transactionId ? (
              <>
                {" "}
                — <Link to={`/transactions/${e.transactionId}`}>see it in the books</Link>
              </>
            ) : null}
            .
          </p>
        ) : approved ? (
          <p>A treasurer pays it and the payment is posted to the books, with the authority above.</p>
        ) : stopped ? null : (
          <p>Only once it is approved.</p>
        )}
      </Step>
    </ol>
  );
}
