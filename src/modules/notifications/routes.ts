import { createRoute, z } from "@hono/zod-openapi";
import { streamSSE } from "hono/streaming";
import { Uuid } from "../../http/fields.ts";
import { PageQuery, pageOf } from "../../http/pagination.ts";
import { jsonBody, jsonContent, problems, signedIn } from "../../http/responses.ts";
import { createRouter } from "../../http/router.ts";
import { rule } from "../../text/messages.ts";
import { t } from "./messages.ts";
import { authorizeOwn } from "./policy.ts";
import { getNotification, isFollowing, listNotifications, markRead, preferencesOf, setFollowing, setPreferences } from "./service.ts";
import { NOTIFICATION_KINDS, type NotificationKind } from "./values.ts";
import {
  Delivery,
  Followable,
  FollowSchema,
  NotificationKind as Kind,
  NotificationSchema,
  PreferenceSchema,
  UnreadSchema,
} from "./views.ts";

const TAGS = ["Notifications"];
const KindList = z
  .string()
  .regex(
    new RegExp(`^(${NOTIFICATION_KINDS.join("|")})(,(${NOTIFICATION_KINDS.join("|")}))*$`),
    rule(t("kinds", { kinds: NOTIFICATION_KINDS.join(", ") })),
  )
  .transform((s) => s.split(",") as NotificationKind[])
  .openapi({ description: "Only these kinds, comma-separated.", example: "mention,reply" });

const list = createRoute({
  method: "get",
  path: "/notifications",
  tags: TAGS,
  summary: "Your notifications, newest first",
  security: signedIn,
  request: {
    query: PageQuery.extend({
      unread: z
        .enum(["true", "false"])
        .optional()
        .transform((v) => v === "true")
        .openapi({ description: "Only the unread ones." }),
      kind: KindList.optional(),
    }),
  },
  responses: { 200: jsonContent(pageOf(NotificationSchema), "A page of notifications"), ...problems(401) },
});

const one = createRoute({
  method: "get",
  path: "/notifications/{id}",
  tags: TAGS,
  summary: "One of your notifications (what an email's link opens)",
  security: signedIn,
  request: { params: z.object({ id: z.string().regex(/^[1-9][0-9]{0,15}$/, rule(t("notificationId"))) }) },
  responses: { 200: jsonContent(NotificationSchema, "The notification"), ...problems(401, 404, 422) },
});

const unread = createRoute({
  method: "get",
  path: "/notifications/unread",
  tags: TAGS,
  summary: "How many of your notifications are unread",
  security: signedIn,
  responses: { 200: jsonContent(UnreadSchema, "The unread count"), ...problems(401) },
});

const stream = createRoute({
  method: "get",
  path: "/notifications/stream",
  tags: TAGS,
  summary: "Your unread count, live (Server-Sent Events)",
  description:
    'An `unread` event with `{"unread": n}` at once and whenever the count changes, from any server process; a comment line every 25 s keeps the connection open through proxies.',
  security: signedIn,
  responses: { 200: { description: "An event stream", content: { "text/event-stream": { schema: z.string() } } }, ...problems(401) },
});

const read = createRoute({
  method: "post",
  path: "/notifications/read",
  tags: TAGS,
  summary: "Mark notifications read",
  security: signedIn,
  request: {
    body: jsonBody(
      z.object({
        ids: z
          .array(z.string().regex(/^[0-9]{1,18}$/))
          .min(1, rule(t("someIds")))
          .max(500),
      }),
    ),
  },
  responses: { 200: jsonContent(UnreadSchema, "The unread count after"), ...problems(401) },
});

const readAll = createRoute({
  method: "post",
  path: "/notifications/read-all",
  tags: TAGS,
  summary: "Mark all your notifications read",
  security: signedIn,
  responses: { 200: jsonContent(UnreadSchema, "The unread count after (0)"), ...problems(401) },
});

const getPreferences = createRoute({
  method: "get",
  path: "/me/notification-preferences",
  tags: TAGS,
  summary: "How each kind of notification reaches you",
  security: signedIn,
  responses: { 200: jsonContent(z.array(PreferenceSchema), "Every kind, with your choice or its default"), ...problems(401) },
});

