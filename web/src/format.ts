/** Words and dates as people read them. */

import type {
  AffiliationStatus,
  ContributionKind,
  ContributionStatus,
  ContributionType,
  Funding,
  Interval,
  JoinPolicy,
  Kind,
  LicenceFamily,
  Ownership,
  Role,
} from "./api/schema.ts";

/**
 * Labels are exhaustive maps over the generated enums (`Record<Enum, string>`): when the server
 * adds a value, this file stops compiling until the value has a label. The lists of values for
 * selects come from the same maps, in the order written here (`keysOf(KIND_LABEL)`).
 */
export const keysOf = <K extends string>(labels: Record<K, unknown>): K[] => Object.keys(labels) as K[];

/** Whether a string (a URL parameter, a select's value) is one of a label map's keys. */
export const isKeyOf = <K extends string>(labels: Record<K, unknown>, value: string | null | undefined): value is K =>
  value != null && Object.hasOwn(labels, value);

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

export const KINDS = keysOf(KIND_LABEL);
export const OWNERSHIPS = keysOf(OWNERSHIP_LABEL);
/** In order of responsibility, as member lists are grouped. */
export const ROLES = keysOf(ROLE_LABEL);

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

export const JOIN_POLICIES = keysOf(JOIN_POLICY_LABEL);

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

export const LICENCE_FAMILY_LABEL: Record<LicenceFamily, string> = {
  public_domain: "Public domain",
  permissive: "Permissive",
  weak_copyleft: "Weak copyleft",
  share_alike: "Share-alike",
  copyfair: "CopyFair",
  peer_production: "Peer production",
};

export const CONTRIBUTION_TYPE_LABEL: Record<ContributionType, string> = {
  new_document: "New document",
  edit: "Edit",
  work: "Logged work",
  commit: "Imported commit",
};

export const CONTRIBUTION_KIND_LABEL: Record<ContributionKind, string> = {
  code: "Code",
  design: "Design",
  research: "Research",
  documentation: "Documentation",
  translation: "Translation",
  facilitation: "Facilitation",
  care: "Care",
};

export const CONTRIBUTION_STATUS_LABEL: Record<ContributionStatus, string> = {
  pending: "In review",
  conflicted: "Conflicted",
  accepted: "Accepted",
  rejected: "Rejected",
  withdrawn: "Withdrawn",
};

export const FUNDING_LABEL: Record<Funding, string> = {
  paid: "Paid",
  volunteer: "Volunteer",
  unknown: "Unknown",
};

export const INTERVAL_LABEL: Record<Interval, string> = {
  week: "Week",
  month: "Month",
  quarter: "Quarter",
  year: "Year",
};

const monthFormat = new Intl.DateTimeFormat(undefined, { year: "numeric", month: "short" });

/** The start of a report period as its name: "12 Mar 2026", "Mar 2026", "Q1 2026", "2026". */
export function formatPeriodStart(start: string, interval: Interval): string {
  const date = new Date(`${start}T12:00:00`);
  if (Number.isNaN(date.getTime())) return start;
  if (interval === "year") return String(date.getFullYear());
  if (interval === "quarter") return `Q${Math.floor(date.getMonth() / 3) + 1} ${date.getFullYear()}`;
  if (interval === "month") return monthFormat.format(date);
  return formatDate(start);
}

const numberFormat = new Intl.NumberFormat(undefined, { maximumFractionDigits: 1 });

export function formatNumber(n: number): string {
  return numberFormat.format(n);
}

/** "1 h 30 min", "45 min", "6 h". */
export function formatHours(hours: number): string {
  const minutes = Math.round(hours * 60);
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  if (h === 0) return `${m} min`;
  return m === 0 ? `${formatNumber(h)} h` : `${formatNumber(h)} h ${m} min`;
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${formatNumber(bytes / 1024)} kB`;
  return `${formatNumber(bytes / (1024 * 1024))} MB`;
}

/** Whole percentages of several parts that add up to exactly 100 (largest remainders get the rounding). */
export function shares(parts: number[]): string[] {
  const total = parts.reduce((a, b) => a + b, 0);
  if (total === 0) return parts.map(() => "0%");
  const exact = parts.map((p) => (p / total) * 100);
  const whole = exact.map(Math.floor);
  let left = 100 - whole.reduce((a, b) => a + b, 0);
  const byRemainder = exact.map((e, i) => ({ i, r: e - Math.floor(e) })).sort((a, b) => b.r - a.r);
  for (const { i } of byRemainder) {
    if (left <= 0) break;
    whole[i] = (whole[i] ?? 0) + 1;
    left--;
  }
  return whole.map((w) => `${w}%`);
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${formatNumber(n)} ${n === 1 ? one : many}`;
}
