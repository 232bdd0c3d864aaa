import { z } from "@hono/zod-openapi";
import { Markdown, Title, Uuid } from "../../http/fields.ts";
import { t as httpText } from "../../http/messages.ts";
import { rule } from "../../text/messages.ts";
import { t } from "./messages.ts";
import { SUBJECT_TYPES } from "./values.ts";

export type SubjectType = (typeof SUBJECT_TYPES)[number];

/** Commons and documents hold many titled threads; a contribution or a need holds exactly one. */
export const ONE_THREAD_SUBJECTS: readonly SubjectType[] = ["contribution", "need", "proposal", "pb_project"];

/** Markdown, up to 20,000 characters; whitespace alone is not a comment. The source is kept as written. */
export const CommentBody = Markdown(20_000)
  .refine((s) => s.trim().length > 0, rule(t("writeSomething")))
  .openapi({ description: "Markdown; rendered to sanitized HTML when written." });

export const NewThreadInput = z
  .strictObject({
    subjectType: z.enum(SUBJECT_TYPES),
    subjectId: Uuid.openapi({ description: "The id of the commons, document, contribution or need." }),
    title: Title.optional().openapi({ description: "Required for a commons or a document; defaults to the subject's title otherwise." }),
    body: CommentBody,
  })
  .refine((thread) => ONE_THREAD_SUBJECTS.includes(thread.subjectType) || thread.title !== undefined, {
    path: ["title"],
    message: rule(t("threadTitle")),
  })
  .openapi("NewThread");
export type NewThread = z.output<typeof NewThreadInput>;

export const CommentInput = z.strictObject({ body: CommentBody }).openapi("NewComment");

export const HideInput = z
  .strictObject({
    reason: z
      .string()
      .trim()
      .min(1, rule(t("hideReason")))
      .max(500, rule(httpText("atMost", { max: 500 })))
      .openapi({ description: "Shown publicly where the comment was." }),
  })
  .openapi("HideComment");
