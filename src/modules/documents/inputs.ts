import { z } from "@hono/zod-openapi";
import { Slug } from "../../http/fields.ts";

/** A document's address inside its commons: lower-case letters, digits, dots, hyphens and underscores. */
export const DocPath = z
  .string()
  .trim()
  .toLowerCase()
  .regex(
    /^[a-z0-9][a-z0-9._-]{0,79}$/,
    "Use 1–80 lower-case letters, digits, dots, hyphens or underscores, starting with a letter or digit.",
  )
  .openapi({ example: "assembly-guide.md" });

export const RevisionNumber = z.coerce
  .number({ message: "Use a revision number." })
  .int("Use a whole revision number.")
  .min(1, "Revisions are numbered from 1.")
  .max(2_000_000_000);

export const DocParams = z.object({ slug: Slug, path: DocPath });
