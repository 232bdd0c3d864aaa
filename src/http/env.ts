import type { Federation } from "@fedify/fedify";
import type { Config } from "../config.ts";
import type { Db } from "../db/types.ts";
import type { Logger } from "../logger.ts";
import type { UnreadHub } from "../modules/notifications/live.ts";
import type { RateLimiter } from "./rate-limit.ts";

/** The signed-in person a request acts as, or null when anonymous. */
export interface Actor {
  id: string;
  handle: string;
  name: string;
  isAdmin: boolean;
}

export interface Deps {
  db: Db;
  config: Config;
  logger: Logger;
  authLimiter: RateLimiter;
  /** This process's open notification bells (the live unread counts). */
  unread: UnreadHub;
  /** The instance's ActivityPub side (modules/federation); absent, nothing federates. */
  federation?: Federation<null>;
}

export type AuthVia = "session" | "token" | null;

export type AppEnv = {
  Variables: {
    deps: Deps;
    actor: Actor | null;
    authVia: AuthVia;
    /** The session id (hash) when authenticated by cookie. */
    sessionId: string | null;
    /** The session's CSRF token when authenticated by cookie, for the web app to echo. */
    csrfToken: string | null;
  };
};
