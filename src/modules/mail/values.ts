// The mail module's value lists, kept free of Drizzle: its table (schema.ts) and its views both read them.

/**
 * Where a message in the outbox stands: waiting (first try or a retry), handed to the SMTP server,
 * given up on, or left unsent because nothing was left to say when its turn came (a notification read
 * in the app meanwhile, a digest whose every item was read).
 */
export const MAIL_STATUSES = ["pending", "sent", "failed", "skipped"] as const;
export type MailStatus = (typeof MAIL_STATUSES)[number];
