import { useNavigate } from "react-router";
import { api } from "../../api.ts";
import { useForm } from "../../form.ts";
import type { DocumentView } from "../../types/commons.ts";
import { Field } from "../Field.tsx";
import { FormAlert } from "../FormAlert.tsx";
import { SubmitButton } from "../SubmitButton.tsx";

const FIELDS = ["title", "description"] as const;

/** On a fork's document: propose one of its own revisions back to the commons it was forked from. */
export function UpstreamForm({ slug, doc }: { slug: string; doc: DocumentView & { forkedFrom: NonNullable<DocumentView["forkedFrom"]> } }) {
  const navigate = useNavigate();
  const form = useForm(FIELDS);
  const origin = doc.forkedFrom.commons;
  return (
    <details className="disclosure">
      <summary>
        Propose revision {doc.revision.number} to {origin.title}
      </summary>
      <form
        className="form disclosure-body"
        noValidate
        onSubmit={form.onSubmit(async (v) => {
          const c = await api.proposeUpstream(slug, doc.path, doc.revision.number, {
            title: v.title ?? "",
            description: v.description || undefined,
          });
          navigate(`/contributions/${c.id}`);
        })}
      >
        <p className="field-hint">
          This revision's text becomes an edit of <code>{doc.forkedFrom.path}</code> in {origin.title}, for its maintainers to review.
          Changes made there since the fork are merged.
        </p>
        <FormAlert messages={form.summary} />
        <Field label="Title" name="title" required maxLength={200} defaultValue={doc.revision.message} error={form.error("title")} />
        <Field
          as="textarea"
          label="Description"
          name="description"
          optional
          maxLength={20000}
          rows={3}
          hint="Markdown."
          error={form.error("description")}
        />
        <SubmitButton busy={form.busy} busyLabel="Proposing…">
          Propose upstream
        </SubmitButton>
      </form>
    </details>
  );
}
