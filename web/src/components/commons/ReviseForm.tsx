import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { ProposalPatchInput } from "../../../../src/modules/contributions/inputs.ts";
import { client } from "../../api/client.ts";
import { data } from "../../api/query.ts";
import type { ApiBody, Contribution, ContributionChanges } from "../../api/schema.ts";
import { useForm, validate } from "../../form.ts";
import { Field } from "../Field.tsx";
import { FormAlert } from "../FormAlert.tsx";
import { Loading } from "../States.tsx";
import { SubmitButton } from "../SubmitButton.tsx";
import { ContentField, ProposalFields, proposalBasics } from "./ProposalFields.tsx";
import { useContributionMutation } from "./queries.ts";
import { WorkFields, workValues } from "./WorkFields.tsx";

type ProposalPatch = ApiBody<"/api/contributions/{id}", "patch">;

const FIELDS = ["title", "description", "kind", "content", "path", "documentTitle", "hours", "link", "baseRevision"] as const;

function ReviseFields({ c, form, content }: { c: Contribution; form: ReturnType<typeof useForm>; content: string | null }) {
  const { t } = useTranslation();
  return (
    <>
      {c.type === "new_document" && c.document ? (
        <div className="form-row">
          <Field
            label={t("commons.newDocument.title")}
            name="documentTitle"
            required
            maxLength={200}
            defaultValue={c.document.title}
            error={form.error("documentTitle")}
          />
          <Field
            label={t("commons.newDocument.path")}
            name="path"
            required
            maxLength={80}
            autoCapitalize="none"
            spellCheck={false}
            defaultValue={c.document.path}
            error={form.error("path")}
          />
        </div>
      ) : null}
      {content !== null ? <ContentField form={form} defaultValue={content} /> : null}
      {c.type === "work" ? <WorkFields form={form} defaults={{ hours: c.hours, link: c.link }} /> : null}
      <ProposalFields form={form} work={c.type === "work"} defaults={{ title: c.title, description: c.description, kind: c.kind }} />
    </>
  );
}

/** The author changes their open proposal; new text sends a conflicted one back to review. */
export function ReviseForm({
  c,
  changes,
  onDone,
  onCancel,
}: {
  c: Contribution;
  changes: ContributionChanges | undefined;
  onDone: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const form = useForm(FIELDS);
  const revise = useContributionMutation(c, (body: ProposalPatch) =>
    data(client.PATCH("/api/contributions/{id}", { params: { path: { id: c.id } }, body })),
  );
  const headingRef = useRef<HTMLHeadingElement>(null);
  // The form opens from a button elsewhere on the page: bring keyboard and screen-reader users to it.
  useEffect(() => headingRef.current?.focus(), []);
  return (
    <form
      className="card form"
      noValidate
      aria-labelledby="revise-title"
      onSubmit={form.onSubmit(async (v) => {
        const patch: ProposalPatch = proposalBasics(v);
        if (c.type === "work") {
          const { hours, link } = workValues(v);
          Object.assign(patch, { hours, link: link ?? null });
        }
        if (c.type === "new_document") Object.assign(patch, { path: v.path ?? "", documentTitle: v.documentTitle ?? "" });
        // Unchanged text is left out, so that editing only the title keeps the proposal's base and status.
        if (v.content !== undefined && v.content !== v.original) patch.content = v.content;
        await revise.mutateAsync(validate(ProposalPatchInput, patch));
        onDone();
      })}
    >
      <h2 id="revise-title" ref={headingRef} tabIndex={-1}>
        {t("commons.revise.title")}
      </h2>
      <FormAlert messages={form.summary} />
      {c.type === "work" ? (
        <ReviseFields c={c} form={form} content={null} />
      ) : changes ? (
        <>
          <input type="hidden" name="original" value={changes.proposed} />
          <ReviseFields c={c} form={form} content={changes.proposed} />
        </>
      ) : (
        <Loading label={t("commons.revise.loading")} />
      )}
      <div className="form-actions">
        <SubmitButton busy={form.busy} busyLabel={t("commons.saving")}>
          {t("commons.revise.save")}
        </SubmitButton>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {t("commons.revise.cancel")}
        </button>
      </div>
    </form>
  );
}
