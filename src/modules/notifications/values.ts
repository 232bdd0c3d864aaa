// The module's value lists, kept free of Drizzle: its tables (schema.ts) and its request schemas both read them.

/**
 * What a person can be told of. The first group concerns them directly (their work, their roles, a
 * word addressed to them); the second is what happens around them (their organizations, what they follow).
 */
export const NOTIFICATION_KINDS = [
  "contribution_reviewed",
  "comment_on_yours",
  "reply",
  "mention",
  "awaiting_you",
  "expense_decided",
  "agreement_offered",
  "need_changed",
  "share_credited",
  "decision_opened",
  "decision_closing",
  "invoice",
  "followed",
  "invoice_overdue",
  "booking_update",
  "waitlist_offer",
  "loan_due",
  "loan_overdue",
  "budget_call",
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/** How a kind reaches a person: in the app only, by email at once, in a daily or weekly digest, or not at all. */
export const DELIVERIES = ["app", "email", "daily", "weekly", "off"] as const;
export type Delivery = (typeof DELIVERIES)[number];

/** What one may follow (watch): any activity about it, or happening in it, reaches its followers. */
export const FOLLOWABLE = ["organization", "commons", "document", "need", "thread"] as const;
export type Followable = (typeof FOLLOWABLE)[number];

/**
 * Defaults: what is addressed to a person or waits on them comes by email at once; what happens
 * around them stays in the app, but for decisions opening (a daily digest), so that nobody misses a
 * vote and nobody's inbox fills with a busy association's life.
 */
export const DEFAULT_DELIVERY: Record<NotificationKind, Delivery> = {
  contribution_reviewed: "email",
  comment_on_yours: "email",
  reply: "email",
  mention: "email",
  awaiting_you: "email",
  expense_decided: "email",
  agreement_offered: "email",
  need_changed: "app",
  share_credited: "email",
  decision_opened: "daily",
  decision_closing: "email",
  invoice: "email",
  followed: "app",
  invoice_overdue: "email",
  booking_update: "email",
  waitlist_offer: "email",
  loan_due: "email",
  loan_overdue: "email",
  budget_call: "app",
};
