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
  return (
    <>
      <Field
        label={work ? "What you did" : "Proposal title"}
        name="title"
        required
        maxLength={200}
        defaultValue={defaults.title ?? ""}
        hint={
          work
            ? "In a few words, e.g. “Field test on clay soil”."
            : "What the change does, in a few words: it becomes the revision's message."
        }
        error={form.error("title")}
      />
      <Field
        as="textarea"
        label="Description"
        name="description"
        optional
        maxLength={20000}
        rows={4}
        defaultValue={defaults.description ?? ""}
        hint="Why, and anything reviewers should know. Markdown."
        error={form.error("description")}
      />
      <Field as="select" label="Kind of work" name="kind" defaultValue={defaults.kind ?? "documentation"} error={form.error("kind")}>
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
  label = "Text",
  hint,
}: {
  form: FormState;
  defaultValue: string;
  label?: string;
  hint?: string;
}) {
  return (
    <Field
      as="textarea"
      label={label}
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
