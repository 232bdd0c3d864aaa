import { and, desc, eq, inArray, isNull, lt, type SQL, sql } from "drizzle-orm";
import { z } from "zod";
import { prepared } from "../../db/prepared.ts";
import { rowsOf } from "../../db/rows.ts";
import type { Db, Executor } from "../../db/types.ts";
import type { Actor } from "../../http/env.ts";
import { AppError } from "../../http/errors.ts";
import { decodeCursor, page } from "../../http/pagination.ts";
import { now } from "../../now.ts";
import { activities } from "../activity/schema.ts";
import { type ActivityRow, activityColumns, toActivityView, withActivityJoins } from "../activity/service.ts";
import { announce } from "./fanout.ts";
import { t } from "./messages.ts";
import { authorizeOwn } from "./policy.ts";
import { follows, notificationPreferences, notifications, notificationUnread } from "./schema.ts";
import { DEFAULT_DELIVERY, type Delivery, type Followable, NOTIFICATION_KINDS, type NotificationKind } from "./values.ts";

export interface NotificationQuery {
  unread?: boolean;
  kinds?: NotificationKind[];
  cursor?: string;
  limit: number;
}

type NotificationRow = ActivityRow & { notification: { id: number; kind: NotificationKind; createdAt: Date; readAt: Date | null } };

/** One person's notifications matching `where`, newest first, each with its activity as the feed shows it. */
export async function notificationsOf(db: Executor, personId: string, where: SQL | undefined, limit: number): Promise<NotificationRow[]> {
  return (await withActivityJoins(
    db
      .select({
        ...activityColumns,
        notification: { id: notifications.id, kind: notifications.kind, createdAt: notifications.createdAt, readAt: notifications.readAt },
      })
      .from(notifications)
      .innerJoin(activities, eq(activities.id, notifications.activityId))
      .$dynamic(),
  )
    .where(and(eq(notifications.personId, personId), where))
    .orderBy(desc(notifications.id))
    .limit(limit)) as NotificationRow[];
}

export const toNotificationView = ({ notification: n, ...activity }: NotificationRow) => ({
  id: String(n.id),
  kind: n.kind,
  createdAt: n.createdAt.toISOString(),
  readAt: n.readAt?.toISOString() ?? null,
  activity: toActivityView(activity),
});
export type NotificationView = ReturnType<typeof toNotificationView>;

/** A person's notifications, newest first, each with the activity it tells of as the feed shows it. */
export async function listNotifications(db: Executor, actor: Actor | null, f: NotificationQuery) {
  const me = authorizeOwn(actor);
  const after = decodeCursor(f.cursor, z.tuple([z.number().int()]));
  const rows = await notificationsOf(
    db,
    me.id,
    and(
      f.unread ? isNull(notifications.readAt) : undefined,
      f.kinds?.length ? inArray(notifications.kind, f.kinds) : undefined,
      after ? lt(notifications.id, after[0]) : undefined,
    ),
    f.limit + 1,
  );
  return page(rows, f.limit, toNotificationView, (r) => [r.notification.id]);
}

/** One of one's notifications (an email's link opens it); another's is as absent as a missing one. */
export async function getNotification(db: Executor, actor: Actor | null, id: number): Promise<NotificationView> {
  const me = authorizeOwn(actor);
  const [row] = await notificationsOf(db, me.id, eq(notifications.id, id), 1);
  if (!row) throw AppError.notFound(t("notification"));
  return toNotificationView(row);
}

/** The bell's number, as the notifications' triggers keep it (migration 0023): one key lookup. */
export async function unreadCount(db: Executor, personId: string): Promise<number> {
  const count = prepared(db, "notifications_unread", () =>
    db
      .select({ n: notificationUnread.unread })
      .from(notificationUnread)
      .where(eq(notificationUnread.personId, sql.placeholder("person")))
      .prepare("notifications_unread"),
  );
  const [row] = await count.execute({ person: personId });
  return row?.n ?? 0;
}

