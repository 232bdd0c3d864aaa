import { z } from "@hono/zod-openapi";
import { Email, Handle, LongText, Name, Password } from "../../http/fields.ts";
import { LANGUAGES, rule } from "../../text/messages.ts";
import { t } from "./messages.ts";

/** A new account, however it arrives (sign-up, first-run set-up, `triarchy admin create`). */
export const NewPersonInput = z.strictObject({ handle: Handle, name: Name, email: Email, password: Password }).openapi("SignUp");
export type NewPerson = z.output<typeof NewPersonInput>;

/** A password the person already has: any text; whether it is theirs is the service's to say. */
const CurrentPassword = z
  .string()
  .min(1, rule(t("enterPassword")))
  .max(200);

/** Signing in: the email and password of an account. */
export const SignInInput = z.strictObject({ email: Email, password: CurrentPassword }).openapi("SignIn");
export type SignIn = z.output<typeof SignInInput>;

/** `PATCH /me`: the public profile's editable fields. */
export const ProfilePatchInput = z.strictObject({
  name: Name.optional(),
  bio: LongText(2000).optional(),
  language: z.enum(LANGUAGES).optional().openapi({ description: "The language of the emails you receive." }),
});
export type ProfilePatch = z.output<typeof ProfilePatchInput>;

export const PasswordChangeInput = z
  .strictObject({
    currentPassword: z.string().min(1).max(200),
    newPassword: Password,
    revokeTokens: z
      .boolean()
      .default(false)
      .openapi({ description: "Also revoke every API token, for when the password may have leaked with them." }),
  })
  .openapi("PasswordChange");
export type PasswordChange = z.output<typeof PasswordChangeInput>;

/** The secret of an emailed link (verify, reset, confirm a new address). */
const LinkToken = z
  .string()
  .min(1, rule(t("linkInvalid")))
  .max(200, rule(t("linkInvalid")));

export const LinkTokenInput = z.strictObject({ token: LinkToken }).openapi("LinkToken");

export const PasswordResetRequestInput = z.strictObject({ email: Email }).openapi("PasswordResetRequest");
export type PasswordResetRequest = z.output<typeof PasswordResetRequestInput>;

export const PasswordResetInput = z.strictObject({ token: LinkToken, password: Password }).openapi("PasswordReset");
export type PasswordReset = z.output<typeof PasswordResetInput>;

/** A new address for the account; the password proves the person, as for a new password. */
export const EmailChangeInput = z.strictObject({ email: Email, password: CurrentPassword }).openapi("EmailChange");
export type EmailChange = z.output<typeof EmailChangeInput>;
