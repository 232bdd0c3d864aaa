import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ApiError, client } from "../api/client.ts";
import { invalidateOrg } from "../api/foundation.ts";
import { data } from "../api/query.ts";
import type { ApiBody, Role } from "../api/schema.ts";
import { useForm, withFieldError } from "../form.ts";
import { ROLE_LABEL, ROLES } from "../format.ts";
import { Field } from "./Field.tsx";
import { FormAlert } from "./FormAlert.tsx";
import { SubmitButton } from "./SubmitButton.tsx";

export function InviteForm({ slug }: { slug: string }) {
  const { t } = useTranslation();
  const form = useForm(["handle", "role"]);
  const invite = useMutation({
    mutationFn: (body: ApiBody<"/api/organizations/{slug}/invitations", "post">) =>
      data(client.POST("/api/organizations/{slug}/invitations", { params: { path: { slug } }, body })),
    onSuccess: () => invalidateOrg(slug),
  });
  const [sent, setSent] = useState<string | null>(null);
  return (
    <form
      className="form form--inline"
      noValidate
      onSubmit={form.onSubmit(async (v, el) => {
        setSent(null);
        const handle = (v.handle ?? "").trim().replace(/^@/, "");
        try {
          await invite.mutateAsync({ handle, role: (v.role || "member") as Role });
        } catch (err) {
          throw err instanceof ApiError && err.type === "not-found" && err.errors.length === 0 ? withFieldError(err, "body.handle") : err;
        }
        el.reset();
        setSent(handle);
      })}
    >
      <FormAlert messages={form.summary} />
      <div className="form-row">
        <Field
          label={t("orgs.invite.handle")}
          name="handle"
          required
          autoCapitalize="none"
          spellCheck={false}
          placeholder="ada"
          hint={t("orgs.invite.handleHint")}
          error={form.error("handle")}
        />
        <Field as="select" label={t("orgs.invite.role")} name="role" required defaultValue="member" error={form.error("role")}>
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {ROLE_LABEL[r]}
            </option>
          ))}
        </Field>
        <div className="form-row-action">
          <SubmitButton busy={form.busy} busyLabel={t("orgs.invite.busy")}>
            {t("orgs.invite.submit")}
          </SubmitButton>
        </div>
      </div>
      {sent ? (
        <p className="notice" role="status">
          {t("orgs.invite.sent", { handle: sent })}
        </p>
      ) : null}
    </form>
  );
}
