import { z } from "@hono/zod-openapi";
import { nullable } from "../../http/responses.ts";
import { OrganizationRefSchema } from "../organizations/views.ts";
import { VISIBILITIES } from "./schema.ts";

export const Visibility = z.enum(VISIBILITIES).openapi("Visibility");

/** Read from the commons table when the feed is served, so a sentence names the commons' current title. */
export const ActivityCommonsSchema = z.object({ slug: z.string(), title: z.string() }).openapi("ActivityCommons");

export const ActivityDocumentSchema = z
  .object({ commons: z.string().openapi({ description: "The commons' slug." }), path: z.string(), title: z.string() })
  .openapi("ActivityDocument");

export const ActivitySchema = z
  .object({
    id: z.string(),
    verb: z.string().openapi({ example: "membership.joined" }),
    objectType: z.string(),
    objectId: z.string(),
    targetType: z.string().nullable(),
    targetId: z.string().nullable(),
    visibility: Visibility,
    data: z.record(z.string(), z.unknown()),
    createdAt: z.string(),
    actor: z.object({ handle: z.string(), name: z.string() }).nullable(),
    organization: nullable(OrganizationRefSchema),
    commons: nullable(ActivityCommonsSchema).openapi({
      description: "The commons the row is about or happened in (its object, else its target, else its document's commons).",
    }),
    origin: nullable(ActivityCommonsSchema).openapi({ description: "For a fork: the commons it was forked from." }),
    document: nullable(ActivityDocumentSchema).openapi({
      description: "The document a contribution proposes or edits, or that a discussion is about.",
    }),
  })
  .openapi("Activity");
