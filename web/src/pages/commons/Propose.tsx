import { useState } from "react";
import { Trans, useTranslation } from "react-i18next";
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
  { value: "edit", label: "contributions.propose.type.edit.label", hint: "contributions.propose.type.edit.hint" },
  { value: "new_document", label: "contributions.propose.type.new_document.label", hint: "contributions.propose.type.new_document.hint" },
  { value: "work", label: "contributions.propose.type.work.label", hint: "contributions.propose.type.work.hint" },
] as const;
type ProposeType = (typeof TYPES)[number]["value"];

export function ProposePage() {
  const { t } = useTranslation();
  const { commons } = useCommons();
  useTitle(t("contributions.propose.pageTitle", { commons: commons.title }));
  const navigate = useNavigate();
  const form = useForm(FIELDS);
  const propose = usePropose(commons.slug);
  const params = useQueryParams();
  const asked = params.get("type");
  // A choice shows at once; the address follows with a navigation that React may render a moment
  // later (a controlled radio would meanwhile snap back). Once the address changes, it decides again.
  const [picked, setPicked] = useState<{ while: string; type: ProposeType } | null>(null);
  const type: ProposeType = picked && picked.while === asked ? picked.type : asked === "work" || asked === "edit" ? asked : "new_document";

  return (
    <section aria-labelledby="propose-title" className="form--limited">
      <h2 id="propose-title">{t("contributions.propose.title", { commons: commons.title })}</h2>
      <p className="section-intro">
        <Trans
          i18nKey="contributions.propose.intro"
          values={{ community: commons.community.name }}
          components={{ a: <Link to={`/commons/${commons.slug}/documents`} /> }}
        />
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
          <legend>{t("contributions.propose.what")}</legend>
          <div className="choice-list">
            {TYPES.map((choice) => (
              <label key={choice.value} className="choice">
                <input
                  type="radio"
                  name="type"
                  value={choice.value}
                  checked={type === choice.value}
                  onChange={() => {
                    setPicked({ while: asked, type: choice.value });
                    params.update({ type: choice.value });
                  }}
                />
                <span>
                  <strong>{t(choice.label)}</strong>
                  <span className="field-hint choice-hint">{t(choice.hint)}</span>
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
          <SubmitButton busy={form.busy} busyLabel={t("contributions.proposing")}>
            {type === "work" ? t("contributions.propose.logWork") : t("contributions.propose.proposeDocument")}
          </SubmitButton>
        )}
      </form>
    </section>
  );
}
