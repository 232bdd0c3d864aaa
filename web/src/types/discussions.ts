/** Discussion shapes, as /api/openapi.json describes them (Thread, ThreadPage, Comment, CommentVersion). */
import type { Page } from "../api/schema.ts";
import type { PersonRef } from "./needs.ts";

export const SUBJECT_TYPES = ["commons", "document", "contribution", "need", "proposal"] as const;
export type SubjectType = (typeof SUBJECT_TYPES)[number];

export interface Thread {
  id: string;
  subject: { type: SubjectType; id: string };
  /** The commons it belongs to, if any. */
  commons: { slug: string; title: string } | null;
  title: string;
  author: PersonRef | null;
  commentCount: number;
  lastCommentAt: string;
  createdAt: string;
}

export interface Comment {
  id: string;
  author: PersonRef | null;
  /** The Markdown source, for its author to edit; null when hidden. Never render it as HTML. */
  body: string | null;
  /** Sanitized HTML rendered by the server; null when hidden. */
  html: string | null;
  createdAt: string;
  editedAt: string | null;
  hidden: { reason: string; by: PersonRef | null; at: string } | null;
}

export interface ThreadPage extends Thread {
  /** Oldest first. */
  comments: Page<Comment>;
  viewer: { canModerate: boolean };
}

export interface CommentVersion {
  body: string;
  html: string;
  writtenAt: string;
}
