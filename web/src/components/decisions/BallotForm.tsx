import { useMutation } from "@tanstack/react-query";
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { VoteInput } from "../../../../src/modules/decisions/inputs.ts";
import { client } from "../../api/client.ts";
import { data, queryClient } from "../../api/query.ts";
import type { ApiBody, Proposal } from "../../api/schema.ts";
import { useForm, validate } from "../../form.ts";
import { Field } from "../Field.tsx";
import { FormAlert } from "../FormAlert.tsx";
import { SubmitButton } from "../SubmitButton.tsx";
import { ApprovalBallot } from "./ApprovalBallot.tsx";
import { ANSWERS_NEEDING_REASON, isYesNoMethod } from "./labels.ts";
import { invalid } from "./problems.ts";
import { invalidateProposal, proposalQuery } from "./queries.ts";
import { RankedBallot } from "./RankedBallot.tsx";
import { ScoreBallot } from "./ScoreBallot.tsx";
import { YesNoBallot } from "./YesNoBallot.tsx";

const BALLOT_FIELDS = ["answer", "options", "scores", "reason"] as const;

type VoteBody = ApiBody<"/api/proposals/{id}/vote", "put">;

/** Cast or change a vote in the proposal's method; the previous vote, if any, fills it in. */
export function BallotForm({
  proposal,
  onVoted,
  onCancel,
}: {
  proposal: Proposal;
  onVoted: () => void;
  onCancel?: (() => void) | undefined;
}) {
  const { t } = useTranslation();
  const formRef = useRef<HTMLFormElement>(null);
  const changing = Boolean(onCancel);
  // Opened to change a vote: the focus goes into the ballot, on the current choice if there is one.
  useEffect(() => {
    if (changing) formRef.current?.querySelector<HTMLElement>("input:checked, input, button")?.focus();
  }, [changing]);
  const { method, options, myVote } = proposal;
  const scoreMax = proposal.scoreMax ?? 5;
  const form = useForm(BALLOT_FIELDS);
  const vote = useMutation({
    mutationFn: (body: VoteBody) => data(client.PUT("/api/proposals/{id}/vote", { params: { path: { id: proposal.id } }, body })),
    // The vote stands at once; the proposal is then fetched again for the new tally.
    onSuccess: (myVote) => {
      queryClient.setQueryData(proposalQuery(proposal.id).queryKey, (p) =>
        p ? { ...p, myVote, voted: true, turnout: p.voted ? p.turnout : p.turnout + 1 } : p,
      );
      return invalidateProposal(proposal.id);
    },
  });
  const [answer, setAnswer] = useState(myVote?.answer ?? "");
  const [approved, setApproved] = useState<number[]>(method === "approval" ? (myVote?.options ?? []) : []);
  const [ranking, setRanking] = useState<number[]>(method === "ranked" ? (myVote?.options ?? []) : []);
  const [scores, setScores] = useState<string[]>(() => options.map((_, i) => String(myVote?.scores?.[i] ?? 0)));
  const needsReason = ANSWERS_NEEDING_REASON.includes(answer);

  const ballot = (): VoteBody => {
    if (isYesNoMethod(method)) {
      if (!answer) throw invalid("answer", t("decisions.ballotForm.chooseAnswer"));
      return { answer };
    }
    if (method === "approval") return { options: approved };
    if (method === "ranked") {
      if (ranking.length === 0) throw invalid("options", t("decisions.ballotForm.rankOne"));
      return { options: ranking };
    }
    const numbers = scores.map((s) => (s.trim() === "" ? Number.NaN : Number(s)));
    if (!numbers.every((n) => Number.isInteger(n) && n >= 0 && n <= scoreMax)) {
      throw invalid("scores", t("decisions.ballotForm.scoresRange", { max: scoreMax }));
    }
    return { scores: numbers };
  };

  return (
    <form
      ref={formRef}
      className="form ballot-form"
      noValidate
      aria-label={myVote ? t("decisions.ballotForm.change") : t("decisions.ballotForm.cast")}
      onSubmit={form.onSubmit(async (v) => {
        const reason = v.reason?.trim() ?? "";
        const body = { ...ballot(), ...(reason ? { reason } : {}) };
        if (needsReason && !reason)
          throw invalid("reason", answer === "block" ? t("decisions.ballotForm.blockReason") : t("decisions.ballotForm.objectionReason"));
        await vote.mutateAsync(validate(VoteInput, body));
        onVoted();
      })}
    >
      <FormAlert messages={form.summary} />
      {isYesNoMethod(method) ? <YesNoBallot method={method} value={answer} onChange={setAnswer} error={form.error("answer")} /> : null}
      {method === "approval" ? (
        <ApprovalBallot options={options} value={approved} onChange={setApproved} error={form.error("options")} />
      ) : null}
      {method === "ranked" ? <RankedBallot options={options} value={ranking} onChange={setRanking} error={form.error("options")} /> : null}
      {method === "score" ? (
        <ScoreBallot options={options} scoreMax={scoreMax} value={scores} onChange={setScores} error={form.error("scores")} />
      ) : null}
      <Field
        as="textarea"
        label={needsReason ? t("decisions.ballotForm.reasonRequired") : t("decisions.ballotForm.reason")}
        name="reason"
        optional={!needsReason}
        required={needsReason}
        rows={3}
        maxLength={2000}
        defaultValue={myVote?.reason ?? ""}
        hint={
          needsReason
            ? proposal.ballot === "secret"
              ? t("decisions.ballotForm.reasonHintNeededSecret")
              : t("decisions.ballotForm.reasonHintNeeded")
            : proposal.ballot === "secret"
              ? t("decisions.ballotForm.reasonHintSecret")
              : t("decisions.ballotForm.reasonHintPublic")
        }
        error={form.error("reason")}
      />
      <div className="form-actions">
        <SubmitButton busy={form.busy} busyLabel={t("decisions.ballotForm.saving")}>
          {myVote ? t("decisions.ballotForm.changeMine") : t("decisions.ballotForm.castMine")}
        </SubmitButton>
        {onCancel ? (
          <button type="button" className="button button--secondary" onClick={onCancel}>
            {t("decisions.ballotForm.keep")}
          </button>
        ) : null}
      </div>
    </form>
  );
}