const putPreferences = createRoute({
  method: "patch",
  path: "/me/notification-preferences",
  tags: TAGS,
  summary: "Choose how some kinds reach you",
  security: signedIn,
  request: { body: jsonBody(z.partialRecord(Kind, Delivery).openapi("NotificationPreferencesPatch")) },
  responses: { 200: jsonContent(z.array(PreferenceSchema), "Every kind, after the change"), ...problems(401) },
});

const FollowParams = z.object({ type: Followable, id: Uuid });
const getFollow = createRoute({
  method: "get",
  path: "/follows/{type}/{id}",
  tags: TAGS,
  summary: "Whether you follow this",
  security: signedIn,
  request: { params: FollowParams },
  responses: { 200: jsonContent(FollowSchema, "Your follow"), ...problems(401, 404) },
});
const putFollow = createRoute({
  method: "put",
  path: "/follows/{type}/{id}",
  tags: TAGS,
  summary: "Follow (watch) an organization, commons, document, need or discussion",
  security: signedIn,
  request: { params: FollowParams },
  responses: { 200: jsonContent(FollowSchema, "You follow it"), ...problems(401, 404) },
});
const deleteFollow = createRoute({
  method: "delete",
  path: "/follows/{type}/{id}",
  tags: TAGS,
  summary: "Stop following",
  security: signedIn,
  request: { params: FollowParams },
  responses: { 200: jsonContent(FollowSchema, "You no longer follow it"), ...problems(401, 404) },
});

/** Proxies close a quiet connection after about a minute. */
const HEARTBEAT_MS = 25_000;

export const notificationRoutes = createRouter()
  .openapi(list, async (c) => c.json(await listNotifications(c.var.deps.db, c.var.actor, c.req.valid("query")), 200))
  .openapi(unread, async (c) => c.json({ unread: await c.var.deps.unread.count(authorizeOwn(c.var.actor).id) }, 200))
  .openapi(stream, (c) => {
    const me = authorizeOwn(c.var.actor);
    const hub = c.var.deps.unread;
    return streamSSE(c, async (sse) => {
      let last = -1;
      const close = hub.open(me.id, (n) => {
        if (n === last) return;
        last = n;
        void sse.writeSSE({ event: "unread", data: JSON.stringify({ unread: n }) });
      });
      const beat = setInterval(() => void sse.write(": still here\n\n"), HEARTBEAT_MS);
      await new Promise<void>((resolve) => sse.onAbort(resolve));
      clearInterval(beat);
      close();
    }) as never;
  })
  // After the fixed paths (unread, stream), which its {id} would otherwise take.
  .openapi(one, async (c) => c.json(await getNotification(c.var.deps.db, c.var.actor, Number(c.req.valid("param").id)), 200))
  .openapi(read, async (c) => c.json({ unread: await markRead(c.var.deps.db, c.var.actor, c.req.valid("json").ids) }, 200))
  .openapi(readAll, async (c) => c.json({ unread: await markRead(c.var.deps.db, c.var.actor, "all") }, 200))
  .openapi(getPreferences, async (c) => c.json(await preferencesOf(c.var.deps.db, c.var.actor), 200))
  .openapi(putPreferences, async (c) => c.json(await setPreferences(c.var.deps.db, c.var.actor, c.req.valid("json")), 200))
  .openapi(getFollow, async (c) => {
    const { type, id } = c.req.valid("param");
    return c.json(await isFollowing(c.var.deps.db, c.var.actor, type, id), 200);
  })
  .openapi(putFollow, async (c) => {
    const { type, id } = c.req.valid("param");
    return c.json(await setFollowing(c.var.deps.db, c.var.actor, type, id, true), 200);
  })
  .openapi(deleteFollow, async (c) => {
    const { type, id } = c.req.valid("param");
    return c.json(await setFollowing(c.var.deps.db, c.var.actor, type, id, false), 200);
  });
