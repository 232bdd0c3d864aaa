import { useTranslation } from "react-i18next";
import type { ContributionKind } from "../../api/schema.ts";
import type { FormState } from "../../form.ts";
import { CONTRIBUTION_KIND_LABEL } from "../../format.ts";
import { Field } from "../Field.tsx";
import { CONTRIBUTION_KINDS } from "./labels.ts";

/** What every proposal has: a title, a description in Markdown, and the kind of work it is. */
export function ProposalFields({
  form,
  defaults = {},
  work = false,
}: {
  form: FormState;
  defaults?: { title?: string; description?: string; kind?: ContributionKind };
  /** Logged work is named for what was done; a document change for what it changes. */
  work?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <>
      <Field
        label={work ? t("commons.proposal.workTitle") : t("commons.proposal.title")}
        name="title"
        required
        maxLength={200}
        defaultValue={defaults.title ?? ""}
        hint={work ? t("commons.proposal.workTitleHint") : t("commons.proposal.titleHint")}
        error={form.error("title")}
      />
      <Field
        as="textarea"
        label={t("commons.proposal.description")}
        name="description"
        optional
        maxLength={20000}
        rows={4}
        defaultValue={defaults.description ?? ""}
        hint={t("commons.proposal.descriptionHint")}
        error={form.error("description")}
      />
      <Field
        as="select"
        label={t("commons.proposal.kind")}
        name="kind"
        defaultValue={defaults.kind ?? "documentation"}
        error={form.error("kind")}
      >
        {CONTRIBUTION_KINDS.map((k) => (
          <option key={k} value={k}>
            {CONTRIBUTION_KIND_LABEL[k]}
          </option>
        ))}
      </Field>
    </>
  );
}

/** The whole text of a document, in a monospaced editor. */
export function ContentField({
  form,
  defaultValue,
  label,
  hint,
}: {
  form: FormState;
  defaultValue: string;
  label?: string;
  hint?: string;
}) {
  const { t } = useTranslation();
  return (
    <Field
      as="textarea"
      label={label ?? t("commons.proposal.text")}
      name="content"
      className="field--editor"
      rows={18}
      spellCheck
      defaultValue={defaultValue}
      hint={hint}
      error={form.error("content")}
    />
  );
}

export const proposalBasics = (v: Record<string, string>) => ({
  title: v.title ?? "",
  description: v.description ?? "",
  // The select always holds one; the document declares `kind` required (the server defaults it).
  kind: (v.kind || "documentation") as ContributionKind,
});
