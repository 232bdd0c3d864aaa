/** Words for the needs board: types, statuses, urgencies, sorts, and tags as people type them. */
import type { NeedItem, NeedSort, NeedStatus, NeedType, Urgency } from "../../api/schema.ts";
import { formatDate, keysOf, labels, today } from "../../format.ts";
import { i18n } from "../../i18n/i18n.ts";

export const TYPE_LABEL = labels<NeedType>({ need: "needs.type.need", offer: "needs.type.offer" });
/** The board's type filter: "Needs only", "Offers only". */
export const TYPE_ONLY = labels<NeedType>({ need: "needs.typeOnly.need", offer: "needs.typeOnly.offer" });
/** How the post form offers each type. */
export const TYPE_CHOICE = labels<NeedType>({ need: "needs.typeChoice.need", offer: "needs.typeChoice.offer" });

export const STATUS_LABEL = labels<NeedStatus>({ open: "needs.status.open", taken: "needs.status.taken", done: "needs.status.done" });

export const URGENCY_LABEL = labels<Urgency>({
  low: "needs.urgency.low",
  normal: "needs.urgency.normal",
  high: "needs.urgency.high",
  critical: "needs.urgency.critical",
});

/** An urgency as a badge: "High urgency". */
export const URGENCY_BADGE = labels<Urgency>({
  low: "needs.urgencyBadge.low",
  normal: "needs.urgencyBadge.normal",
  high: "needs.urgencyBadge.high",
  critical: "needs.urgencyBadge.critical",
});

export const SORT_LABEL = labels<NeedSort>({ fresh: "needs.sort.fresh", urgent: "needs.sort.urgent" });

export const NEED_TYPES = keysOf(TYPE_LABEL);
export const URGENCIES = keysOf(URGENCY_LABEL);
export const SORTS = keysOf(SORT_LABEL);

/** "seed-drill, Testing  welding" → ["seed-drill", "testing", "welding"]: commas or spaces separate tags. */
export function parseTags(text: string): string[] {
  return text
    .split(/[\s,]+/)
    .map((t) => t.replace(/^#/, "").trim().toLowerCase())
    .filter(Boolean);
}

/** "Due 20 Dec 2026", or "Overdue since …" while it is still open after its day (in the current language). */
export function dueText(need: Pick<NeedItem, "dueOn" | "status">): { text: string; overdue: boolean } | null {
  if (!need.dueOn) return null;
  const overdue = need.status !== "done" && need.dueOn < today();
  const date = formatDate(need.dueOn);
  return { text: overdue ? i18n.t("needs.due.overdue", { date }) : i18n.t("needs.due.on", { date }), overdue };
}

export function scopeName(scope: NeedItem["scope"]): string {
  return scope.kind === "commons" ? scope.title : scope.name;
}

/** Where a need's scope lives in the app: its commons' board, or its organization's page. */
export function scopeLink(scope: NeedItem["scope"]): string {
  return scope.kind === "commons" ? `/commons/${scope.slug}/needs` : `/orgs/${scope.slug}/needs`;
}
