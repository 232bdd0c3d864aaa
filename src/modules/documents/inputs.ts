import { z } from "@hono/zod-openapi";
import { Slug } from "../../http/fields.ts";
import { rule } from "../../text/messages.ts";
import { t } from "./messages.ts";

/** A document's address inside its commons: lower-case letters, digits, dots, hyphens and underscores. */
export const DocPath = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9][a-z0-9._-]{0,79}$/, rule(t("path")))
  .openapi({ example: "assembly-guide.md" });

export const RevisionNumber = z.coerce
  .number({ message: rule(t("revisionNumber")) })
  .int(rule(t("revisionWhole")))
  .min(1, rule(t("revisionFromOne")))
  .max(2_000_000_000);

export const DocParams = z.object({ slug: Slug, path: DocPath });
