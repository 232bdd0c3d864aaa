/** The needs board's shapes, as /api/openapi.json describes them (NeedItem, Need, ContributionSummary). */

export const NEED_TYPES = ["need", "offer"] as const;
export type NeedType = (typeof NEED_TYPES)[number];

/** open: nobody is on it yet; taken: open, with at least one taker; done: closed. */
export const BOARD_STATUSES = ["open", "taken", "done"] as const;
export type BoardStatus = (typeof BOARD_STATUSES)[number];

export const URGENCIES = ["low", "normal", "high", "critical"] as const;
export type Urgency = (typeof URGENCIES)[number];

export const SORTS = ["fresh", "urgent"] as const;
export type NeedSort = (typeof SORTS)[number];

export interface PersonRef {
  handle: string;
  name: string;
}

export type NeedScope = { kind: "commons"; slug: string; title: string } | { kind: "organization"; slug: string; name: string };

export interface NeedItem {
  id: string;
  type: NeedType;
  title: string;
  tags: string[];
  urgency: Urgency | null;
  dueOn: string | null;
  status: BoardStatus;
  takerCount: number;
  /** Null once the account is gone. */
  author: PersonRef | null;
  scope: NeedScope;
  activeAt: string;
  createdAt: string;
}

export type ContributionStatus = "pending" | "conflicted" | "accepted" | "rejected" | "withdrawn";

export interface Need extends NeedItem {
  body: string;
  bodyHtml: string;
  takers: (PersonRef & { since: string })[];
  updates: { id: string; author: PersonRef | null; body: string; bodyHtml: string; createdAt: string }[];
  links: { contribution: { id: string; title: string; status: ContributionStatus; author: PersonRef | null }; linkedAt: string }[];
  closedBy: PersonRef | null;
  closedAt: string | null;
  closeNote: string;
  updatedAt: string;
  viewer: { canEdit: boolean; canClose: boolean; hasTakenUp: boolean };
}

export interface NeedInput {
  type: NeedType;
  title: string;
  body?: string;
  tags?: string[];
  urgency?: Urgency;
  dueOn?: string;
}

export interface NeedPatch {
  title?: string;
  body?: string;
  tags?: string[];
  urgency?: Urgency | null;
  dueOn?: string | null;
}

export interface BoardQuery {
  commons?: string;
  organization?: string;
  status?: string;
  type?: NeedType | "";
  tag?: string;
  sort?: NeedSort;
  cursor?: string | null;
  limit?: number;
}

export interface ContributionSummary {
  id: string;
  type: "new_document" | "edit" | "work";
  status: ContributionStatus;
  title: string;
  commons: { slug: string; title: string };
  author: PersonRef | null;
  createdAt: string;
  updatedAt: string;
}

/** The part of a commons the board shows. */
export interface CommonsRef {
  id: string;
  slug: string;
  title: string;
}