/** Marks some of one's notifications read (others' ids are ignored: they are not one's own); the other tabs' bells hear of it. */
export async function markRead(db: Db, actor: Actor | null, ids: string[] | "all"): Promise<number> {
  const me = authorizeOwn(actor);
  return db.transaction(async (tx) => {
    await tx
      .update(notifications)
      .set({ readAt: now() })
      .where(
        and(
          eq(notifications.personId, me.id),
          isNull(notifications.readAt),
          ids === "all" ? undefined : inArray(notifications.id, ids.map(Number)),
        ),
      );
    await announce(tx, new Set([me.id]));
    return unreadCount(tx, me.id);
  });
}

/** Each kind with the person's choice, or its default. */
export async function preferencesOf(db: Executor, actor: Actor | null) {
  const me = authorizeOwn(actor);
  const chosen = await db
    .select({ kind: notificationPreferences.kind, delivery: notificationPreferences.delivery })
    .from(notificationPreferences)
    .where(eq(notificationPreferences.personId, me.id));
  const byKind = new Map(chosen.map((c) => [c.kind, c.delivery]));
  return NOTIFICATION_KINDS.map((kind) => ({
    kind,
    delivery: byKind.get(kind) ?? DEFAULT_DELIVERY[kind],
    default: DEFAULT_DELIVERY[kind],
  }));
}

/** Sets the named kinds' deliveries; a choice equal to the default is stored as no choice, so later default changes reach it. */
export async function setPreferences(db: Db, actor: Actor | null, choices: Partial<Record<NotificationKind, Delivery>>) {
  const me = authorizeOwn(actor);
  await db.transaction((tx) => writePreferences(tx, me.id, choices));
  return preferencesOf(db, me);
}

/** Records a person's choices; a choice equal to its kind's default is kept as no row, so a changed default reaches them. */
export async function writePreferences(tx: Executor, personId: string, choices: Partial<Record<NotificationKind, Delivery>>) {
  for (const [kind, delivery] of Object.entries(choices) as [NotificationKind, Delivery][]) {
    if (delivery === DEFAULT_DELIVERY[kind]) {
      await tx
        .delete(notificationPreferences)
        .where(and(eq(notificationPreferences.personId, personId), eq(notificationPreferences.kind, kind)));
    } else {
      await tx
        .insert(notificationPreferences)
        .values({ personId, kind, delivery })
        .onConflictDoUpdate({ target: [notificationPreferences.personId, notificationPreferences.kind], set: { delivery } });
    }
  }
}

/** The tables that hold what one may follow. */
const SUBJECT_TABLES: Record<Followable, string> = {
  organization: "organizations",
  commons: "commons",
  document: "documents",
  need: "needs",
  thread: "threads",
};

async function requireSubject(tx: Executor, type: Followable, id: string) {
  const [row] = await rowsOf<{ found: boolean }>(
    tx,
    sql`select exists (select 1 from ${sql.identifier(SUBJECT_TABLES[type])} where id = ${id}::uuid) as found`,
  );
  if (!row?.found) throw AppError.notFound(t(type));
}

export async function isFollowing(db: Executor, actor: Actor | null, type: Followable, id: string) {
  const me = authorizeOwn(actor);
  await requireSubject(db, type, id);
  const [row] = await db
    .select({ personId: follows.personId })
    .from(follows)
    .where(and(eq(follows.personId, me.id), eq(follows.subjectType, type), eq(follows.subjectId, id)));
  return { subjectType: type, subjectId: id, following: !!row };
}

/** Follows or unfollows; doing it twice is the same as once. */
export async function setFollowing(db: Db, actor: Actor | null, type: Followable, id: string, following: boolean) {
  const me = authorizeOwn(actor);
  return db.transaction(async (tx) => {
    await requireSubject(tx, type, id);
    if (following) await tx.insert(follows).values({ personId: me.id, subjectType: type, subjectId: id }).onConflictDoNothing();
    else await tx.delete(follows).where(and(eq(follows.personId, me.id), eq(follows.subjectType, type), eq(follows.subjectId, id)));
    return { subjectType: type, subjectId: id, following };
  });
}
