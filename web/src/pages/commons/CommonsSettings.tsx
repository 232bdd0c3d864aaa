import { useState } from "react";
import { api } from "../../api.ts";
import { CommonsFields, commonsFieldValues, namingBadTags } from "../../components/commons/CommonsFields.tsx";
import { FormAlert } from "../../components/FormAlert.tsx";
import { Empty } from "../../components/States.tsx";
import { SaveActions } from "../../components/SubmitButton.tsx";
import { useForm } from "../../form.ts";
import { useTitle } from "../../hooks.ts";
import { useCommons } from "./CommonsLayout.tsx";

const FIELDS = ["title", "summary", "licence", "stewardAssociation", "tags"] as const;

export function CommonsSettingsPage() {
  const { commons, refresh } = useCommons();
  useTitle(`Settings · ${commons.title}`);
  const form = useForm(FIELDS);
  const [saved, setSaved] = useState(false);

  if (!commons.viewer.canSteward) {
    return (
      <Empty title="Only the community's stewards can change these settings.">
        <p>Ask one of the stewards of {commons.community.name} if something needs to change.</p>
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
          const { licence, ...rest } = commonsFieldValues(v);
          await api.updateCommons(commons.slug, { ...rest, ...(licence ? { licence } : {}) }).catch((err: unknown) => {
            throw namingBadTags(err, rest.tags);
          });
          setSaved(true);
          refresh();
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
          The address <code>/commons/{commons.slug}</code> and the community, {commons.community.name}, cannot be changed.
        </p>
        <SaveActions busy={form.busy} saved={saved}>
          Save changes
        </SaveActions>
      </form>
    </section>
  );
}
