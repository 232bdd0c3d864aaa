/**
 * Words, dates and numbers as people read them, in the language they chose: labels come from the
 * catalogues (i18n/locales/<language>/format.json), dates and numbers from Intl in that language's locale.
 */

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
import { currentLanguage, i18n } from "./i18n/i18n.ts";
import { perLocale } from "./i18n/intl.ts";
import type { Language } from "./i18n/languages.ts";
import type { MessageKey } from "./i18n/resources.ts";

/**
 * Labels are exhaustive maps over the generated enums (`Record<Enum, string>`): when the server
 * adds a value, this file stops compiling until the value has a catalogue key. The lists of values
 * for selects come from the same maps, in the order written here (`keysOf(KIND_LABEL)`).
 */
export const keysOf = <K extends string>(labels: Record<K, unknown>): K[] => Object.keys(labels) as K[];

/** Whether a string (a URL parameter, a select's value) is one of a label map's keys. */
export const isKeyOf = <K extends string>(labels: Record<K, unknown>, value: string | null | undefined): value is K =>
  value != null && Object.hasOwn(labels, value);

/**
 * A label map read in the current language: each value is looked up when it is read, so the maps
 * stay plain `Record<Enum, string>` for the pages that use them, and switch with the language.
 */
export function labels<K extends string>(keys: Record<K, MessageKey>): Readonly<Record<K, string>> {
  const map = {} as Record<K, string>;
  for (const value of keysOf(keys)) {
    Object.defineProperty(map, value, { enumerable: true, get: () => i18n.t(keys[value]) });
  }
  return Object.freeze(map);
}

export const KIND_LABEL = labels<Kind>({
  community: "format.kind.community",
  association: "format.kind.association",
  enterprise: "format.kind.enterprise",
  public_body: "format.kind.public_body",
});

export const KIND_HINT = labels<Kind>({
  community: "format.kindHint.community",
  association: "format.kindHint.association",
  enterprise: "format.kindHint.enterprise",
  public_body: "format.kindHint.public_body",
});

export const OWNERSHIP_LABEL = labels<Ownership>({
  worker_owned: "format.ownership.worker_owned",
  cooperative: "format.ownership.cooperative",
  nonprofit: "format.ownership.nonprofit",
  private: "format.ownership.private",
});

export const ROLE_LABEL = labels<Role>({
  steward: "format.role.steward",
  treasurer: "format.role.treasurer",
  maintainer: "format.role.maintainer",
  member: "format.role.member",
});

export const ROLE_PLURAL = labels<Role>({
  steward: "format.rolePlural.steward",
  treasurer: "format.rolePlural.treasurer",
  maintainer: "format.rolePlural.maintainer",
  member: "format.rolePlural.member",
});

export const KINDS = keysOf(KIND_LABEL);
export const OWNERSHIPS = keysOf(OWNERSHIP_LABEL);
/** In order of responsibility, as member lists are grouped. */
export const ROLES = keysOf(ROLE_LABEL);

export const JOIN_POLICY_LABEL = labels<JoinPolicy>({
  open: "format.joinPolicy.open",
  approval: "format.joinPolicy.approval",
  invite: "format.joinPolicy.invite",
});

export const AFFILIATION_STATUS_LABEL = labels<AffiliationStatus>({
  claimed: "format.affiliationStatus.claimed",
  confirmed: "format.affiliationStatus.confirmed",
  disputed: "format.affiliationStatus.disputed",
});

export const JOIN_POLICIES = keysOf(JOIN_POLICY_LABEL);

/**
 * "a steward", "an association": English only, for the pages not yet on the catalogues. A converted
 * page writes the whole sentence as one message instead (French articles depend on the noun's gender).
 */
export function withArticle(word: string): string {
  return `${/^[aeiou]/i.test(word) ? "an" : "a"} ${word}`;
}

/*
 * Dates and numbers: every helper takes the language (the current one unless given) and formats in
 * its locale, through Intl formatters made once per locale.
 */
