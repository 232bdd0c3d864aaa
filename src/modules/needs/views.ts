import { z } from "@hono/zod-openapi";
import { nullable } from "../../http/responses.ts";
import { renderMarkdown } from "../../text/markdown.ts";
import { NullablePersonRef, type PersonRefView } from "../accounts/views.ts";
import type { CONTRIBUTION_STATUSES } from "../contributions/schema.ts";
import { ContributionStatus } from "../contributions/views.ts";
import { NEED_TYPES, URGENCIES } from "./schema.ts";

/** Derived from the stored status and the taker count, so the board can show who is already on it. */
export const BOARD_STATUSES = ["open", "taken", "done"] as const;
export type BoardStatus = (typeof BOARD_STATUSES)[number];

export const boardStatus = (n: { status: "open" | "done"; takerCount: number }): BoardStatus =>
  n.status === "done" ? "done" : n.takerCount > 0 ? "taken" : "open";

type Person = PersonRefView | null;

export const NeedType = z.enum(NEED_TYPES).openapi("NeedType");
export const Urgency = z.enum(URGENCIES).openapi("Urgency");

export const NeedScopeSchema = z
  .discriminatedUnion("kind", [
    z.object({ kind: z.literal("commons"), slug: z.string(), title: z.string() }),
    z.object({ kind: z.literal("organization"), slug: z.string(), name: z.string() }),
  ])
  .openapi("NeedScope");

export const NeedItemSchema = z
  .object({
    id: z.string(),
    type: NeedType,
    title: z.string(),
    tags: z.array(z.string()),
    urgency: nullable(Urgency),
    dueOn: z.string().nullable(),
    status: z
      .enum(BOARD_STATUSES)
      .openapi({ description: "open: nobody is on it yet; taken: open, with at least one taker; done: closed." }),
    takerCount: z.number().int(),
    author: NullablePersonRef,
    scope: NeedScopeSchema,
    activeAt: z.string().openapi({ description: "Moves forward with every progress update, take-up, link and reopening." }),
    createdAt: z.string(),
  })
  .openapi("NeedItem");

export const NeedSchema = NeedItemSchema.extend({
  body: z.string().openapi({ description: "The Markdown source." }),
  bodyHtml: z.string().openapi({ description: "The body rendered to sanitized HTML." }),
  takers: z.array(z.object({ handle: z.string(), name: z.string(), since: z.string() })),
  remoteTakers: z
    .array(z.object({ handle: z.string(), name: z.string(), uri: z.string(), since: z.string() }))
    .openapi({ description: "People on other instances who took it up, by their handle there." }),
  updates: z.array(z.object({ id: z.string(), author: NullablePersonRef, body: z.string(), bodyHtml: z.string(), createdAt: z.string() })),
  links: z.array(
    z.object({
      contribution: z.object({ id: z.string(), title: z.string(), status: ContributionStatus, author: NullablePersonRef }),
      linkedAt: z.string(),
    }),
  ),
  closedBy: NullablePersonRef,
  closedAt: z.string().nullable(),
  closeNote: z.string(),
  updatedAt: z.string(),
  viewer: z
    .object({
      canEdit: z.boolean(),
      canClose: z.boolean().openapi({ description: "May close the need, or reopen it once done." }),
      hasTakenUp: z.boolean(),
    })
    .openapi("NeedViewer"),
}).openapi("Need");

/** What the board and the detail queries select for one need. */
export interface NeedRow {
  id: string;
  type: (typeof NEED_TYPES)[number];
  title: string;
  tags: string[];
  urgency: (typeof URGENCIES)[number] | null;
  dueOn: string | null;
  status: "open" | "done";
  takerCount: number;
  activeAt: Date;
  createdAt: Date;
  author: Person;
  commons: { slug: string; title: string } | null;
  organization: { slug: string; name: string } | null;
}

function scopeView(r: NeedRow): z.infer<typeof NeedScopeSchema> {
  if (r.commons) return { kind: "commons", slug: r.commons.slug, title: r.commons.title };
  if (r.organization) return { kind: "organization", slug: r.organization.slug, name: r.organization.name };
  throw new Error(`need ${r.id} has no scope`);
}

export const needItemView = (r: NeedRow): z.infer<typeof NeedItemSchema> => ({
  id: r.id,
  type: r.type,
  title: r.title,
  tags: r.tags,
  urgency: r.urgency,
  dueOn: r.dueOn,
  status: boardStatus(r),
  takerCount: r.takerCount,
  author: r.author,
  scope: scopeView(r),
  activeAt: r.activeAt.toISOString(),
  createdAt: r.createdAt.toISOString(),
});

export interface NeedDetail {
  row: NeedRow & { body: string; closedBy: Person; closedAt: Date | null; closeNote: string; updatedAt: Date };
  takers: { handle: string; name: string; since: Date }[];
  remoteTakers: { handle: string; name: string; uri: string; since: Date }[];
  updates: { id: string; author: Person; body: string; createdAt: Date }[];
  links: { contribution: { id: string; title: string; status: (typeof CONTRIBUTION_STATUSES)[number]; author: Person }; linkedAt: Date }[];
  viewer: { canEdit: boolean; canClose: boolean; hasTakenUp: boolean };
}

export const needView = ({ row, takers, remoteTakers, updates, links, viewer }: NeedDetail): z.infer<typeof NeedSchema> => ({
  ...needItemView(row),
  body: row.body,
  bodyHtml: renderMarkdown(row.body),
  takers: takers.map((t) => ({ handle: t.handle, name: t.name, since: t.since.toISOString() })),
  remoteTakers: remoteTakers.map((t) => ({ handle: t.handle, name: t.name, uri: t.uri, since: t.since.toISOString() })),
  updates: updates.map((u) => ({ ...u, bodyHtml: renderMarkdown(u.body), createdAt: u.createdAt.toISOString() })),
  links: links.map((l) => ({ contribution: l.contribution, linkedAt: l.linkedAt.toISOString() })),
  closedBy: row.closedBy,
  closedAt: row.closedAt?.toISOString() ?? null,
  closeNote: row.closeNote,
  updatedAt: row.updatedAt.toISOString(),
  viewer,
});
