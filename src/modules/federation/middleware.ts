import type { Federation } from "@fedify/fedify";
import type { MiddlewareHandler } from "hono";
import type { AppEnv } from "../../http/env.ts";
import { localActor } from "./actors.ts";

const ACTOR_ADDRESS = /^\/ap\/actors\/([^/]+)$/;

/**
 * Hands Fedify the requests on its paths (FEDERATION_PATHS): actors, inboxes, collections, WebFinger,
 * NodeInfo. What it does not know there is a 404, not the web app. A browser (asking for HTML) at an
 * actor's address is sent to the person's or organization's page. Adapted from @fedify/hono, which is
 * not published for Fedify 2.3.
 */
export function federationMiddleware(federation: Federation<null>): MiddlewareHandler<AppEnv> {
  return async (c) =>
    federation.fetch(c.req.raw, {
      contextData: null,
      onNotFound: async () => c.text("Not found", 404),
      onNotAcceptable: async () => {
        const id = ACTOR_ADDRESS.exec(c.req.path)?.[1];
        const actor = id ? await localActor(c.var.deps.db, id) : null;
        if (actor) return c.redirect(actor.kind === "person" ? `/people/${actor.username}` : `/orgs/${actor.username}`, 303);
        return c.text("Not acceptable", 406, { Vary: "Accept" });
      },
    });
}
