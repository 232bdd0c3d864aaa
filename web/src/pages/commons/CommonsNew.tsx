import { useMutation, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { Trans, useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { NewCommonsInput } from "../../../../src/modules/commons/inputs.ts";
import { client } from "../../api/client.ts";
import { activitiesKey } from "../../api/foundation.ts";
import { apiKey, data, invalidate } from "../../api/query.ts";
import type { ApiBody } from "../../api/schema.ts";
import {
  associationsQuery,
  CommonsFields,
  commonsFieldValues,
  licencesQuery,
  namingBadTags,
} from "../../components/commons/CommonsFields.tsx";
import { CommunityField, WithStewardedCommunities } from "../../components/commons/CommunityField.tsx";
import { useStewardedCommunities } from "../../components/commons/useStewarded.ts";
import { Field } from "../../components/Field.tsx";
import { FormAlert } from "../../components/FormAlert.tsx";
import { SubmitButton } from "../../components/SubmitButton.tsx";
import { useForm, validate } from "../../form.ts";
import { slugify } from "../../format.ts";
import { useTitle } from "../../hooks.ts";

const FIELDS = ["title", "slug", "community", "summary", "licence", "stewardAssociation", "tags"] as const;

export function CommonsNewPage() {
  const { t } = useTranslation();
  useTitle(t("contributions.new.title"));
  const navigate = useNavigate();
  const form = useForm(FIELDS);
  const [title, setTitle] = useState("");
  const [slug, setSlug] = useState("");
  const [slugEdited, setSlugEdited] = useState(false);
  // Everything the form offers loads at once: the communities, the licences and the associations.
  useStewardedCommunities();
  useQuery(licencesQuery);
  useQuery(associationsQuery);
  const create = useMutation({
    mutationFn: (body: ApiBody<"/api/commons", "post">) => data(client.POST("/api/commons", { body })),
    onSuccess: () => invalidate(apiKey("/api/commons"), activitiesKey),
  });

  return (
    <div className="page page--narrow">
      <h1>{t("contributions.new.title")}</h1>
      <p className="lede">{t("contributions.new.lede")}</p>
      <WithStewardedCommunities>
        {(communities) => (
          <form
            className="card form"
            noValidate
            onSubmit={form.onSubmit(async (v) => {
              const fields = commonsFieldValues(v);
              try {
                const created = await create.mutateAsync(
                  validate(NewCommonsInput, { ...fields, slug: v.slug ?? "", community: v.community ?? "" }),
                );
                navigate(`/commons/${created.slug}`);
              } catch (err) {
                throw namingBadTags(err, fields.tags);
              }
            })}
          >
            <FormAlert messages={form.summary} />
            <Field
              label={t("contributions.new.titleField")}
              name="title"
              required
              maxLength={200}
              value={title}
              onChange={(e) => {
                setTitle(e.target.value);
                if (!slugEdited) setSlug(slugify(e.target.value));
              }}
              error={form.error("title")}
            />
            <Field
              label={t("contributions.new.slug")}
              name="slug"
              required
              maxLength={50}
              autoCapitalize="none"
              spellCheck={false}
              value={slug}
              onChange={(e) => {
                setSlug(e.target.value);
                setSlugEdited(e.target.value !== "");
              }}
              hint={<Trans i18nKey="contributions.new.slugHint" values={{ slug: slug || "…" }} components={{ code: <code /> }} />}
              error={form.error("slug")}
            />
            <CommunityField form={form} communities={communities} />
            <CommonsFields form={form} withTitle={false} />
            <SubmitButton busy={form.busy} busyLabel={t("contributions.new.creating")}>
              {t("contributions.new.create")}
            </SubmitButton>
          </form>
        )}
      </WithStewardedCommunities>
    </div>
  );
}
