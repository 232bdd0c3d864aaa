import { useState } from "react";
import { client } from "../api/client.ts";
import { data } from "../api/query.ts";
import { useForm } from "../form.ts";
import { Field } from "./Field.tsx";
import { FormAlert } from "./FormAlert.tsx";
import { SubmitButton } from "./SubmitButton.tsx";

export function PasswordForm() {
  const form = useForm(["currentPassword", "newPassword", "revokeTokens"]);
  const [changed, setChanged] = useState(false);
  return (
    <form
      className="form"
      noValidate
      onSubmit={form.onSubmit(async (v, el) => {
        setChanged(false);
        await data(
          client.POST("/api/auth/password", {
            body: { currentPassword: v.currentPassword ?? "", newPassword: v.newPassword ?? "", revokeTokens: v.revokeTokens === "on" },
          }),
        );
        el.reset();
        setChanged(true);
      })}
    >
      <FormAlert messages={form.summary} />
      <Field
        label="Current password"
        name="currentPassword"
        type="password"
        required
        autoComplete="current-password"
        error={form.error("currentPassword")}
      />
      <Field
        label="New password"
        name="newPassword"
        type="password"
        required
        minLength={10}
        autoComplete="new-password"
        hint="At least 10 characters. Your other sessions are signed out."
        error={form.error("newPassword")}
      />
      <label className="checkbox">
        <input type="checkbox" name="revokeTokens" />
        Also revoke my API tokens (do this if the password may have leaked with them)
      </label>
      <div className="form-actions">
        <SubmitButton busy={form.busy} busyLabel="Changing…">
          Change password
        </SubmitButton>
        {changed ? (
          <span className="notice-inline" role="status">
            Password changed.
          </span>
        ) : null}
      </div>
    </form>
  );
}