const dateFormat = perLocale((l) => new Intl.DateTimeFormat(l, { year: "numeric", month: "short", day: "numeric" }));
const dateTimeFormat = perLocale((l) => new Intl.DateTimeFormat(l, { dateStyle: "medium", timeStyle: "short" }));
const monthFormat = perLocale((l) => new Intl.DateTimeFormat(l, { year: "numeric", month: "short" }));
const relativeFormat = perLocale((l) => new Intl.RelativeTimeFormat(l, { numeric: "auto" }));
const numberFormat = perLocale((l) => new Intl.NumberFormat(l, { maximumFractionDigits: 1 }));
const percentFormat = perLocale((l) => new Intl.NumberFormat(l, { style: "percent", maximumFractionDigits: 0 }));
const kilobyteFormat = perLocale((l) => new Intl.NumberFormat(l, { style: "unit", unit: "kilobyte", maximumFractionDigits: 1 }));
const megabyteFormat = perLocale((l) => new Intl.NumberFormat(l, { style: "unit", unit: "megabyte", maximumFractionDigits: 1 }));

/** A calendar date "YYYY-MM-DD" is read at noon, so no time zone moves it to another day. */
function toDate(value: string): Date | null {
  const date = /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T12:00:00`) : new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** A calendar date "YYYY-MM-DD" (no time zone) or an ISO timestamp, as "12 Mar 2026" / "12 mars 2026". */
export function formatDate(value: string, lang: Language = currentLanguage()): string {
  const date = toDate(value);
  return date ? dateFormat(lang).format(date) : value;
}

export function formatDateTime(value: string, lang: Language = currentLanguage()): string {
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? value : dateTimeFormat(lang).format(date);
}

/** "12 Mar – 2 Apr 2026" (Intl shortens a range as the language does), or "since 12 Mar 2026". */
export function formatPeriod(startsOn: string, endsOn: string | null, lang: Language = currentLanguage()): string {
  const start = toDate(startsOn);
  const end = endsOn ? toDate(endsOn) : null;
  if (!endsOn) return i18n.t("format.period.since", { date: formatDate(startsOn, lang), lng: lang });
  return start && end && start <= end
    ? dateFormat(lang).formatRange(start, end)
    : `${formatDate(startsOn, lang)} – ${formatDate(endsOn, lang)}`;
}

const STEPS: [Intl.RelativeTimeFormatUnit, number][] = [
  ["second", 60],
  ["minute", 60],
  ["hour", 24],
  ["day", 7],
  ["week", 4.35],
  ["month", 12],
  ["year", Number.POSITIVE_INFINITY],
];

export function relativeTime(value: string, now = Date.now(), lang: Language = currentLanguage()): string {
  let amount = (new Date(value).getTime() - now) / 1000;
  if (Number.isNaN(amount)) return value;
  if (Math.abs(amount) < 45) return i18n.t("format.relative.justNow", { lng: lang });
  for (const [unit, size] of STEPS) {
    if (Math.abs(amount) < size) return relativeFormat(lang).format(Math.round(amount), unit);
    amount /= size;
  }
  return formatDate(value, lang);
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

export const LICENCE_FAMILY_LABEL = labels<LicenceFamily>({
  public_domain: "format.licenceFamily.public_domain",
  permissive: "format.licenceFamily.permissive",
  weak_copyleft: "format.licenceFamily.weak_copyleft",
  share_alike: "format.licenceFamily.share_alike",
  copyfair: "format.licenceFamily.copyfair",
  peer_production: "format.licenceFamily.peer_production",
});

export const CONTRIBUTION_TYPE_LABEL = labels<ContributionType>({
  new_document: "format.contributionType.new_document",
  edit: "format.contributionType.edit",
  work: "format.contributionType.work",
  commit: "format.contributionType.commit",
});

export const CONTRIBUTION_KIND_LABEL = labels<ContributionKind>({
  code: "format.contributionKind.code",
  design: "format.contributionKind.design",
  research: "format.contributionKind.research",
  documentation: "format.contributionKind.documentation",
  translation: "format.contributionKind.translation",
  facilitation: "format.contributionKind.facilitation",
  care: "format.contributionKind.care",
});

export const CONTRIBUTION_STATUS_LABEL = labels<ContributionStatus>({
  pending: "format.contributionStatus.pending",
  conflicted: "format.contributionStatus.conflicted",
  accepted: "format.contributionStatus.accepted",
  rejected: "format.contributionStatus.rejected",
  withdrawn: "format.contributionStatus.withdrawn",
});

export const FUNDING_LABEL = labels<Funding>({
  paid: "format.funding.paid",
  volunteer: "format.funding.volunteer",
  unknown: "format.funding.unknown",
});

export const INTERVAL_LABEL = labels<Interval>({
  week: "format.interval.week",
  month: "format.interval.month",
  quarter: "format.interval.quarter",
  year: "format.interval.year",
});

/** The start of a report period as its name: "12 Mar 2026", "Mar 2026", "Q1 2026" (T1 2026 in French), "2026". */
export function formatPeriodStart(start: string, interval: Interval, lang: Language = currentLanguage()): string {
  const date = new Date(`${start}T12:00:00`);
  if (Number.isNaN(date.getTime())) return start;
  const year = String(date.getFullYear());
  if (interval === "year") return year;
  if (interval === "quarter")
    return i18n.t("format.period.quarter", { quarter: String(Math.floor(date.getMonth() / 3) + 1), year, lng: lang });
  if (interval === "month") return monthFormat(lang).format(date);
  return formatDate(start, lang);
}

export function formatNumber(n: number, lang: Language = currentLanguage()): string {
  return numberFormat(lang).format(n);
}

/** "1 h 30 min", "45 min", "6 h". */
export function formatHours(hours: number, lang: Language = currentLanguage()): string {
  const total = Math.round(hours * 60);
  const h = Math.floor(total / 60);
  const minutes = total % 60;
  if (h === 0) return i18n.t("format.duration.minutes", { minutes, lng: lang });
  if (minutes === 0) return i18n.t("format.duration.hours", { hours: h, lng: lang });
  return i18n.t("format.duration.hoursMinutes", { hours: h, minutes, lng: lang });
}

/** "512 B", "1.5 kB", "12.3 MB"; "1,5 ko" in French. */
export function formatBytes(bytes: number, lang: Language = currentLanguage()): string {
  if (bytes < 1024) return i18n.t("format.size.bytes", { bytes, lng: lang });
  if (bytes < 1024 * 1024) return kilobyteFormat(lang).format(bytes / 1024);
  return megabyteFormat(lang).format(bytes / (1024 * 1024));
}

/** Whole percentages of several parts that add up to exactly 100 (largest remainders get the rounding). */
export function shares(parts: number[], lang: Language = currentLanguage()): string[] {
  const percent = (whole: number) => percentFormat(lang).format(whole / 100);
  const total = parts.reduce((a, b) => a + b, 0);
  if (total === 0) return parts.map(() => percent(0));
  const exact = parts.map((p) => (p / total) * 100);
  const whole = exact.map(Math.floor);
  let left = 100 - whole.reduce((a, b) => a + b, 0);
  const byRemainder = exact.map((e, i) => ({ i, r: e - Math.floor(e) })).sort((a, b) => b.r - a.r);
  for (const { i } of byRemainder) {
    if (left <= 0) break;
    whole[i] = (whole[i] ?? 0) + 1;
    left--;
  }
  return whole.map(percent);
}

/**
 * "3 lines": English only, for the pages not yet on the catalogues (they pass English words). A
 * converted page writes an ICU plural message instead: "{count, plural, one {# line} other {# lines}}".
 */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${formatNumber(n)} ${n === 1 ? one : many}`;
}
