import { z } from "@hono/zod-openapi";
import { pageOf } from "../../http/pagination.ts";
import { NullablePersonRef as PersonRef, type PersonRefView } from "../accounts/views.ts";
import { SUBJECT_TYPES } from "./schema.ts";

type Person = PersonRefView | null;

export const SubjectType = z.enum(SUBJECT_TYPES).openapi("SubjectType");

export const ThreadSchema = z
  .object({
    id: z.string(),
    subject: z.object({ type: SubjectType, id: z.string() }),
    commons: z.object({ slug: z.string(), title: z.string() }).nullable().openapi({ description: "The commons it belongs to, if any." }),
    title: z.string(),
    author: PersonRef,
    commentCount: z.number().int(),
    lastCommentAt: z.string(),
    createdAt: z.string(),
  })
  .openapi("Thread");

export const CommentSchema = z
  .object({
    id: z.string(),
    author: PersonRef,
    remoteAuthor: z
      .object({ handle: z.string(), name: z.string(), uri: z.string() })
      .nullable()
      .openapi({ description: "For a reply written on another instance: its author there (author is then null)." }),
    body: z.string().nullable().openapi({ description: "The Markdown source, for its author to edit; null when hidden." }),
    html: z.string().nullable().openapi({ description: "Sanitized HTML rendered from the body; null when hidden." }),
    createdAt: z.string(),
    editedAt: z.string().nullable(),
    hidden: z
      .object({ reason: z.string(), by: PersonRef, at: z.string() })
      .nullable()
      .openapi({ description: "Set when a moderator hid the comment; the reason is public." }),
  })
  .openapi("Comment");

export const ThreadPageSchema = ThreadSchema.extend({
  comments: pageOf(CommentSchema).openapi({ description: "Oldest first." }),
  viewer: z.object({ canModerate: z.boolean() }).openapi("ThreadViewer"),
}).openapi("ThreadPage");

export const CommentVersionSchema = z
  .object({
    body: z.string(),
    html: z.string(),
    writtenAt: z.string().openapi({ description: "When this version was written." }),
  })
  .openapi("CommentVersion");

export interface ThreadRow {
  id: string;
  subjectType: (typeof SUBJECT_TYPES)[number];
  subjectId: string;
  title: string;
  commentCount: number;
  lastCommentAt: Date;
  createdAt: Date;
  author: Person;
  commons: { slug: string; title: string } | null;
}

export const threadView = (t: ThreadRow): z.infer<typeof ThreadSchema> => ({
  id: t.id,
  subject: { type: t.subjectType, id: t.subjectId },
  commons: t.commons,
  title: t.title,
  author: t.author,
  commentCount: t.commentCount,
  lastCommentAt: t.lastCommentAt.toISOString(),
  createdAt: t.createdAt.toISOString(),
});

export interface CommentRow {
  id: string;
  body: string;
  html: string;
  createdAt: Date;
  editedAt: Date | null;
  hiddenAt: Date | null;
  hiddenReason: string | null;
  author: Person;
  remoteAuthor: { handle: string | null; name: string | null; uri: string | null };
  hiddenBy: Person;
}

/** A hidden comment keeps its place, author and dates; its words give way to the moderator's public reason. */
export function commentView(c: CommentRow): z.infer<typeof CommentSchema> {
  const hidden = c.hiddenAt ? { reason: c.hiddenReason ?? "", by: c.hiddenBy, at: c.hiddenAt.toISOString() } : null;
  return {
    id: c.id,
    author: c.author,
    remoteAuthor: c.remoteAuthor.uri
      ? { handle: c.remoteAuthor.handle ?? "", name: c.remoteAuthor.name ?? "", uri: c.remoteAuthor.uri }
      : null,
    body: hidden ? null : c.body,
    html: hidden ? null : c.html,
    createdAt: c.createdAt.toISOString(),
    editedAt: c.editedAt?.toISOString() ?? null,
    hidden,
  };
}
