/** The shapes the commons, documents and contributions API returns, as described by /api/openapi.json. */

export const LICENCE_FAMILIES = ["public_domain", "permissive", "weak_copyleft", "share_alike", "copyfair", "peer_production"] as const;
export type LicenceFamily = (typeof LICENCE_FAMILIES)[number];

export const DOCUMENT_FORMATS = ["markdown", "text"] as const;
export type DocumentFormat = (typeof DOCUMENT_FORMATS)[number];

export const CONTRIBUTION_TYPES = ["new_document", "edit", "work", "commit"] as const;
export type ContributionType = (typeof CONTRIBUTION_TYPES)[number];

export const CONTRIBUTION_KINDS = ["code", "design", "research", "documentation", "translation", "facilitation", "care"] as const;
export type ContributionKind = (typeof CONTRIBUTION_KINDS)[number];

export const CONTRIBUTION_STATUSES = ["pending", "conflicted", "accepted", "rejected", "withdrawn"] as const;
export type ContributionStatus = (typeof CONTRIBUTION_STATUSES)[number];

export const FUNDINGS = ["paid", "volunteer", "unknown"] as const;
export type Funding = (typeof FUNDINGS)[number];

export const INTERVALS = ["week", "month", "quarter", "year"] as const;
export type Interval = (typeof INTERVALS)[number];

export interface Licence {
  id: string;
  name: string;
  family: LicenceFamily;
  url: string;
}

export interface OrgRef {
  slug: string;
  name: string;
}

export interface PersonRef {
  handle: string;
  name: string;
}

export interface CommonsRef {
  slug: string;
  title: string;
}

export interface Commons {
  id: string;
  slug: string;
  title: string;
  summary: string;
  licence: Licence;
  community: OrgRef;
  stewardAssociation: OrgRef | null;
  tags: string[];
  /** The origin, when this commons is a fork. */
  forkedFrom: { slug: string; title: string; at: string } | null;
  stats: { documents: number; accepted: number; open: number; contributors: number; forks: number };
  createdAt: string;
  updatedAt: string;
}

export interface CommonsProfile extends Commons {
  viewer: { canMaintain: boolean; canSteward: boolean };
}

export interface DocumentSummary {
  path: string;
  title: string;
  format: DocumentFormat;
  head: number;
  bytes: number;
  lastAuthor: PersonRef | null;
  updatedAt: string;
}

export interface Revision {
  number: number;
  hash: string;
  message: string;
  linesAdded: number;
  linesRemoved: number;
  author: PersonRef | null;
  /** The accepted contribution that made it. */
  contributionId: string | null;
  /** Copied from the origin when this commons was forked. */
  fromUpstream: boolean;
  createdAt: string;
}

export interface DocumentView {
  /** For discussions about this document. */
  id: string;
  commons: CommonsRef;
  path: string;
  title: string;
  format: DocumentFormat;
  head: number;
  revision: Revision & { bytes: number };
  content: string;
  /** Sanitized HTML for Markdown documents. */
  html: string | null;
  forkedFrom: { commons: CommonsRef; path: string; revision: number } | null;
  viewer: { canMaintain: boolean };
}

export interface Segment {
  text: string;
  changed?: true;
}

export interface DiffLine {
  op: "same" | "add" | "del";
  old?: number;
  new?: number;
  segments: Segment[];
}

export interface Hunk {
  oldStart: number;
  newStart: number;
  lines: DiffLine[];
}

export interface Diff {
  added: number;
  removed: number;
  /** The texts were too different to compare line by line in time. */
  replacedWhole: boolean;
  hunks: Hunk[];
}

export interface RevisionDiff extends Diff {
  from: Revision;
  to: Revision;
}

export interface MergeConflict {
  current: string[];
  base: string[];
  proposed: string[];
  /** 1-based line in the head where the conflict sits. */
  line: number;
}

export interface ContributionChanges {
  /** The whole text as proposed. */
  proposed: string;
  diff: Diff;
  /** Set while open and the document has moved past the proposal's base. */
  merge: {
    base: number;
    head: number;
    clean: boolean;
    conflicts: MergeConflict[];
    /** The proposal carried onto the newest revision, with the proposal's lines where both changed. */
    rebased: string;
  } | null;
}

export interface ContributionSummary {
  id: string;
  type: ContributionType;
  kind: ContributionKind;
  status: ContributionStatus;
  title: string;
  commons: CommonsRef;
  author: PersonRef | null;
  /** The document it creates or edits. */
  path: string | null;
  hours: number | null;
  linesAdded: number;
  linesRemoved: number;
  supportCount: number;
  performedOn: string;
  funding: Funding | null;
  /** An imported commit's full id (sha). */
  externalId: string | null;
  /** An imported commit's author, as git recorded the name. */
  externalAuthor: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface Contribution extends ContributionSummary {
  description: string;
  descriptionHtml: string;
  link: string | null;
  document: { path: string; title: string; format: DocumentFormat; head: number | null } | null;
  baseRevision: number | null;
  /** The revision accepting it created. */
  resultRevision: number | null;
  conflictNote: string | null;
  /** The fork revision this proposal brings upstream. */
  source: { commons: string; path: string; revision: number } | null;
  review: { reviewer: PersonRef | null; note: string; noteHtml: string; at: string } | null;
  /** `size` is lines changed for documents, minutes for logged work. */
  credit: { funding: Funding; paidBy: OrgRef | null; size: number } | null;
  viewer: { isAuthor: boolean; canReview: boolean; supports: boolean };
}

export interface Tally {
  contributions: number;
  lines: number;
  minutes: number;
}

export interface CreditReport {
  commons: CommonsRef;
  period: { from: string | null; to: string | null };
  interval: Interval;
  total: number;
  byFunding: Record<Funding, Tally>;
  byEnterprise: (Tally & { enterprise: OrgRef })[];
  series: ({ start: string } & Record<Funding, number>)[];
}

export interface Contributor {
  person: PersonRef;
  contributions: number;
  lines: number;
  hours: number;
  /** How many of them were paid work. */
  paid: number;
  first: string;
  last: string;
}
