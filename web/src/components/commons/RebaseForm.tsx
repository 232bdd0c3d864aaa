import { useTranslation } from "react-i18next";
import { ProposalPatchInput } from "../../../../src/modules/contributions/inputs.ts";
import { client } from "../../api/client.ts";
import { data } from "../../api/query.ts";
import type { ApiBody, Contribution } from "../../api/schema.ts";
import { useForm, validate } from "../../form.ts";
import { FormAlert } from "../FormAlert.tsx";
import { SubmitButton } from "../SubmitButton.tsx";
import { ContentField } from "./ProposalFields.tsx";
import { useContributionMutation } from "./queries.ts";

/**
 * For the author of a conflicted edit: the proposal carried onto the newest revision, to reconcile
 * by hand and send back for review as an edit of that revision.
 */
export function RebaseForm({
  c,
  rebased,
  onDone,
}: {
  c: Contribution;
  rebased: { text: string; conflicts: number; head: number };
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const form = useForm(["content", "baseRevision"]);
  const revise = useContributionMutation(c, (body: ApiBody<"/api/contributions/{id}", "patch">) =>
    data(client.PATCH("/api/contributions/{id}", { params: { path: { id: c.id } }, body })),
  );
  return (
    <form
      className="card form"
      noValidate
      aria-labelledby="rebase-title"
      onSubmit={form.onSubmit(async (v) => {
        await revise.mutateAsync(validate(ProposalPatchInput, { baseRevision: rebased.head, content: v.content ?? "" }));
        onDone();
      })}
    >
      <h3 id="rebase-title">{t("commons.rebase.title")}</h3>
      <p className="field-hint">{t("commons.rebase.intro", { head: rebased.head, count: rebased.conflicts })}</p>
      <FormAlert messages={form.summary} />
      <ContentField form={form} defaultValue={rebased.text} label={t("commons.rebase.text", { head: rebased.head })} />
      <SubmitButton busy={form.busy} busyLabel={t("commons.rebase.busy")}>
        {t("commons.rebase.submit")}
      </SubmitButton>
    </form>
  );
}
