import { Link, useNavigate } from "react-router";
import { ProposalInput } from "../../../../src/modules/contributions/inputs.ts";
import type { ContributionKind, DocumentFormat } from "../../api/schema.ts";
import { EditDocumentChoice } from "../../components/commons/EditDocumentChoice.tsx";
import { NewDocumentFields } from "../../components/commons/NewDocumentFields.tsx";
import { ProposalFields, proposalBasics } from "../../components/commons/ProposalFields.tsx";
import { usePropose } from "../../components/commons/queries.ts";
import { useQueryParams } from "../../components/commons/useQueryParams.ts";
import { WorkFields, workValues } from "../../components/commons/WorkFields.tsx";
import { FormAlert } from "../../components/FormAlert.tsx";
import { SubmitButton } from "../../components/SubmitButton.tsx";
import { useForm, validate } from "../../form.ts";
import { useTitle } from "../../hooks.ts";
import { useCommons } from "./CommonsLayout.tsx";

const FIELDS = [
  "title",
  "description",
  "kind",
  "documentTitle",
  "path",
  "format",
  "content",
  "hours",
  "link",
  "performedOn",
  "type",
] as const;
const TYPES = [
  { value: "edit", label: "An edit of a document", hint: "Change a document the commons already has: open it in the editor." },
  { value: "new_document", label: "A new document", hint: "A guide, a design, a report: text that joins the commons." },
  { value: "work", label: "Work done", hint: "Time spent on the commons that is not a document: testing, facilitation, care." },
] as const;
type ProposeType = (typeof TYPES)[number]["value"];

export function ProposePage() {
  const { commons } = useCommons();
  useTitle(`Contribute · ${commons.title}`);
  const navigate = useNavigate();
  const form = useForm(FIELDS);
  const propose = usePropose(commons.slug);
  const params = useQueryParams();
  const asked = params.get("type");
  const type: ProposeType = asked === "work" || asked === "edit" ? asked : "new_document";

  return (
    <section aria-labelledby="propose-title" className="form--limited">
      <h2 id="propose-title">Contribute to {commons.title}</h2>
      <p className="section-intro">
        Anyone may contribute; the maintainers of {commons.community.name} review each proposal in public. Every document is also listed
        under <Link to={`/commons/${commons.slug}/documents`}>Documents</Link>, with “Propose an edit” on each.
      </p>
      <form
        className="card form"
        noValidate
        onSubmit={form.onSubmit(async (v) => {
          const basics = proposalBasics(v);
          const body =
            type === "work"
              ? {
                  type: "work" as const,
                  ...basics,
                  kind: (v.kind ?? "") as ContributionKind,
                  ...workValues(v),
                  performedOn: v.performedOn || undefined,
                }
              : {
                  type: "new_document" as const,
                  ...basics,
                  path: v.path ?? "",
                  documentTitle: v.documentTitle ?? "",
                  format: (v.format ?? "markdown") as DocumentFormat,
                  content: v.content ?? "",
                };
          const c = await propose.mutateAsync(validate(ProposalInput, body));
          navigate(`/contributions/${c.id}`);
        })}
      >
        <FormAlert messages={form.summary} />
        <fieldset>
          <legend>What are you contributing?</legend>
          <div className="choice-list">
            {TYPES.map((t) => (
              <label key={t.value} className="choice">
                <input
                  type="radio"
                  name="type"
                  value={t.value}
                  checked={type === t.value}
                  onChange={() => params.update({ type: t.value })}
                />
                <span>
                  <strong>{t.label}</strong>
                  <span className="field-hint choice-hint">{t.hint}</span>
                </span>
              </label>
            ))}
          </div>
        </fieldset>
        {type === "edit" ? (
          // An edit is proposed from the document's editor, which starts from its text.
          <EditDocumentChoice slug={commons.slug} />
        ) : type === "new_document" ? (
          <>
            <NewDocumentFields key="doc" form={form} />
            <ProposalFields key="doc-proposal" form={form} />
          </>
        ) : (
          <>
            <ProposalFields key="work-proposal" form={form} work defaults={{ kind: "research" }} />
            <WorkFields key="work" form={form} />
          </>
        )}
        {type === "edit" ? null : (
          <SubmitButton busy={form.busy} busyLabel="Proposing…">
            {type === "work" ? "Log this work" : "Propose this document"}
          </SubmitButton>
        )}
      </form>
    </section>
  );
}
