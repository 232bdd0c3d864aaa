import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { Trans, useTranslation } from "react-i18next";
import { OrganizationPatchInput } from "../../../src/modules/organizations/inputs.ts";
import { client } from "../api/client.ts";
import { invalidateOrg } from "../api/foundation.ts";
import { data } from "../api/query.ts";
import type { ApiBody } from "../api/schema.ts";
import { Field } from "../components/Field.tsx";
import { FormAlert } from "../components/FormAlert.tsx";
import { OrgFields, orgFieldValues } from "../components/OrgFields.tsx";
import { Empty } from "../components/States.tsx";
import { SaveActions } from "../components/SubmitButton.tsx";
import { useForm, validate } from "../form.ts";
import { useTitle } from "../hooks.ts";
import { useOrg } from "./OrgLayout.tsx";

const FIELDS = ["name", "ownership", "description", "website", "joinPolicy"] as const;

export function OrgSettingsPage() {
  const { t } = useTranslation();
  const { org } = useOrg();
  useTitle(t("orgs.settings.title", { name: org.name }));
  const form = useForm(FIELDS);
  const update = useMutation({
    mutationFn: (body: ApiBody<"/api/organizations/{slug}", "patch">) =>
      data(client.PATCH("/api/organizations/{slug}", { params: { path: { slug: org.slug } }, body })),
    onSuccess: () => invalidateOrg(org.slug),
  });
  const [saved, setSaved] = useState(false);
  const isEnterprise = org.kind === "enterprise";

  if (!org.viewer.canGovern) {
    return (
      <Empty title={t("orgs.settings.onlyStewards")}>
        <p>{t("orgs.settings.askSteward")}</p>
      </Empty>
    );
  }

  return (
    <section className="section" aria-labelledby="settings-title">
      <h2 id="settings-title">{t("orgs.tab.settings")}</h2>
      <form
        className="card form form--limited"
        noValidate
        onChange={() => setSaved(false)}
        onSubmit={form.onSubmit(async (v) => {
          setSaved(false);
          await update.mutateAsync(validate(OrganizationPatchInput, { name: v.name ?? "", ...orgFieldValues(v, isEnterprise) }));
          setSaved(true);
        })}
      >
        <FormAlert messages={form.summary} />
        <Field label={t("orgs.new.name")} name="name" required maxLength={120} defaultValue={org.name} error={form.error("name")} />
        <OrgFields
          form={form}
          isEnterprise={isEnterprise}
          defaults={{ description: org.description, website: org.website, joinPolicy: org.joinPolicy, ownership: org.ownership }}
        />
        <p className="field-hint">
          <Trans i18nKey="orgs.settings.fixed" values={{ slug: org.slug }} components={{ code: <code /> }} />
        </p>
        <SaveActions busy={form.busy} saved={saved}>
          {t("orgs.settings.save")}
        </SaveActions>
      </form>
    </section>
  );
}
