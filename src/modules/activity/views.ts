import { z } from "@hono/zod-openapi";
import { nullable } from "../../http/responses.ts";
import { OrganizationRefSchema } from "../organizations/views.ts";
import { VISIBILITIES } from "./schema.ts";

export const Visibility = z.enum(VISIBILITIES).openapi("Visibility");

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
  })
  .openapi("Activity");
