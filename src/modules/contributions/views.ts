import { z } from "@hono/zod-openapi";
import { nullable } from "../../http/responses.ts";
import { renderMarkdown } from "../../text/markdown.ts";
import { NullablePersonRef, PersonRef, personRef } from "../accounts/views.ts";
import { DiffSchema, DocumentFormat } from "../documents/views.ts";
import type { ContributionDetail, ContributionListRow } from "./read.ts";
import { INTERVALS } from "./report.ts";
import { CONTRIBUTION_KINDS, CONTRIBUTION_STATUSES, CONTRIBUTION_TYPES, FUNDINGS } from "./schema.ts";

export const ContributionType = z.enum(CONTRIBUTION_TYPES).openapi("ContributionType");
export const ContributionKind = z.enum(CONTRIBUTION_KINDS).openapi("ContributionKind");
export const ContributionStatus = z.enum(CONTRIBUTION_STATUSES).openapi("ContributionStatus");
export const Funding = z.enum(FUNDINGS).openapi("Funding", { description: "paid, volunteer or unknown." });

export const ContributionSummarySchema = z
  .object({
    id: z.string(),
    type: ContributionType,
    kind: ContributionKind,
    status: ContributionStatus,
    title: z.string(),
    commons: z.object({ slug: z.string(), title: z.string() }),
    author: NullablePersonRef,
    remoteAuthor: z
      .object({ handle: z.string(), name: z.string(), uri: z.string() })
      .nullable()
      .openapi({ description: "A change offered from another instance: its author there (author is then null)." }),
    path: z.string().nullable().openapi({ description: "The document it creates or edits." }),
    hours: z.number().nullable(),
    linesAdded: z.number().int(),
    linesRemoved: z.number().int(),
    supportCount: z.number().int(),
    performedOn: z.string(),
    funding: nullable(Funding).openapi({ description: "Once accepted: paid, volunteer or unknown." }),
    externalId: z.string().nullable().openapi({ description: "An imported commit's full id (sha)." }),
    externalAuthor: z.string().nullable().openapi({ description: "An imported commit's author, as git recorded the name." }),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .openapi("ContributionSummary");

export const ContributionSchema = ContributionSummarySchema.extend({
  description: z.string(),
  descriptionHtml: z.string(),
  link: z.string().nullable(),
  document: z.object({ path: z.string(), title: z.string(), format: DocumentFormat, head: z.number().int().nullable() }).nullable(),
  baseRevision: z.number().int().nullable(),
  resultRevision: z.number().int().nullable().openapi({ description: "The revision accepting it created." }),
  conflictNote: z.string().nullable(),
  source: z
    .object({ commons: z.string(), path: z.string(), revision: z.number().int() })
    .nullable()
    .openapi({ description: "The fork revision this proposal brings upstream." }),
  review: z.object({ reviewer: NullablePersonRef, note: z.string(), noteHtml: z.string(), at: z.string() }).nullable(),
  credit: z
    .object({
      funding: Funding,
      paidBy: z.object({ slug: z.string(), name: z.string() }).nullable(),
      size: z.number().int().openapi({ description: "Lines changed for documents, minutes for logged work." }),
    })
    .nullable(),
  viewer: z.object({ isAuthor: z.boolean(), canReview: z.boolean(), supports: z.boolean() }),
}).openapi("Contribution");

export const MergeConflictSchema = z
  .object({ current: z.array(z.string()), base: z.array(z.string()), proposed: z.array(z.string()), line: z.number().int() })
  .openapi("MergeConflict");

export const ChangesSchema = z
  .object({
    proposed: z.string().openapi({ description: "The whole text as proposed." }),
    diff: DiffSchema,
    merge: z
      .object({
        base: z.number().int(),
        head: z.number().int(),
        clean: z.boolean(),
        conflicts: z.array(MergeConflictSchema),
        rebased: z.string().openapi({
          description:
            "The proposal carried onto the newest revision; where both changed the same lines, the proposal's lines, for its author to reconcile.",
        }),
      })
      .nullable()
      .openapi({ description: "Set while open and the document has moved past the proposal's base." }),
  })
  .openapi("ContributionChanges");

export const ReviewOutcomeSchema = z
  .object({ contribution: ContributionSchema, conflicts: z.array(MergeConflictSchema) })
  .openapi("ReviewOutcome");

const CreditTally = z.object({ contributions: z.number().int(), lines: z.number().int(), minutes: z.number().int() });

export const CreditReportSchema = z
  .object({
    commons: z.object({ slug: z.string(), title: z.string() }),
    period: z.object({ from: z.string().nullable(), to: z.string().nullable() }),
    interval: z.enum(INTERVALS),
    total: z.number().int(),
    byFunding: z.object({ paid: CreditTally, volunteer: CreditTally, unknown: CreditTally }),
    byEnterprise: z.array(CreditTally.extend({ enterprise: z.object({ slug: z.string(), name: z.string() }) })),
    series: z.array(
      z.object({
        start: z.string(),
        ...(Object.fromEntries(FUNDINGS.map((f) => [f, z.number().int()])) as Record<(typeof FUNDINGS)[number], z.ZodNumber>),
      }),
    ),
  })
  .openapi("CreditReport");

export const ContributorsSchema = z
  .object({
    items: z.array(
      z.object({
        person: PersonRef,
        contributions: z.number().int(),
        lines: z.number().int(),
        hours: z.number(),
        paid: z.number().int().openapi({ description: "How many of them were paid work." }),
        first: z.string(),
        last: z.string(),
      }),
    ),
  })
  .openapi("Contributors");

export const contributionSummaryView = (r: ContributionListRow) => ({
  id: r.id,
  type: r.type,
  kind: r.kind,
  status: r.status,
  title: r.title,
  commons: r.commons,
  author: personRef(r.author),
  remoteAuthor: r.remoteAuthor.uri
    ? { handle: r.remoteAuthor.handle ?? "", name: r.remoteAuthor.name ?? "", uri: r.remoteAuthor.uri }
    : null,
  path: r.path,
  hours: r.minutes === null ? null : r.minutes / 60,
  linesAdded: r.linesAdded,
  linesRemoved: r.linesRemoved,
  supportCount: r.supportCount,
  performedOn: r.performedOn,
  funding: r.funding,
  externalId: r.externalId,
  externalAuthor: r.externalAuthor,
  createdAt: r.createdAt.toISOString(),
  updatedAt: r.updatedAt.toISOString(),
});

export function contributionView(r: ContributionDetail, viewer: { isAuthor: boolean; canReview: boolean; supports: boolean }) {
  return {
    ...contributionSummaryView(r),
    description: r.description,
    descriptionHtml: renderMarkdown(r.description),
    link: r.link,
    document: r.path && r.documentTitle && r.format ? { path: r.path, title: r.documentTitle, format: r.format, head: r.head } : null,
    baseRevision: r.baseRevision,
    resultRevision: r.resultRevision,
    conflictNote: r.conflictNote,
    source:
      r.source?.commons && r.source.path && r.source.revision
        ? { ...r.source, commons: r.source.commons, path: r.source.path, revision: r.source.revision }
        : null,
    review: r.reviewedAt
      ? { reviewer: personRef(r.reviewer), note: r.reviewNote, noteHtml: renderMarkdown(r.reviewNote), at: r.reviewedAt.toISOString() }
      : null,
    credit: r.funding
      ? { funding: r.funding, paidBy: r.paidBy?.slug && r.paidBy.name ? { slug: r.paidBy.slug, name: r.paidBy.name } : null, size: r.size }
      : null,
    viewer,
  };
}
