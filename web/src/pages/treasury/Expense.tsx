import { useQuery } from "@tanstack/react-query";
import { type ReactNode, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useLocation, useParams } from "react-router";
import type { ExpenseDetail } from "../../api/schema.ts";
import { PersonLink } from "../../components/PersonLink.tsx";
import { LoadError, Loading } from "../../components/States.tsx";
import { accountLabel } from "../../components/treasury/AccountSelect.tsx";
import { Amount } from "../../components/treasury/Amount.tsx";
import { ApproveForm, PayForm, PutToVote, RejectForm, WithdrawButton } from "../../components/treasury/ExpenseActions.tsx";
import { Authority, ExpenseTimeline } from "../../components/treasury/ExpenseTimeline.tsx";
import { expenseQuery } from "../../components/treasury/queries.ts";
import { ReceiptPanel } from "../../components/treasury/ReceiptPanel.tsx";
import { StatusBadge } from "../../components/treasury/StatusBadge.tsx";
import type { ProposalRef } from "../../components/treasury/VoteTermsForm.tsx";
import { useTitle } from "../../hooks.ts";
import { NotFoundPage } from "../NotFound.tsx";
import type { ExpenseLocationState } from "./ExpenseNew.tsx";
import "../../styles/treasury.css";

function Panel({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section className="card expense-panel" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}

/** What the viewer can do next, by role: the submitter puts it to a vote or withdraws it; a treasurer approves, turns down or pays it. */
function Actions({
  e,
  proposed,
  onProposed,
}: {
  e: ExpenseDetail;
  /** Put to a vote from this page: the panel stays, with its link to the proposal, once the refreshed expense names it. */
  proposed: boolean;
  onProposed: (p: ProposalRef) => void;
}) {
  const { t } = useTranslation();
  const waiting = e.status === "submitted" && !e.decision;
  const manage = e.viewer.isSubmitter || e.viewer.isTreasurer;
  const panels: ReactNode[] = [];
  if ((waiting || proposed) && manage) {
    panels.push(
      <Panel key="vote" id="expense-vote" title={t("treasury.expense.askMembers")}>
        <p className="muted">{t("treasury.expense.askMembersNote")}</p>
        <PutToVote expense={e} onProposed={onProposed} />
        {waiting && e.viewer.isSubmitter ? (
          <div className="subsection">
            <WithdrawButton expense={e} />
          </div>
        ) : null}
      </Panel>,
    );
  }
  if (waiting && e.viewer.isTreasurer) {
    panels.push(
      <Panel key="approve" id="expense-approve" title={t("treasury.expense.approveInLine")}>
        <ApproveForm expense={e} />
      </Panel>,
      <Panel key="reject" id="expense-reject" title={t("treasury.expense.turnDown")}>
        <RejectForm expense={e} />
      </Panel>,
    );
  }
  if (e.status === "approved" && e.viewer.isTreasurer) {
    panels.push(
      <Panel key="pay" id="expense-pay" title={t("treasury.expense.payIt")}>
        <PayForm expense={e} />
      </Panel>,
    );
  }
  return panels.length ? <div className="expense-actions">{panels}</div> : null;
}

function ExpenseView({ e }: { e: ExpenseDetail }) {
  const { t } = useTranslation();
  const location = useLocation();
  const receiptProblem = (location.state as ExpenseLocationState | null)?.receiptProblem;
  const [proposal, setProposal] = useState<ProposalRef | null>(null);
  return (
    <article className="page treasury expense-page">
      <p className="back-link">
        <Link to={`/orgs/${e.organization.slug}/treasury/expenses`}>
          <span aria-hidden="true">← </span>
          {t("treasury.expense.back", { org: e.organization.name })}
        </Link>
      </p>
      <header className="expense-head">
        <p className="eyebrow">{t("treasury.expense.eyebrow", { org: e.organization.name })}</p>
        <h1>{e.purpose}</h1>
        <p className="expense-amount">
          <Amount amount={e.amount} currency={e.currency} /> <StatusBadge of="expense" status={e.status} />
        </p>
      </header>
      {receiptProblem && !e.receipt ? (
        <div className="alert alert--error" role="alert">
          <strong>{t("treasury.expense.receiptFailed")}</strong>
          <p>{t("treasury.expense.receiptFailedDetail", { problem: receiptProblem })}</p>
        </div>
      ) : null}
      {proposal ? (
        <div className="notice" role="status">
          <p>
            <strong>{t("treasury.expense.putToMembers")}</strong>{" "}
            <Link to={`/proposals/${proposal.id}`}>{t("treasury.vote.open", { title: proposal.title })}</Link>
          </p>
        </div>
      ) : null}
      <dl className="facts">
        <div>
          <dt>{t("treasury.expense.paidTo")}</dt>
          <dd>
            {e.payee.person ? (
              <PersonLink person={e.payee.person} showHandle={false} />
            ) : (
              t("treasury.expense.supplier", { name: e.payee.name })
            )}
          </dd>
        </div>
        <div>
          <dt>{t("treasury.expense.account")}</dt>
          <dd>{accountLabel(e.account)}</dd>
        </div>
        <div>
          <dt>{t("treasury.expense.submittedBy")}</dt>
          <dd>{e.submittedBy ? <PersonLink person={e.submittedBy} showHandle={false} /> : "—"}</dd>
        </div>
        <div>
          <dt>{t("treasury.expense.authority")}</dt>
          <dd>
            <Authority e={e} />
          </dd>
        </div>
      </dl>
      <div className="expense-layout">
        <section className="expense-progress" aria-labelledby="expense-where">
          <h2 id="expense-where">{t("treasury.expense.whereItStands")}</h2>
          <ExpenseTimeline e={e} />
        </section>
        <Panel id="expense-receipt" title={t("treasury.expense.receipt")}>
          <ReceiptPanel expense={e} />
        </Panel>
      </div>
      <Actions e={e} proposed={proposal !== null} onProposed={setProposal} />
    </article>
  );
}

/** An expense (/expenses/:id) through its whole flow: submitted, approved by a vote or within a budget line, paid. */
export function ExpensePage() {
  const { t } = useTranslation();
  const { id = "" } = useParams();
  // Each action puts the expense it answers in this query's cache, then refreshes it.
  const loaded = useQuery(expenseQuery(id));
  const expense = loaded.data;
  useTitle(expense ? t("treasury.expense.pageTitle", { purpose: expense.purpose }) : t("treasury.expense.pageTitleBare"));

  if (loaded.error?.notFound) return <NotFoundPage what="expense" />;
  if (loaded.isPending) return <Loading />;
  if (!expense) return <LoadError error={loaded.error} retry={() => void loaded.refetch()} />;
  return <ExpenseView key={expense.id} e={expense} />;
}
