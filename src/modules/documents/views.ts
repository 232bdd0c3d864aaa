import { z } from "@hono/zod-openapi";
import { pageOf } from "../../http/pagination.ts";
import { nullable } from "../../http/responses.ts";
import { NullablePersonRef, personRef } from "../accounts/views.ts";
import { DOCUMENT_FORMATS } from "./schema.ts";
import type { RevisionSummary } from "./service.ts";

export const DocumentFormat = z.enum(DOCUMENT_FORMATS).openapi("DocumentFormat");

export const RevisionSchema = z
  .object({
    number: z.number().int(),
    hash: z.string().openapi({ description: "SHA-256 of the content (UTF-8), in hex." }),
    message: z.string(),
    linesAdded: z.number().int(),
    linesRemoved: z.number().int(),
    author: NullablePersonRef,
    contributionId: z.string().nullable().openapi({ description: "The accepted contribution that made it." }),
    remoteAuthor: z
      .string()
      .nullable()
      .openapi({ description: "The author's handle on another instance: a revision copied from there, or a change offered from there." }),
    fromUpstream: z
      .boolean()
      .openapi({ description: "Copied from the origin when this commons was forked (here or on another instance)." }),
    createdAt: z.string(),
  })
  .openapi("Revision");

export const revisionView = (r: Omit<RevisionSummary, "bytes">) => ({
  number: r.number,
  hash: r.hash,
  message: r.message,
  linesAdded: r.linesAdded,
  linesRemoved: r.linesRemoved,
  author: personRef(r.author),
  contributionId: r.contributionId,
  remoteAuthor: r.remoteAuthorHandle,
  fromUpstream: r.upstreamRevisionId !== null || r.upstreamUri !== null,
  createdAt: r.createdAt.toISOString(),
});

export const DocumentSummarySchema = z
  .object({
    path: z.string(),
    title: z.string(),
    format: DocumentFormat,
    head: z.number().int().openapi({ description: "The newest revision's number." }),
    bytes: z.number().int(),
    lastAuthor: NullablePersonRef,
    updatedAt: z.string(),
  })
  .openapi("DocumentSummary");

export const LineageSchema = z
  .object({ commons: z.object({ slug: z.string(), title: z.string() }), path: z.string(), revision: z.number().int() })
  .openapi("Lineage", { description: "Forked from this document of another commons, at this revision." });

export const DocumentSchema = z
  .object({
    id: z.string().openapi({ description: "For discussions about this document." }),
    commons: z.object({ slug: z.string(), title: z.string() }),
    path: z.string(),
    title: z.string(),
    format: DocumentFormat,
    head: z.number().int(),
    revision: RevisionSchema.extend({ bytes: z.number().int() }),
    content: z.string(),
    html: z.string().nullable().openapi({ description: "Sanitized HTML for Markdown documents." }),
    forkedFrom: nullable(LineageSchema),
    viewer: z.object({ canMaintain: z.boolean() }),
  })
  .openapi("Document");

const Segment = z.object({ text: z.string(), changed: z.literal(true).optional() });
export const DiffSchema = z
  .object({
    added: z.number().int(),
    removed: z.number().int(),
    replacedWhole: z.boolean().openapi({ description: "The texts were too different to compare line by line in time." }),
    hunks: z.array(
      z.object({
        oldStart: z.number().int(),
        newStart: z.number().int(),
        lines: z.array(
          z.object({
            op: z.enum(["same", "add", "del"]),
            old: z.number().int().optional(),
            new: z.number().int().optional(),
            segments: z.array(Segment),
          }),
        ),
      }),
    ),
  })
  .openapi("Diff");

export const RevisionPageSchema = pageOf(RevisionSchema).extend({ head: z.number().int() }).openapi("RevisionPage");

export const RevisionDiffSchema = DiffSchema.extend({ from: RevisionSchema, to: RevisionSchema }).openapi("RevisionDiff");
