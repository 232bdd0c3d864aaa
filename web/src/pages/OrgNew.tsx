import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { Trans, useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { NewOrganizationInput } from "../../../src/modules/organizations/inputs.ts";
import { client } from "../api/client.ts";
import { apiKey, data, invalidate } from "../api/query.ts";
import type { ApiBody, Kind } from "../api/schema.ts";
import { Field } from "../components/Field.tsx";
import { FormAlert } from "../components/FormAlert.tsx";
import { OrgFields, orgFieldValues } from "../components/OrgFields.tsx";
import { SubmitButton } from "../components/SubmitButton.tsx";
import { useForm, validate } from "../form.ts";
import { KIND_HINT, KIND_LABEL, KINDS, slugify } from "../format.ts";
import { useTitle } from "../hooks.ts";
import { useSession } from "../session.tsx";

const FIELDS = ["name", "slug", "kind", "ownership", "description", "website", "joinPolicy"] as const;

export function OrgNewPage() {
  const { t } = useTranslation();
  useTitle(t("orgs.new.title"));
  const { reloadInstance } = useSession();
  const navigate = useNavigate();
  const form = useForm(FIELDS);
  const create = useMutation({
    mutationFn: (body: ApiBody<"/api/organizations", "post">) => data(client.POST("/api/organizations", { body })),
    onSuccess: () => invalidate(apiKey("/api/organizations"), apiKey("/api/instance")),
  });
  const [name, setName] = useState("");
  const [slug, setSlug] = useState("");
  const [slugEdited, setSlugEdited] = useState(false);
  const [kind, setKind] = useState<Kind>("community");
  const isEnterprise = kind === "enterprise";

  return (
    <div className="page page--narrow">
      <h1>{t("orgs.new.title")}</h1>
      <p className="lede">{t("orgs.new.lede")}</p>
      <form
        className="card form"
        noValidate
        onSubmit={form.onSubmit(async (v) => {
          const body = validate(NewOrganizationInput, {
            name: v.name ?? "",
            slug: v.slug ?? "",
            kind,
            ...orgFieldValues(v, isEnterprise),
          });
          const org = await create.mutateAsync(body);
          void reloadInstance().catch(() => undefined);
          navigate(`/orgs/${org.slug}`);
        })}
      >
        <FormAlert messages={form.summary} />
        <Field
          label={t("orgs.new.name")}
          name="name"
          required
          maxLength={120}
          value={name}
          onChange={(e) => {
            setName(e.target.value);
            if (!slugEdited) setSlug(slugify(e.target.value));
          }}
          error={form.error("name")}
        />
        <Field
          label={t("orgs.new.slug")}
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
          hint={<Trans i18nKey="orgs.new.slugHint" values={{ slug: slug || "…" }} components={{ code: <code /> }} />}
          error={form.error("slug")}
        />
        <Field
          as="select"
          label={t("orgs.new.kind")}
          name="kind"
          required
          value={kind}
          onChange={(e) => setKind(e.target.value as Kind)}
          hint={KIND_HINT[kind]}
          error={form.error("kind")}
        >
          {KINDS.map((k) => (
            <option key={k} value={k}>
              {KIND_LABEL[k]}
            </option>
          ))}
        </Field>
        <OrgFields form={form} isEnterprise={isEnterprise} defaults={{ joinPolicy: kind === "community" ? "open" : "approval" }} />
        <SubmitButton busy={form.busy} busyLabel={t("orgs.new.busy")}>
          {t("orgs.new.submit")}
        </SubmitButton>
      </form>
    </div>
  );
}
