import { sql } from "drizzle-orm";
import { bigint, check, index, integer, jsonb, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { writtenAt } from "../../db/written-at.ts";
import { people } from "../accounts/schema.ts";
import { MAIL_STATUSES } from "./values.ts";

export { MAIL_STATUSES };

export const mailStatus = pgEnum("mail_status", MAIL_STATUSES);

/**
 * Every email the platform sends, written in the same transaction as the change that causes it and
 * sent afterwards by the mailer (worker.ts). A row holds what its template needs, not the rendered
 * message: it is rendered when sent, in its recipient's language.
 */
export const mailOutbox = pgTable(
  "mail_outbox",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    /** Whom it is for; gone with them (an account deleted before its mail left takes the mail with it). */
    personId: uuid("person_id").references(() => people.id, { onDelete: "cascade" }),
    /** The address at the time of writing: a change of address is confirmed at the new one and noticed at the old. */
    toAddress: text("to_address").notNull(),
    language: text("language").notNull(),
    template: text("template").notNull(),
    data: jsonb("data").notNull().default({}),
    /** Messages with the same key thread together in mail clients (References, In-Reply-To). */
    threadKey: text("thread_key"),
    /** What one-click unsubscribe turns off for this message: a notification kind or a digest; none for account mail. */
    topic: text("topic"),
    /** At most one row per key: a digest for one person and period, say, is written once however often the clock runs. */
    dedupeKey: text("dedupe_key"),
    status: mailStatus("status").notNull().default("pending"),
    attempts: integer("attempts").notNull().default(0),
    nextAttemptAt: timestamp("next_attempt_at", { withTimezone: true }).notNull().default(sql`clock_timestamp()`),
    /** While a mailer sends the row, others leave it alone; a mailer that dies lets its lease lapse and another takes over. */
    leasedUntil: timestamp("leased_until", { withTimezone: true }),
    lastError: text("last_error"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().default(writtenAt),
    sentAt: timestamp("sent_at", { withTimezone: true }),
  },
  (t) => [
    uniqueIndex("mail_outbox_dedupe_key").on(t.dedupeKey),
    // The mailer reads only this: what waits, oldest first.
    index("mail_outbox_due_idx").on(t.nextAttemptAt, t.id).where(sql`${t.status} = 'pending'`),
    index("mail_outbox_person_idx").on(t.personId),
    check("mail_outbox_sent_has_time", sql`(${t.status} = 'sent') = (${t.sentAt} is not null)`),
  ],
);

/**
 * The instance's key for signed links in emails (one-click unsubscribe, reply-to addresses), made once
 * when first needed. Kept in the database so every server process and every restart signs alike.
 */
export const mailKey = pgTable(
  "mail_key",
  {
    id: integer("id").primaryKey().default(1),
    secret: text("secret").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().default(writtenAt),
  },
  (t) => [check("mail_key_singleton", sql`${t.id} = 1`)],
);

/** Reply addresses already used to post (reply by email): each posts once. Only the token's SHA-256 is kept. */
export const mailRepliesUsed = pgTable("mail_replies_used", {
  tokenHash: text("token_hash").primaryKey(),
  usedAt: timestamp("used_at", { withTimezone: true }).notNull().default(sql`clock_timestamp()`),
});
