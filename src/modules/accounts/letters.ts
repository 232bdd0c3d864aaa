import type { RenderContext } from "../mail/context.ts";
import type { Letter } from "../mail/letter.ts";
import { t } from "./letter-messages.ts";

/**
 * The account emails. Each carries one link; the token in it is the only copy outside the outbox row
 * (the database keeps its SHA-256), and it never reaches a log.
 */

interface Link {
  name: string;
  token: string;
}

const link = (ctx: RenderContext, page: string, token: string) => `${ctx.baseUrl}/${page}?token=${encodeURIComponent(token)}`;

export const verify_email = (d: Link, ctx: RenderContext): Letter => {
  const { instance, language: l } = ctx;
  return {
    subject: t("verifySubject", { instance }).in(l),
    blocks: [
      { p: t("hello", { name: d.name }).in(l) },
      { p: t("verifyBody", { instance }).in(l) },
      { action: { label: t("verifyAction").in(l), url: link(ctx, "verify-email", d.token) } },
      { p: t("verifyExpiry").in(l) },
      { small: t("verifyNotYou", { instance }).in(l) },
    ],
  };
};

export const password_reset = (d: Link, ctx: RenderContext): Letter => {
  const { instance, language: l } = ctx;
  return {
    subject: t("resetSubject", { instance }).in(l),
    blocks: [
      { p: t("hello", { name: d.name }).in(l) },
      { p: t("resetBody", { instance }).in(l) },
      { action: { label: t("resetAction").in(l), url: link(ctx, "reset-password", d.token) } },
      { p: t("resetExpiry").in(l) },
      { small: t("resetNotYou").in(l) },
    ],
  };
};

/** Sent to the new address: the only place the change can be confirmed. */
export const email_change_confirm = (d: Link & { email: string }, ctx: RenderContext): Letter => {
  const { instance, language: l } = ctx;
  return {
    subject: t("changeSubject", { instance }).in(l),
    blocks: [
      { p: t("hello", { name: d.name }).in(l) },
      { p: t("changeBody", { instance, email: d.email }).in(l) },
      { action: { label: t("changeAction").in(l), url: link(ctx, "confirm-email", d.token) } },
      { p: t("changeExpiry").in(l) },
      { small: t("changeNotYou").in(l) },
    ],
  };
};

/** Sent to the old address when a change is asked: the new one is masked, in case the account was taken over. */
export const email_change_requested_notice = (d: { name: string; maskedEmail: string }, ctx: RenderContext): Letter => {
  const { instance, language: l } = ctx;
  return {
    subject: t("requestedSubject", { instance }).in(l),
    blocks: [
      { p: t("hello", { name: d.name }).in(l) },
      { p: t("requestedBody", { instance, email: d.maskedEmail }).in(l) },
      { p: t("requestedNotYou").in(l) },
    ],
  };
};

/** Sent to the old address once the change is confirmed. */
export const email_changed_notice = (d: { name: string; maskedEmail: string }, ctx: RenderContext): Letter => {
  const { instance, language: l } = ctx;
  return {
    subject: t("changedSubject", { instance }).in(l),
    blocks: [
      { p: t("hello", { name: d.name }).in(l) },
      { p: t("changedBody", { instance, email: d.maskedEmail }).in(l) },
      {
        small: t("changedNotYou").in(l),
        link: { label: ctx.baseUrl.replace(/^https?:\/\//, ""), url: `${ctx.baseUrl}/forgot-password` },
      },
    ],
  };
};

/** "n…@example.org": enough for the owner to recognise the address, not enough to give it away. */
export const maskEmail = (email: string) => {
  const at = email.lastIndexOf("@");
  return at > 0 ? `${email[0]}…${email.slice(at)}` : "…";
};
