import { z } from "@hono/zod-openapi";
import { ActivitySchema } from "../activity/views.ts";
import { DELIVERIES, FOLLOWABLE, NOTIFICATION_KINDS } from "./values.ts";

export const NotificationKind = z.enum(NOTIFICATION_KINDS).openapi("NotificationKind");
export const Delivery = z.enum(DELIVERIES).openapi("Delivery", {
  description: "app: in the app only; email: by email at once; daily, weekly: in a digest; off: not at all.",
});
export const Followable = z.enum(FOLLOWABLE).openapi("Followable");

export const NotificationSchema = z
  .object({
    id: z.string(),
    kind: NotificationKind,
    createdAt: z.string(),
    readAt: z.string().nullable(),
    activity: ActivitySchema,
  })
  .openapi("Notification");

export const UnreadSchema = z.object({ unread: z.number().int() }).openapi("Unread");

export const PreferenceSchema = z
  .object({
    kind: NotificationKind,
    delivery: Delivery,
    default: Delivery.openapi({ description: "The delivery this kind has unless chosen." }),
  })
  .openapi("NotificationPreference");

export const FollowSchema = z.object({ subjectType: Followable, subjectId: z.string(), following: z.boolean() }).openapi("Follow");
