/** Notification kinds and deliveries in words: exhaustive maps over the generated enums (a new kind does not compile until it has words). */
import type { Delivery, Followable, NotificationKind } from "../../api/schema.ts";
import { keysOf, labels } from "../../format.ts";

export const NOTIFICATION_KIND_LABEL = labels<NotificationKind>({
  contribution_reviewed: "notifications.kind.contribution_reviewed",
  comment_on_yours: "notifications.kind.comment_on_yours",
  reply: "notifications.kind.reply",
  mention: "notifications.kind.mention",
  awaiting_you: "notifications.kind.awaiting_you",
  expense_decided: "notifications.kind.expense_decided",
  agreement_offered: "notifications.kind.agreement_offered",
  need_changed: "notifications.kind.need_changed",
  share_credited: "notifications.kind.share_credited",
  decision_opened: "notifications.kind.decision_opened",
  decision_closing: "notifications.kind.decision_closing",
  invoice: "notifications.kind.invoice",
  invoice_overdue: "notifications.kind.invoice_overdue",
  booking_update: "notifications.kind.booking_update",
  waitlist_offer: "notifications.kind.waitlist_offer",
  loan_due: "notifications.kind.loan_due",
  loan_overdue: "notifications.kind.loan_overdue",
  budget_call: "notifications.kind.budget_call",
  followed: "notifications.kind.followed",
});

export const NOTIFICATION_KIND_HINT = labels<NotificationKind>({
  contribution_reviewed: "notifications.kindHint.contribution_reviewed",
  comment_on_yours: "notifications.kindHint.comment_on_yours",
  reply: "notifications.kindHint.reply",
  mention: "notifications.kindHint.mention",
  awaiting_you: "notifications.kindHint.awaiting_you",
  expense_decided: "notifications.kindHint.expense_decided",
  agreement_offered: "notifications.kindHint.agreement_offered",
  need_changed: "notifications.kindHint.need_changed",
  share_credited: "notifications.kindHint.share_credited",
  decision_opened: "notifications.kindHint.decision_opened",
  decision_closing: "notifications.kindHint.decision_closing",
  invoice: "notifications.kindHint.invoice",
  invoice_overdue: "notifications.kindHint.invoice_overdue",
  booking_update: "notifications.kindHint.booking_update",
  waitlist_offer: "notifications.kindHint.waitlist_offer",
  loan_due: "notifications.kindHint.loan_due",
  loan_overdue: "notifications.kindHint.loan_overdue",
  budget_call: "notifications.kindHint.budget_call",
  followed: "notifications.kindHint.followed",
});

/** The order of the preferences table's columns: in the app, by email at once, in a digest, not at all. */
export const DELIVERY_LABEL = labels<Delivery>({
  app: "notifications.delivery.app",
  email: "notifications.delivery.email",
  daily: "notifications.delivery.daily",
  weekly: "notifications.delivery.weekly",
  off: "notifications.delivery.off",
});

export const FOLLOW_HINT = labels<Followable>({
  organization: "notifications.follow.hint.organization",
  commons: "notifications.follow.hint.commons",
  document: "notifications.follow.hint.document",
  need: "notifications.follow.hint.need",
  thread: "notifications.follow.hint.thread",
});

export const NOTIFICATION_KINDS = keysOf(NOTIFICATION_KIND_LABEL);
export const DELIVERIES = keysOf(DELIVERY_LABEL);
