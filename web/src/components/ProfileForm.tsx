import { useState } from "react";
import { useTranslation } from "react-i18next";
import { client } from "../api/client.ts";
import { personKey } from "../api/foundation.ts";
import { data, invalidate } from "../api/query.ts";
import type { Me } from "../api/schema.ts";
import { useForm } from "../form.ts";
import { useSession } from "../session.tsx";
import { Field } from "./Field.tsx";
import { FormAlert } from "./FormAlert.tsx";
import { SaveActions } from "./SubmitButton.tsx";

export function ProfileForm({ me }: { me: Me }) {
  const { t } = useTranslation();
  const { setMe } = useSession();
  const form = useForm(["name", "bio"]);
  const [saved, setSaved] = useState(false);
  return (
    <form
      className="form"
      noValidate
      onChange={() => setSaved(false)}
      onSubmit={form.onSubmit(async (v) => {
        setMe(await data(client.PATCH("/api/me", { body: { name: v.name ?? "", bio: v.bio ?? "" } })));
        void invalidate(personKey(me.handle));
        setSaved(true);
      })}
    >
      <FormAlert messages={form.summary} />
      <Field
        label={t("account.profile.name")}
        name="name"
        required
        maxLength={120}
        autoComplete="name"
        defaultValue={me.name}
        error={form.error("name")}
      />
      <Field
        as="textarea"
        label={t("account.profile.bio")}
        name="bio"
        optional
        maxLength={2000}
        defaultValue={me.bio}
        hint={t("account.profile.bioHint")}
        error={form.error("bio")}
      />
      <p className="field-hint">{t("account.profile.identity", { handle: me.handle, email: me.email })}</p>
      <SaveActions busy={form.busy} saved={saved}>
        {t("account.profile.save")}
      </SaveActions>
    </form>
  );
}
