/**
 * The commons area's value lists and labels. Each list comes from an exhaustive label map
 * (format.ts holds the contribution, funding, interval and licence maps), so a value the server
 * adds is a compile error until it has a label, and a select offers it as soon as it has one.
 */
import type { ContributionStatus, DocumentFormat } from "../../api/schema.ts";
import {
  CONTRIBUTION_KIND_LABEL,
  CONTRIBUTION_TYPE_LABEL,
  FUNDING_LABEL,
  INTERVAL_LABEL,
  keysOf,
  LICENCE_FAMILY_LABEL,
  labels,
} from "../../format.ts";
import { currentLanguage, i18n } from "../../i18n/i18n.ts";
import type { Language } from "../../i18n/languages.ts";

export const CONTRIBUTION_TYPES = keysOf(CONTRIBUTION_TYPE_LABEL);
export const CONTRIBUTION_KINDS = keysOf(CONTRIBUTION_KIND_LABEL);
export const FUNDINGS = keysOf(FUNDING_LABEL);
export const INTERVALS = keysOf(INTERVAL_LABEL);
export const LICENCE_FAMILIES = keysOf(LICENCE_FAMILY_LABEL);

export const DOCUMENT_FORMAT_LABEL = labels<DocumentFormat>({
  markdown: "commons.documentFormat.markdown",
  text: "commons.documentFormat.text",
});
export const DOCUMENT_FORMATS = keysOf(DOCUMENT_FORMAT_LABEL);
/** The file extension a new document's suggested path ends with. */
export const DOCUMENT_EXTENSION: Record<DocumentFormat, string> = { markdown: ".md", text: ".txt" };

/**
 * The contributions page's status filter: its label (read in the current language when read) and
 * the statuses it asks the API for.
 */
export const STATUS_FILTERS = {
  open: {
    get label() {
      return i18n.t("commons.statusFilter.open");
    },
    statuses: ["pending", "conflicted"],
  },
  accepted: {
    get label() {
      return i18n.t("commons.statusFilter.accepted");
    },
    statuses: ["accepted"],
  },
  rejected: {
    get label() {
      return i18n.t("commons.statusFilter.rejected");
    },
    statuses: ["rejected"],
  },
  withdrawn: {
    get label() {
      return i18n.t("commons.statusFilter.withdrawn");
    },
    statuses: ["withdrawn"],
  },
  all: {
    get label() {
      return i18n.t("commons.statusFilter.all");
    },
    statuses: [],
  },
} as const satisfies Record<string, { readonly label: string; statuses: readonly ContributionStatus[] }>;
export type StatusFilter = keyof typeof STATUS_FILTERS;

/**
 * What a conflicted proposal's banner says, from the document's revision now rather than the one it
 * had when the conflict was found (the stored note goes stale as soon as the document moves on).
 */
export function conflictSummary(base: number, head: number, places: number | null, lang: Language = currentLanguage()): string {
  return i18n.t("commons.conflict.summary", {
    lng: lang,
    range: head === base + 1 ? "single" : "several",
    first: base + 1,
    head,
    known: places === null ? "no" : "yes",
    places: places ?? 0,
  });
}
