import { createRoute, z } from "@hono/zod-openapi";
import { jsonContent, problems } from "../../http/responses.ts";
import { createRouter } from "../../http/router.ts";
import { describeUnsubscribe, unsubscribe } from "./unsubscribe.ts";
import { NotificationKind } from "./views.ts";

const TAGS = ["Notifications"];
const Token = z.object({ token: z.string().min(1).max(300).openapi({ description: "The signed token from the email's link." }) });
const UnsubscriptionSchema = z
  .object({
    topic: z.string().openapi({ description: "A notification kind, or digest:daily / digest:weekly.", example: "reply" }),
    kinds: z
      .array(NotificationKind)
      .openapi({ description: "The kinds that come (or would come) no longer by email, but in the app only." }),
  })
  .openapi("Unsubscription");

const preview = createRoute({
  method: "get",
  path: "/mail/unsubscribe",
  tags: TAGS,
  summary: "What an email's unsubscribe link would stop",
  description: "Changes nothing (mail scanners open links); the page asks the person to confirm.",
  request: { query: Token },
  responses: { 200: jsonContent(UnsubscriptionSchema, "What the link stops"), ...problems(404, 422) },
});

const oneClick = createRoute({
  method: "post",
  path: "/mail/unsubscribe",
  tags: TAGS,
  summary: "Unsubscribe from an email (RFC 8058 one-click)",
  description:
    "What the List-Unsubscribe-Post header and the unsubscribe page call. The token is the whole authority: no session is needed. " +
    "The body (List-Unsubscribe=One-Click) is not needed either. Those emails then show in the app only.",
  request: { query: Token },
  responses: { 200: jsonContent(UnsubscriptionSchema, "What no longer comes by email"), ...problems(404, 422) },
});

export const unsubscribeRoutes = createRouter()
  .openapi(preview, async (c) => c.json(await describeUnsubscribe(c.var.deps.db, c.req.valid("query").token), 200))
  .openapi(oneClick, async (c) => c.json(await unsubscribe(c.var.deps.db, c.req.valid("query").token), 200));
