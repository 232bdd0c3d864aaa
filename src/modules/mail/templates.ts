import {
  email_change_confirm,
  email_change_requested_notice,
  email_changed_notice,
  password_reset,
  verify_email,
} from "../accounts/letters.ts";
import { NOTIFICATION_LETTERS } from "../notifications/letters.ts";
import type { RenderContext } from "./context.ts";
import type { Letter } from "./letter.ts";
import { t } from "./messages.ts";

// Each template names its own data; the registry only needs them callable.
// A template answers null when, by the time its message is sent, there is nothing left to say.
type Template = (data: any, ctx: RenderContext) => Letter | null | Promise<Letter | null>;

const test = (_: Record<string, never>, ctx: RenderContext): Letter => ({
  subject: t("testSubject", { instance: ctx.instance }).in(ctx.language),
  blocks: [{ p: t("testBody", { instance: ctx.instance }).in(ctx.language) }],
});

/**
 * Every message the platform sends, by the name the outbox stores. A row's data is what its template
 * takes; the message is written when it is sent, so it reads the world as it is then.
 */
export const TEMPLATES = {
  test,
  verify_email,
  password_reset,
  email_change_confirm,
  email_change_requested_notice,
  email_changed_notice,
  ...NOTIFICATION_LETTERS,
} satisfies Record<string, Template>;

export type TemplateName = keyof typeof TEMPLATES;
export type TemplateData<N extends TemplateName> = Parameters<(typeof TEMPLATES)[N]>[0];
