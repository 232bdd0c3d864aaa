import { z } from "@hono/zod-openapi";
import { renderMarkdown } from "../../text/markdown.ts";
import { NullablePersonRef, personRef } from "../accounts/views.ts";
import { DOCUMENT_FORMATS } from "../documents/schema.ts";
import type { ContributionDetail, ContributionListRow } from "./read.ts";
import { CONTRIBUTION_KINDS, CONTRIBUTION_STATUSES, CONTRIBUTION_TYPES, FUNDINGS } from "./schema.ts";

export const ContributionSummarySchema = z
  .object({
    id: z.string(),
    type: z.enum(CONTRIBUTION_TYPES),
    kind: z.enum(CONTRIBUTION_KINDS),
    status: z.enum(CONTRIBUTION_STATUSES),
    title: z.string(),
    commons: z.object({ slug: z.string(), title: z.string() }),
    author: NullablePersonRef,
    path: z.string().nullable().openapi({ description: "The document it creates or edits." }),
    hours: z.number().nullable(),
    linesAdded: z.number().int(),
    linesRemoved: z.number().int(),
    supportCount: z.number().int(),
    performedOn: z.string(),
    funding: z.enum(FUNDINGS).nullable().openapi({ description: "Once accepted: paid, volunteer or unknown." }),
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
  document: z
    .object({ path: z.string(), title: z.string(), format: z.enum(DOCUMENT_FORMATS), head: z.number().int().nullable() })
    .nullable(),
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
      funding: z.enum(FUNDINGS),
      paidBy: z.object({ slug: z.string(), name: z.string() }).nullable(),
      size: z.number().int().openapi({ description: "Lines changed for documents, minutes for logged work." }),
    })
    .nullable(),
  viewer: z.object({ isAuthor: z.boolean(), canReview: z.boolean(), supports: z.boolean() }),
}).openapi("Contribution");

export const contributionSummaryView = (r: ContributionListRow) => ({
  id: r.id,
  type: r.type,
  kind: r.kind,
  status: r.status,
  title: r.title,
  commons: r.commons,
  author: personRef(r.author),
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
