import { useMutation } from "@tanstack/react-query";
import { Trans, useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { UpstreamInput } from "../../../../src/modules/contributions/inputs.ts";
import { client } from "../../api/client.ts";
import { data } from "../../api/query.ts";
import type { Document } from "../../api/schema.ts";
import { useForm, validate } from "../../form.ts";
import { Field } from "../Field.tsx";
import { FormAlert } from "../FormAlert.tsx";
import { SubmitButton } from "../SubmitButton.tsx";
import { invalidateCommons } from "./queries.ts";

const FIELDS = ["title", "description"] as const;

/** On a fork's document: propose one of its own revisions back to the commons it was forked from. */
export function UpstreamForm({ slug, doc }: { slug: string; doc: Document & { forkedFrom: NonNullable<Document["forkedFrom"]> } }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const form = useForm(FIELDS);
  const origin = doc.forkedFrom.commons;
  const upstream = useMutation({
    mutationFn: (body: { title: string; description?: string }) =>
      data(
        client.POST("/api/commons/{slug}/documents/{path}/revisions/{number}/upstream", {
          params: { path: { slug, path: doc.path, number: doc.revision.number } },
          body,
        }),
      ),
    // The proposal lands in the origin commons.
    onSuccess: () => invalidateCommons(origin.slug),
  });
  return (
    <details className="disclosure">
      <summary>{t("commons.upstream.summary", { revision: doc.revision.number, origin: origin.title })}</summary>
      <form
        className="form disclosure-body"
        noValidate
        onSubmit={form.onSubmit(async (v) => {
          const c = await upstream.mutateAsync(
            validate(UpstreamInput, { title: v.title ?? "", ...(v.description ? { description: v.description } : {}) }),
          );
          navigate(`/contributions/${c.id}`);
        })}
      >
        <p className="field-hint">
          <Trans
            i18nKey="commons.upstream.intro"
            values={{ path: doc.forkedFrom.path, origin: origin.title }}
            components={{ code: <code /> }}
          />
        </p>
        <FormAlert messages={form.summary} />
        <Field
          label={t("commons.fields.title")}
          name="title"
          required
          maxLength={200}
          defaultValue={doc.revision.message}
          error={form.error("title")}
        />
        <Field
          as="textarea"
          label={t("commons.proposal.description")}
          name="description"
          optional
          maxLength={20000}
          rows={3}
          hint={t("commons.upstream.descriptionHint")}
          error={form.error("description")}
        />
        <SubmitButton busy={form.busy} busyLabel={t("commons.upstream.busy")}>
          {t("commons.upstream.submit")}
        </SubmitButton>
      </form>
    </details>
  );
}
