import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { Trans, useTranslation } from "react-i18next";
import { Link, useNavigate } from "react-router";
import { UpstreamInput } from "../../../../src/modules/contributions/inputs.ts";
import { client } from "../../api/client.ts";
import { apiKey, data, invalidate } from "../../api/query.ts";
import type { Document } from "../../api/schema.ts";
import { useForm, validate } from "../../form.ts";
import { Field } from "../Field.tsx";
import { FormAlert } from "../FormAlert.tsx";
import { hostOf } from "../federation/addresses.ts";
import { SubmitButton } from "../SubmitButton.tsx";
import { invalidateCommons } from "./queries.ts";

const FIELDS = ["title", "description"] as const;

/** Where a fork's revisions go back to: the commons here it was forked from, or its origin on another instance (that commons' address). */
export type Upstream = { here: NonNullable<Document["forkedFrom"]> } | { elsewhere: string };

type Proposal = { title: string; description?: string };

/**
 * On a fork's document: propose one of its own revisions back to the commons it was forked from.
 * Here, it becomes a proposal in that commons, and the page moves to it. On another instance, it is
 * offered to the origin's maintainers; their answer shows on the fork's contributions page.
 */
export function UpstreamForm({ slug, doc, upstream }: { slug: string; doc: Document; upstream: Upstream }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const form = useForm(FIELDS);
  const [offered, setOffered] = useState(false);
  const here = "here" in upstream ? upstream.here : null;
  const host = "elsewhere" in upstream ? hostOf(upstream.elsewhere) : "";
  const revision = doc.revision.number;
  const send = useMutation({
    mutationFn: async (body: Proposal): Promise<string | null> => {
      if (!here) {
        await data(client.POST("/api/federation/offers", { body: { commons: slug, path: doc.path, revision, ...body } }));
        return null;
      }
      const params = { path: { slug, path: doc.path, number: revision } };
      const c = await data(client.POST("/api/commons/{slug}/documents/{path}/revisions/{number}/upstream", { params, body }));
      return `/contributions/${c.id}`;
    },
    // A proposal lands in the origin commons; an offer joins the fork's list of offers.
    onSuccess: () =>
      here ? invalidateCommons(here.commons.slug) : invalidate(apiKey("/api/commons/{slug}/upstream-offers", { path: { slug } })),
  });
  return (
    <details className="disclosure">
      <summary>
        {here ? t("commons.upstream.summary", { revision, origin: here.commons.title }) : t("federation.offer.summary", { revision, host })}
      </summary>
      <form
        className="form disclosure-body"
        noValidate
        onSubmit={form.onSubmit(async (v, el) => {
          setOffered(false);
          const proposal = validate(UpstreamInput, { title: v.title ?? "", ...(v.description ? { description: v.description } : {}) });
          const next = await send.mutateAsync(proposal);
          if (next) {
            navigate(next);
          } else {
            el.reset();
            setOffered(true);
          }
        })}
      >
        <p className="field-hint">
          {here ? (
            <Trans
              i18nKey="commons.upstream.intro"
              values={{ path: here.path, origin: here.commons.title }}
              components={{ code: <code /> }}
            />
          ) : (
            t("federation.offer.intro", { host })
          )}
        </p>
        {offered ? (
          <p className="notice" role="status">
            <Trans i18nKey="federation.offer.sent" components={{ a: <Link to={`/commons/${slug}/contributions`} /> }} />
          </p>
        ) : null}
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
          maxLength={here ? 20000 : 10000}
          rows={3}
          hint={t("commons.upstream.descriptionHint")}
          error={form.error("description")}
        />
        <SubmitButton busy={form.busy} busyLabel={here ? t("commons.upstream.busy") : t("federation.offer.busy")}>
          {here ? t("commons.upstream.submit") : t("federation.offer.submit")}
        </SubmitButton>
      </form>
    </details>
  );
}
