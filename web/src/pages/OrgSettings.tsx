import { useState } from "react";
import { api } from "../api.ts";
import { Field } from "../components/Field.tsx";
import { FormAlert } from "../components/FormAlert.tsx";
import { OrgFields, orgFieldValues } from "../components/OrgFields.tsx";
import { Empty } from "../components/States.tsx";
import { SaveActions } from "../components/SubmitButton.tsx";
import { useForm } from "../form.ts";
import { useTitle } from "../hooks.ts";
import { useOrg } from "./OrgLayout.tsx";

const FIELDS = ["name", "ownership", "description", "website", "joinPolicy"] as const;

export function OrgSettingsPage() {
  const { org, refresh } = useOrg();
  useTitle(`Settings · ${org.name}`);
  const form = useForm(FIELDS);
  const [saved, setSaved] = useState(false);
  const isEnterprise = org.kind === "enterprise";

  if (!org.viewer.canGovern) {
    return (
      <Empty title="Only stewards can change these settings.">
        <p>Ask one of the organization's stewards if something needs to change.</p>
      </Empty>
    );
  }

  return (
    <section className="section" aria-labelledby="settings-title">
      <h2 id="settings-title">Settings</h2>
      <form
        className="card form form--limited"
        noValidate
        onChange={() => setSaved(false)}
        onSubmit={form.onSubmit(async (v) => {
          setSaved(false);
          await api.updateOrganization(org.slug, { name: v.name ?? "", ...orgFieldValues(v, isEnterprise) });
          setSaved(true);
          refresh();
        })}
      >
        <FormAlert messages={form.summary} />
        <Field label="Name" name="name" required maxLength={120} defaultValue={org.name} error={form.error("name")} />
        <OrgFields
          form={form}
          isEnterprise={isEnterprise}
          defaults={{ description: org.description, website: org.website, joinPolicy: org.joinPolicy, ownership: org.ownership }}
        />
        <p className="field-hint">
          The address <code>/orgs/{org.slug}</code> and the kind cannot be changed.
        </p>
        <SaveActions busy={form.busy} saved={saved}>
          Save changes
        </SaveActions>
      </form>
    </section>
  );
}
