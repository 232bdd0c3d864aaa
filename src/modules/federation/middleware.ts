import type { Federation } from "@fedify/fedify";
import type { MiddlewareHandler } from "hono";
import { clientIp } from "../../http/auth.ts";
import type { AppEnv } from "../../http/env.ts";
import { RateLimiter } from "../../http/rate-limit.ts";
import { localActor } from "./actors.ts";
import { isBlocked } from "./blocks.ts";

const ACTOR_ADDRESS = /^\/ap\/actors\/([^/]+)$/;

/**
 * Hands Fedify the requests on its paths (FEDERATION_PATHS): actors, inboxes, collections, WebFinger,
 * NodeInfo. What it does not know there is a 404, not the web app. A browser (asking for HTML) at an
 * actor's address is sent to the person's or organization's page. Adapted from @fedify/hono, which is
 * not published for Fedify 2.3.
 */
export function federationMiddleware(federation: Federation<null>, opts: { inboxPerHostPerMinute: number }): MiddlewareHandler<AppEnv> {
  const perHost = new RateLimiter(opts.inboxPerHostPerMinute, 60_000);
  return async (c) => {
    if (c.req.method === "POST" && INBOX.test(c.req.path)) {
      const sender = await senderOf(c.req.raw);
      if (sender && (await isBlocked(c.var.deps.db, sender))) return c.text("Blocked", 403);
      // Counted by the host the activity names; one that names none is counted by the client's address.
      const wait = perHost.hit([sender ? `host:${sender.host}` : `ip:${clientIp(c)}`]);
      if (wait !== null) return c.text("Too many activities", 429, { "Retry-After": String(wait) });
    }
    return federation.fetch(c.req.raw, {
      contextData: null,
      onNotFound: async () => c.text("Not found", 404),
      onNotAcceptable: async () => {
        const id = ACTOR_ADDRESS.exec(c.req.path)?.[1];
        const actor = id ? await localActor(c.var.deps.db, id) : null;
        if (actor) return c.redirect(actor.kind === "person" ? `/people/${actor.username}` : `/orgs/${actor.username}`, 303);
        return c.text("Not acceptable", 406, { Vary: "Accept" });
      },
    });
  };
}

const INBOX = /^\/ap\/(actors\/[^/]+\/)?inbox$/;

/**
 * Who an inbox delivery says it comes from (the activity's `actor`), read before its signature is
 * checked: a blocked or too busy sender is refused without fetching its key. Fedify then checks that
 * the signature is that actor's.
 */
async function senderOf(request: Request): Promise<URL | null> {
  const body = await request
    .clone()
    .json()
    .catch(() => null);
  const actor = body && typeof body === "object" ? (body as { actor?: unknown }).actor : undefined;
  const id = typeof actor === "string" ? actor : actor && typeof actor === "object" ? (actor as { id?: unknown }).id : undefined;
  return typeof id === "string" && URL.canParse(id) ? new URL(id) : null;
}
