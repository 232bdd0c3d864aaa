import { sql } from "drizzle-orm";
import { bigint, index, integer, pgEnum, pgTable, primaryKey, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { writtenAt } from "../../db/written-at.ts";
import { people } from "../accounts/schema.ts";
import { activities } from "../activity/schema.ts";
import { DELIVERIES, FOLLOWABLE, NOTIFICATION_KINDS } from "./values.ts";

export { DELIVERIES, FOLLOWABLE, NOTIFICATION_KINDS };

export const notificationKind = pgEnum("notification_kind", NOTIFICATION_KINDS);
export const delivery = pgEnum("notification_delivery", DELIVERIES);
export const followable = pgEnum("followable", FOLLOWABLE);

/**
 * One person told of one activity. Derived from the activity log by the fan-out worker (fanout.ts),
 * never written by a request; a reminder (decision_closing) points at the activity it reminds of.
 */
export const notifications = pgTable(
  "notifications",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    personId: uuid("person_id")
      .notNull()
      .references(() => people.id, { onDelete: "cascade" }),
    activityId: bigint("activity_id", { mode: "number" })
      .notNull()
      .references(() => activities.id, { onDelete: "cascade" }),
    kind: notificationKind("kind").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().default(writtenAt),
    readAt: timestamp("read_at", { withTimezone: true }),
  },
  (t) => [
    // Nothing twice: one activity tells one person once of each kind (a reminder is a second kind).
    uniqueIndex("notifications_once").on(t.personId, t.activityId, t.kind),
    index("notifications_person_idx").on(t.personId, t.id),
    // The bell's count reads only this: a person's unread rows.
    index("notifications_unread_idx").on(t.personId).where(sql`${t.readAt} is null`),
    index("notifications_activity_idx").on(t.activityId),
  ],
);

/** Who follows (watches) what. */
export const follows = pgTable(
  "follows",
  {
    personId: uuid("person_id")
      .notNull()
      .references(() => people.id, { onDelete: "cascade" }),
    subjectType: followable("subject_type").notNull(),
    subjectId: uuid("subject_id").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().default(writtenAt),
  },
  (t) => [primaryKey({ columns: [t.personId, t.subjectType, t.subjectId] }), index("follows_subject_idx").on(t.subjectType, t.subjectId)],
);

/** A person's choice for one kind; a kind without a row takes its default (values.ts). */
export const notificationPreferences = pgTable(
  "notification_preferences",
  {
    personId: uuid("person_id")
      .notNull()
      .references(() => people.id, { onDelete: "cascade" }),
    kind: notificationKind("kind").notNull(),
    delivery: delivery("delivery").notNull(),
  },
  (t) => [primaryKey({ columns: [t.personId, t.kind] })],
);

/** Each person's unread count, kept by triggers on notifications (migration 0023); derived, so not in backups. */
export const notificationUnread = pgTable("notification_unread", {
  personId: uuid("person_id")
    .primaryKey()
    .references(() => people.id, { onDelete: "cascade" }),
  unread: integer("unread").notNull(),
});
