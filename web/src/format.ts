/** Words and dates as people read them. */
import type { AffiliationStatus, JoinPolicy, Kind, Ownership, Role } from "./types.ts";

export const KIND_LABEL: Record<Kind, string> = {
  community: "Community",
  association: "Association",
  enterprise: "Enterprise",
  public_body: "Public body",
};

export const KIND_HINT: Record<Kind, string> = {
  community: "Contributors who create and steward a commons.",
  association: "A for-benefit institution that supports the commons and its infrastructure.",
  enterprise: "A business around the commons that pays contributors.",
  public_body: "A city or public institution that enables citizens to create value.",
};

export const OWNERSHIP_LABEL: Record<Ownership, string> = {
  worker_owned: "Worker-owned",
  cooperative: "Cooperative",
  nonprofit: "Nonprofit",
  private: "Private",
};

export const ROLE_LABEL: Record<Role, string> = {
  steward: "Steward",
  treasurer: "Treasurer",
  maintainer: "Maintainer",
  member: "Member",
};

export const ROLE_PLURAL: Record<Role, string> = {
  steward: "Stewards",
  treasurer: "Treasurers",
  maintainer: "Maintainers",
  member: "Members",
};

export const JOIN_POLICY_LABEL: Record<JoinPolicy, string> = {
  open: "Open: anyone can join",
  approval: "By approval: stewards approve requests",
  invite: "By invitation only",
};

export const AFFILIATION_STATUS_LABEL: Record<AffiliationStatus, string> = {
  claimed: "Awaiting review",
  confirmed: "Confirmed",
  disputed: "Disputed",
};

/** "a steward", "an association" */
export function withArticle(word: string): string {
  return `${/^[aeiou]/i.test(word) ? "an" : "a"} ${word}`;
}

const dateFormat = new Intl.DateTimeFormat(undefined, { year: "numeric", month: "short", day: "numeric" });
const dateTimeFormat = new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeStyle: "short" });

/** A calendar date "YYYY-MM-DD" (no time zone) or an ISO timestamp, as "12 Mar 2026". */
export function formatDate(value: string): string {
  const date = /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T12:00:00`) : new Date(value);
  return Number.isNaN(date.getTime()) ? value : dateFormat.format(date);
}

export function formatDateTime(value: string): string {
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? value : dateTimeFormat.format(date);
}

export function formatPeriod(startsOn: string, endsOn: string | null): string {
  return endsOn ? `${formatDate(startsOn)} – ${formatDate(endsOn)}` : `since ${formatDate(startsOn)}`;
}

const relative = new Intl.RelativeTimeFormat(undefined, { numeric: "auto" });
const STEPS: [Intl.RelativeTimeFormatUnit, number][] = [
  ["second", 60],
  ["minute", 60],
  ["hour", 24],
  ["day", 7],
  ["week", 4.35],
  ["month", 12],
  ["year", Number.POSITIVE_INFINITY],
];

export function relativeTime(value: string, now = Date.now()): string {
  let amount = (new Date(value).getTime() - now) / 1000;
  if (Number.isNaN(amount)) return value;
  if (Math.abs(amount) < 45) return "just now";
  for (const [unit, size] of STEPS) {
    if (Math.abs(amount) < size) return relative.format(Math.round(amount), unit);
    amount /= size;
  }
  return formatDate(value);
}

/** Lower-case letters, digits and single hyphens, as handles and slugs must be. */
export function slugify(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 50)
    .replace(/-+$/g, "");
}

export function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
}
