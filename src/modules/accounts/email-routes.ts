import { createRoute } from "@hono/zod-openapi";
import { limitAuthAttempts } from "../../http/auth.ts";
import { localized } from "../../http/request-language.ts";
import { jsonBody, jsonContent, NoContent, problems, signedIn } from "../../http/responses.ts";
import { createRouter } from "../../http/router.ts";
import { changeEmail, confirmEmailChange, confirmPasswordReset, requestPasswordReset, resendVerification, verifyEmail } from "./email.ts";
import { EmailChangeInput, LinkTokenInput, PasswordResetInput, PasswordResetRequestInput } from "./inputs.ts";
import { t } from "./messages.ts";
import { requireActor, requireSession } from "./policy.ts";
import { sha256 } from "./secrets.ts";
import { getMe } from "./service.ts";
import { EmailChangeResultSchema, MeSchema, meView, NoticeSchema } from "./views.ts";

const me = createRoute({
  method: "get",
  path: "/me",
  tags: ["Accounts"],
  summary: "Your account: profile, email, whether it is verified, the language of your emails",
  security: signedIn,
  responses: { 200: jsonContent(MeSchema, "Your account"), ...problems(401) },
});

const verify = createRoute({
  method: "post",
  path: "/auth/verify-email",
  tags: ["Accounts"],
  summary: "Prove your email address with the link's token (no session needed)",
  description: "The token works once, and only while the account still uses the address it was sent to. Rate-limited.",
  request: { body: jsonBody(LinkTokenInput) },
  responses: { 204: NoContent, ...problems(429) },
});

const resend = createRoute({
  method: "post",
  path: "/me/email/verification",
  tags: ["Accounts"],
  summary: "Send a new verification link to your address (the earlier ones stop working)",
  security: signedIn,
  responses: { 202: NoContent, ...problems(401, 409, 429, 503) },
});

const resetRequest = createRoute({
  method: "post",
  path: "/auth/password-reset",
  tags: ["Accounts"],
  summary: "Email a link to choose a new password (valid one hour)",
  description:
    "Answers the same whether or not an account uses the address, so it cannot be used to learn who has one. 503 when the instance sends no email. Rate-limited.",
  request: { body: jsonBody(PasswordResetRequestInput) },
  responses: { 202: jsonContent(NoticeSchema, "Sent if an account uses the address"), ...problems(429, 503) },
});

const resetConfirm = createRoute({
  method: "post",
  path: "/auth/password-reset/confirm",
  tags: ["Accounts"],
  summary: "Choose a new password with the link's token",
  description:
    "Spends this and every other reset link of the account, signs it out everywhere and marks its address verified. A spent or expired token is a 422 naming `token`. Rate-limited.",
  request: { body: jsonBody(PasswordResetInput) },
  responses: { 204: NoContent, ...problems(429) },
});

const change = createRoute({
  method: "post",
  path: "/me/email",
  tags: ["Accounts"],
  summary: "Change your email address (confirmed at the new address when the instance sends email)",
  description:
    "Needs your password and a signed-in session. With email on, a link goes to the new address and a notice to the current one; the change applies when the link is used. With email off it applies at once. Rate-limited like sign-in.",
  security: signedIn,
  request: { body: jsonBody(EmailChangeInput) },
  responses: { 200: jsonContent(EmailChangeResultSchema, "Applied, or a confirmation was sent"), ...problems(401, 403, 409, 429) },
});

const confirmChange = createRoute({
  method: "post",
  path: "/auth/confirm-email-change",
  tags: ["Accounts"],
  summary: "Apply a change of email address with the token sent to the new address",
  description:
    "The new address becomes the account's, verified; the old one is told. 409 naming `email` if another account took it meanwhile.",
  request: { body: jsonBody(LinkTokenInput) },
  responses: { 204: NoContent, ...problems(409, 429) },
});

/** A link's attempts count per address (IP) and per link; the limiter keeps a hash, never the token itself. */
const linkKey = (token: string) => `link:${sha256(token).slice(0, 32)}`;

/** The routes of the account's email: proving it, resetting the password by it, changing it. */
export const emailRoutes = createRouter()
  .openapi(me, async (c) => c.json(meView(await getMe(c.var.deps.db, requireActor(c.var.actor))), 200))
  .openapi(verify, async (c) => {
    const { token } = c.req.valid("json");
    limitAuthAttempts(c, linkKey(token));
    await verifyEmail(c.var.deps.db, token);
    return c.body(null, 204);
  })
  .openapi(resend, async (c) => {
    const actor = requireActor(c.var.actor);
    limitAuthAttempts(c, `verify:${actor.id}`);
    await resendVerification(c.var.deps.db, actor, !!c.var.deps.config.smtp);
    return c.body(null, 202);
  })
  .openapi(resetRequest, async (c) => {
    const body = c.req.valid("json");
    limitAuthAttempts(c, `reset:${body.email}`);
    await requestPasswordReset(c.var.deps.db, body, !!c.var.deps.config.smtp);
    return c.json({ message: localized(t("resetSent")) }, 202);
  })
  .openapi(resetConfirm, async (c) => {
    const body = c.req.valid("json");
    limitAuthAttempts(c, linkKey(body.token));
    await confirmPasswordReset(c.var.deps.db, body);
    return c.body(null, 204);
  })
  .openapi(change, async (c) => {
    const actor = requireSession(c.var.actor, c.var.authVia);
    limitAuthAttempts(c, `password:${actor.id}`);
    const result = await changeEmail(c.var.deps.db, actor, c.req.valid("json"), !!c.var.deps.config.smtp);
    return c.json({ applied: result.applied, person: meView(result.person) }, 200);
  })
  .openapi(confirmChange, async (c) => {
    const { token } = c.req.valid("json");
    limitAuthAttempts(c, linkKey(token));
    await confirmEmailChange(c.var.deps.db, token);
    return c.body(null, 204);
  });
