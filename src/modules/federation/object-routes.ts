import { Hono } from "hono";
import type { AppEnv } from "../../http/env.ts";
import { findCommons } from "../commons/service.ts";
import { actorIdByName } from "./actors.ts";
import { exportCommons, exportHistory } from "./commons-export.ts";
import { hiddenCommentAt } from "./objects.ts";

const JSON_LD = "application/activity+json";
const UUID = "[0-9a-fA-F-]{36}";
/** What ActivityPub clients ask for: an ActivityStreams or JSON-LD document rather than a page. */
const wantsActivity = (accept: string | undefined) => /application\/(activity\+json|ld\+json)/.test(accept ?? "");

const originOf = (c: { var: AppEnv["Variables"]; req: { raw: Request } }) => {
  const federation = c.var.deps.federation;
  return federation ? federation.createContext(c.req.raw, null).canonicalOrigin : new URL(c.req.raw.url).origin;
};

/**
 * A commons and its documents' history as ActivityStreams documents (commons-export.ts), for another
 * instance to fork it; and the page of a commons, an organization or a person, asked for as
 * ActivityStreams, sends the asker to its ActivityPub address; a comment hidden by the maintainers
 * answers 410 with a `Tombstone`.
 * Mounted before Fedify's paths, which know nothing of these.
 */
export const objectRoutes = new Hono<AppEnv>()
  .get(`/ap/commons/:id{${UUID}}`, async (c) => {
    const body = await exportCommons(c.var.deps.db, originOf(c), c.req.param("id").toLowerCase());
    return body ? c.body(JSON.stringify(body), 200, { "content-type": JSON_LD }) : c.text("Not found", 404);
  })
  .get(`/ap/commons/:id{${UUID}}/documents/:doc{${UUID}}/history`, async (c) => {
    const from = Number(c.req.query("from") ?? "1");
    if (!Number.isSafeInteger(from) || from < 1) return c.text("Bad from", 400);
    const body = await exportHistory(c.var.deps.db, originOf(c), c.req.param("id").toLowerCase(), c.req.param("doc").toLowerCase(), from);
    return body ? c.body(JSON.stringify(body), 200, { "content-type": JSON_LD }) : c.text("Not found", 404);
  })
  // A comment hidden after it left is gone for those who fetch it, as a deleted one would be.
  .get(`/ap/notes/:id{${UUID}}`, async (c, next) => {
    if (!wantsActivity(c.req.header("accept"))) return next();
    const id = c.req.param("id").toLowerCase();
    const hiddenAt = await hiddenCommentAt(c.var.deps.db, id);
    if (!hiddenAt) return next();
    const tombstone = {
      "@context": "https://www.w3.org/ns/activitystreams",
      id: new URL(`/ap/notes/${id}`, originOf(c)).href,
      type: "Tombstone",
      formerType: "Note",
      deleted: hiddenAt.toISOString(),
    };
    return c.body(JSON.stringify(tombstone), 410, { "content-type": JSON_LD });
  })
  .get("/orgs/:slug", async (c, next) => {
    if (!wantsActivity(c.req.header("accept"))) return next();
    const id = await actorIdByName(c.var.deps.db, c.req.param("slug"));
    return id ? c.redirect(`/ap/actors/${id}`, 303) : c.text("Not found", 404);
  })
  .get("/people/:handle", async (c, next) => {
    if (!wantsActivity(c.req.header("accept"))) return next();
    const id = await actorIdByName(c.var.deps.db, c.req.param("handle"));
    return id ? c.redirect(`/ap/actors/${id}`, 303) : c.text("Not found", 404);
  })
  .get("/commons/:slug", async (c, next) => {
    if (!wantsActivity(c.req.header("accept"))) return next();
    const found = await findCommons(c.var.deps.db, c.req.param("slug")).catch(() => null);
    if (!found) return c.text("Not found", 404);
    return c.redirect(`/ap/commons/${found.id}`, 303);
  });
