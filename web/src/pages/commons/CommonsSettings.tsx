import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
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
  const { commons } = useCommons();
  useTitle(`Settings · ${commons.title}`);
  const form = useForm(FIELDS);
  const [saved, setSaved] = useState(false);
  const update = useMutation({
    mutationFn: (body: ApiBody<"/api/commons/{slug}", "patch">) =>
      data(client.PATCH("/api/commons/{slug}", { params: { path: { slug: commons.slug } }, body })),
    onSuccess: () => invalidateCommons(commons.slug),
  });

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
          The address <code>/commons/{commons.slug}</code> and the community, {commons.community.name}, cannot be changed.
        </p>
        <SaveActions busy={form.busy} saved={saved}>
          Save changes
        </SaveActions>
      </form>
    </section>
  );
}
