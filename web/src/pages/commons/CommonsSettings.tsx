import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { Trans, useTranslation } from "react-i18next";
import { CommonsPatchInput } from "../../../../src/modules/commons/inputs.ts";
import { client } from "../../api/client.ts";
import { data } from "../../api/query.ts";
import type { ApiBody } from "../../api/schema.ts";
import { CommonsFields, commonsFieldValues, namingBadTags } from "../../components/commons/CommonsFields.tsx";
import { invalidateCommons } from "../../components/commons/queries.ts";
import { FormAlert } from "../../components/FormAlert.tsx";
import { Empty } from "../../components/States.tsx";
import { SaveActions } from "../../components/SubmitButton.tsx";
import { useForm, validate } from "../../form.ts";
import { useTitle } from "../../hooks.ts";
import { useCommons } from "./CommonsLayout.tsx";

const FIELDS = ["title", "summary", "licence", "stewardAssociation", "tags"] as const;

export function CommonsSettingsPage() {
  const { t } = useTranslation();
  const { commons } = useCommons();
  useTitle(t("contributions.settings.pageTitle", { commons: commons.title }));
  const form = useForm(FIELDS);
  const [saved, setSaved] = useState(false);
  const update = useMutation({
    mutationFn: (body: ApiBody<"/api/commons/{slug}", "patch">) =>
      data(client.PATCH("/api/commons/{slug}", { params: { path: { slug: commons.slug } }, body })),
    onSuccess: () => invalidateCommons(commons.slug),
  });

  if (!commons.viewer.canSteward) {
    return (
      <Empty title={t("contributions.settings.onlyStewards")}>
        <p>{t("contributions.settings.askSteward", { community: commons.community.name })}</p>
      </Empty>
    );
  }

  return (
    <section className="section" aria-labelledby="settings-title">
      <h2 id="settings-title">{t("contributions.settings.title")}</h2>
      <form
        className="card form form--limited"
        noValidate
        onChange={() => setSaved(false)}
        onSubmit={form.onSubmit(async (v) => {
          setSaved(false);
          const { licence, ...rest } = commonsFieldValues(v);
          try {
            await update.mutateAsync(validate(CommonsPatchInput, { ...rest, ...(licence ? { licence } : {}) }));
          } catch (err) {
            throw namingBadTags(err, rest.tags);
          }
          setSaved(true);
        })}
      >
        <FormAlert messages={form.summary} />
        <CommonsFields
          form={form}
          defaults={{
            title: commons.title,
            summary: commons.summary,
            licence: commons.licence.id,
            stewardAssociation: commons.stewardAssociation?.slug ?? null,
            tags: commons.tags,
          }}
        />
        <p className="field-hint">
          <Trans
            i18nKey="contributions.settings.fixed"
            values={{ slug: commons.slug, community: commons.community.name }}
            components={{ code: <code /> }}
          />
        </p>
        <SaveActions busy={form.busy} saved={saved}>
          {t("contributions.settings.save")}
        </SaveActions>
      </form>
    </section>
  );
}
