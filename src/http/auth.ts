import type { Context, MiddlewareHandler } from "hono";
import { deleteCookie, getCookie, setCookie } from "hono/cookie";
import { refuseUnverifiedWrite } from "../modules/accounts/policy.ts";
import { safeEqual } from "../modules/accounts/secrets.ts";
import { actorFromApiToken, actorFromSession, type NewSession } from "../modules/accounts/sessions.ts";
import type { AppEnv } from "./env.ts";
import { AppError } from "./errors.ts";
import { t } from "./messages.ts";

export const SESSION_COOKIE = "triarchy_session";
export const CSRF_HEADER = "x-csrf-token";
const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * Resolves who is acting: a Bearer token (scripts) or the session cookie (the web app).
 * Cookie-authenticated unsafe requests must echo the session's CSRF token in a header,
 * which another site's form or fetch cannot read or forge. Here too, once, the instance's rule that
 * unverified accounts may not write (accounts/policy.ts).
 */
export const authenticate: MiddlewareHandler<AppEnv> = async (c, next) => {
  const { db } = c.var.deps;
  c.set("actor", null);
  c.set("authVia", null);
  c.set("sessionId", null);
  c.set("csrfToken", null);
  const authorization = c.req.header("authorization");
  if (authorization) {
    const [scheme, token] = authorization.split(" ");
    const found = scheme?.toLowerCase() === "bearer" && token ? await actorFromApiToken(db, token) : null;
    if (!found) throw new AppError(401, "unauthenticated", t("tokenInvalid"));
    refuseUnverifiedWrite(c.req, found.actor, { ...found, emailOn: !!c.var.deps.config.smtp });
    c.set("actor", found.actor);
    c.set("authVia", "token");
    return next();
  }
  const cookie = getCookie(c, SESSION_COOKIE);
  if (cookie) {
    const found = await actorFromSession(db, cookie);
    if (found) {
      if (!SAFE_METHODS.has(c.req.method) && !safeEqual(c.req.header(CSRF_HEADER) ?? "", found.csrfToken)) {
        throw new AppError(403, "csrf", t("csrf", { header: CSRF_HEADER }));
      }
      refuseUnverifiedWrite(c.req, found.actor, { ...found, emailOn: !!c.var.deps.config.smtp });
      c.set("actor", found.actor);
      c.set("authVia", "session");
      c.set("sessionId", found.sessionId);
      c.set("csrfToken", found.csrfToken);
    } else {
      deleteCookie(c, SESSION_COOKIE, { path: "/" });
    }
  }
  return next();
};

function isHttps(c: Context<AppEnv>): boolean {
  const { config } = c.var.deps;
  if (config.publicUrl) return config.publicUrl.startsWith("https:");
  if (config.trustProxy) return c.req.header("x-forwarded-proto") === "https";
  return new URL(c.req.url).protocol === "https:";
}

export function setSessionCookie(c: Context<AppEnv>, session: NewSession) {
  setCookie(c, SESSION_COOKIE, session.token, {
    path: "/",
    httpOnly: true,
    sameSite: "Lax",
    secure: isHttps(c),
    expires: session.expiresAt,
  });
}

export function clearSessionCookie(c: Context<AppEnv>) {
  deleteCookie(c, SESSION_COOKIE, { path: "/", secure: isHttps(c) });
}

/**
 * The client address for rate limits. Behind a trusted proxy it is the last X-Forwarded-For entry: the
 * one the proxy appended. Earlier entries come from the client, which can write anything there.
 */
export function clientIp(c: Context<AppEnv>): string {
  if (c.var.deps.config.trustProxy) {
    const forwarded = c.req.header("x-forwarded-for")?.split(",").at(-1)?.trim();
    if (forwarded) return forwarded;
  }
  const incoming = (c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined)?.incoming;
  return incoming?.socket?.remoteAddress ?? "unknown";
}

/** Counts an attempt per IP and per account name; refuses with 429 past the limit. */
export function limitAuthAttempts(c: Context<AppEnv>, account: string) {
  const wait = c.var.deps.authLimiter.hit([`ip:${clientIp(c)}`, `account:${account.toLowerCase()}`]);
  if (wait !== null) {
    throw new AppError(429, "rate-limited", t("rateLimited", { seconds: wait }), [], { "Retry-After": String(wait) });
  }
}
