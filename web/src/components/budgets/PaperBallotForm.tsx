import { useMutation } from "@tanstack/react-query";
import { useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { PaperBallotInput } from "../../../../src/modules/budgeting/inputs.ts";
import { client } from "../../api/client.ts";
import { data } from "../../api/query.ts";
import type { ApiBody } from "../../api/schema.ts";
import { useForm, validate } from "../../form.ts";
import { Field } from "../Field.tsx";
import { FormAlert } from "../FormAlert.tsx";
import { SubmitButton } from "../SubmitButton.tsx";
import { BallotChoices, type BallotState, ballotProjects, bodyOf, initialState, Tally } from "./BallotForm.tsx";
import type { Call, Project } from "./labels.ts";
import { invalidateTurnout } from "./queries.ts";

type PaperBallotBody = ApiBody<"/api/calls/{slug}/paper-ballots", "post">;

const FIELDS = ["reference", "district", "projects"];

/**
 * One paper ballot entered by the body's reviewers while voting is open: its number (once per call) and
 * its choices, on the same ballot as the voters' (BallotChoices). After each ballot counted the form is
 * empty again, its number field focused for the next; `onEntered` hears of each one.
 */
export function PaperBallotForm({
  call,
  projects,
  onEntered,
}: {
  call: Call;
  /** The call's eligible projects. */
  projects: Project[];
  onEntered: (reference: string, choices: number) => void;
}) {
  const { t } = useTranslation();
  const form = useForm(FIELDS);
  const [reference, setReference] = useState("");
  const [state, setState] = useState<BallotState>(() => initialState(call, null));
  // A new ballot remounts the choices, so a ranking's announcements and focus start afresh.
  const [round, setRound] = useState(0);
  const sent = useRef<string[]>([]);
  const formRef = useRef<HTMLFormElement>(null);
  const enter = useMutation({
    mutationFn: (body: PaperBallotBody) =>
      data(client.POST("/api/calls/{slug}/paper-ballots", { params: { path: { slug: call.slug } }, body })),
    onSuccess: () => invalidateTurnout(call.slug),
  });
  const change = (next: Partial<BallotState>) => setState((s) => ({ ...s, ...next }));

  return (
    <form
      ref={formRef}
      className="card form pb-ballot pb-paper-ballot"
      noValidate
      aria-labelledby="pb-paper-title"
      onSubmit={form.onSubmit(async () => {
        const body: PaperBallotBody = { reference: reference.trim(), ...bodyOf(call, state) };
        sent.current = body.projects.map((c) => c.project);
        const receipt = await enter.mutateAsync(validate(PaperBallotInput, body));
        onEntered(body.reference, receipt.choices);
        setReference("");
        setState(initialState(call, null));
        sent.current = [];
        setRound((n) => n + 1);
        formRef.current?.querySelector<HTMLInputElement>('input[name="reference"]')?.focus();
      })}
    >
      <h2 id="pb-paper-title">{t("budgets.paper.formTitle")}</h2>
      <p className="muted">{t("budgets.paper.formIntro")}</p>
      <FormAlert messages={form.summary} />
      <Field
        label={t("budgets.paper.reference")}
        name="reference"
        value={reference}
        maxLength={40}
        autoComplete="off"
        spellCheck={false}
        onChange={(e) => setReference(e.target.value)}
        hint={t("budgets.paper.referenceHint")}
        error={form.error("reference")}
      />
      <BallotChoices
        key={round}
        call={call}
        projects={projects}
        state={state}
        onChange={change}
        problem={form.problem}
        sent={sent.current}
      />
      <div className="pb-ballot-bar">
        <Tally call={call} projects={ballotProjects(call, projects, state)} state={state} />
        <div className="form-actions">
          <SubmitButton busy={form.busy} busyLabel={t("budgets.paper.entering")}>
            {t("budgets.paper.submit")}
          </SubmitButton>
        </div>
      </div>
    </form>
  );
}
