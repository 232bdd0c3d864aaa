// The mail module's value lists, kept free of Drizzle: its table (schema.ts) and its views both read them.

/** Where a message in the outbox stands: waiting (first try or a retry), handed to the SMTP server, or given up on. */
export const MAIL_STATUSES = ["pending", "sent", "failed"] as const;
export type MailStatus = (typeof MAIL_STATUSES)[number];
