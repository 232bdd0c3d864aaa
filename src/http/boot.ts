import type { z } from "@hono/zod-openapi";
import type { Context } from "hono";
import { getCookie } from "hono/cookie";
import type { Executor } from "../db/types.ts";
import { loggableError } from "../logger.ts";
import { getMe, publicPerson } from "../modules/accounts/service.ts";
import { actorFromSession } from "../modules/accounts/sessions.ts";
import type { PersonSchema } from "../modules/accounts/views.ts";
import { getInstanceInfo } from "../modules/instance/service.ts";
import type { InstanceSchema } from "../modules/instance/views.ts";
import { SESSION_COOKIE } from "./auth.ts";
import type { AppEnv } from "./env.ts";

/**
 * What the web app needs for its first paint, written into index.html so the page does not wait for
 * two API round trips before showing anything: what GET /api/instance and GET /api/auth/session would
 * answer this browser, less the person's email. A page's HTML travels further than an API answer
 * (saved pages, extensions, the back-forward cache), so nothing private but the session's own CSRF
 * token goes in it; the email arrives with /api/auth/session.
 */
export interface Boot {
  instance: z.infer<typeof InstanceSchema>;
  person: z.infer<typeof PersonSchema> | null;
  csrfToken: string | null;
}

export async function bootData(db: Executor, sessionToken: string | undefined, emailEnabled: boolean): Promise<Boot> {
  const [instance, session] = await Promise.all([
    getInstanceInfo(db, emailEnabled),
    sessionToken ? actorFromSession(db, sessionToken) : null,
  ]);
  if (!session) return { instance, person: null, csrfToken: null };
  return { instance, person: publicPerson(await getMe(db, session.actor)), csrfToken: session.csrfToken };
}

/**
 * JSON that stays data inside a <script> element: the HTML parser ends the element at the first
 * "</script", and "<!--" changes how it reads what follows, so every "<" (and ">" and "&") is escaped;
 * JSON.parse reads the escapes back as the same characters.
 */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, "\\u003c")
    .replace(/>/g, "\\u003e")
    .replace(/&/g, "\\u0026")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}

/** The page with its boot data, as a JSON data block (a script the browser does not run, so the CSP allows it). */
export function withBoot(index: string, boot: Boot): string {
  const block = `<script type="application/json" id="boot">${scriptJson(boot)}</script>`;
  // A function, so "$&" or "$'" in a name is not read as a replacement pattern.
  return index.replace("</head>", () => `${block}</head>`);
}

/** index.html for this request. If the database fails, the page is served bare and the app asks the API itself, as before. */
export async function indexWithBoot(c: Context<AppEnv>, index: string): Promise<string> {
  const { db, logger, config } = c.var.deps;
  try {
    return withBoot(index, await bootData(db, getCookie(c, SESSION_COOKIE), !!config.smtp));
  } catch (err) {
    logger.warn({ err: loggableError(err) }, "index.html served without boot data");
    return index;
  }
}
