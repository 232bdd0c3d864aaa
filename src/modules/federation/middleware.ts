import type { Federation } from "@fedify/fedify";
import type { MiddlewareHandler } from "hono";
import type { Executor } from "../../db/types.ts";
import type { AppEnv } from "../../http/env.ts";
import { localActor } from "./actors.ts";
import { isBlocked } from "./blocks.ts";

const ACTOR_ADDRESS = /^\/ap\/actors\/([^/]+)$/;

/**
 * Hands Fedify the requests on its paths (FEDERATION_PATHS): actors, inboxes, collections, WebFinger,
 * NodeInfo. What it does not know there is a 404, not the web app. A browser (asking for HTML) at an
 * actor's address is sent to the person's or organization's page. Adapted from @fedify/hono, which is
 * not published for Fedify 2.3.
 */
export function federationMiddleware(federation: Federation<null>): MiddlewareHandler<AppEnv> {
  return async (c) => {
    if (c.req.method === "POST" && INBOX.test(c.req.path) && (await fromBlocked(c.var.deps.db, c.req.raw))) {
      return c.text("Blocked", 403);
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
 * Whether an inbox delivery comes from a blocked instance or actor, read from the activity's `actor`
 * before its signature is checked: a blocked sender is refused without fetching its key.
 */
async function fromBlocked(db: Executor, request: Request): Promise<boolean> {
  const body = await request
    .clone()
    .json()
    .catch(() => null);
  const actor = body && typeof body === "object" ? (body as { actor?: unknown }).actor : undefined;
  const id = typeof actor === "string" ? actor : actor && typeof actor === "object" ? (actor as { id?: unknown }).id : undefined;
  return typeof id === "string" && URL.canParse(id) ? isBlocked(db, id) : false;
}
