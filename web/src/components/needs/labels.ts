/** Words for the needs board: types, statuses, urgencies, sorts, and tags as people type them. */
import type { NeedItem, NeedSort, NeedStatus, NeedType, Urgency } from "../../api/schema.ts";
import { formatDate, keysOf, today } from "../../format.ts";

export const TYPE_LABEL: Record<NeedType, string> = { need: "Need", offer: "Offer" };
export const TYPE_PLURAL: Record<NeedType, string> = { need: "Needs", offer: "Offers" };
/** How the post form offers each type. */
export const TYPE_CHOICE: Record<NeedType, string> = {
  need: "A need: work the commons wants done",
  offer: "An offer: work or help you propose",
};

export const STATUS_LABEL: Record<NeedStatus, string> = { open: "Open", taken: "Taken up", done: "Done" };

export const URGENCY_LABEL: Record<Urgency, string> = { low: "Low", normal: "Normal", high: "High", critical: "Critical" };

export const SORT_LABEL: Record<NeedSort, string> = { fresh: "Most recently active", urgent: "Most urgent first" };

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

export function takerText(count: number): string {
  if (count === 0) return "Nobody on it yet";
  return count === 1 ? "1 person on it" : `${count} people on it`;
}

/** "Due 20 Dec 2026", or "Overdue since …" while it is still open after its day. */
export function dueText(need: Pick<NeedItem, "dueOn" | "status">): { text: string; overdue: boolean } | null {
  if (!need.dueOn) return null;
  const overdue = need.status !== "done" && need.dueOn < today();
  return { text: `${overdue ? "Overdue since" : "Due"} ${formatDate(need.dueOn)}`, overdue };
}

export function scopeName(scope: NeedItem["scope"]): string {
  return scope.kind === "commons" ? scope.title : scope.name;
}

/** Where a need's scope lives in the app: its commons' board, or its organization's page. */
export function scopeLink(scope: NeedItem["scope"]): string {
  return scope.kind === "commons" ? `/commons/${scope.slug}/needs` : `/orgs/${scope.slug}/needs`;
}
