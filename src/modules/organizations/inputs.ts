import { z } from "@hono/zod-openapi";
import { LongText, Name, Slug, WebUrl } from "../../http/fields.ts";
import { JOIN_POLICIES, ORGANIZATION_KINDS, OWNERSHIPS } from "./values.ts";

/** The request bodies, which are also the services' input types. */
export const NewOrganizationInput = z
  .strictObject({
    slug: Slug,
    name: Name,
    kind: z.enum(ORGANIZATION_KINDS),
    ownership: z.enum(OWNERSHIPS).optional().openapi({ description: "Required for enterprises, refused for other kinds." }),
    description: LongText(5000).optional(),
    website: WebUrl.nullable().optional(),
    joinPolicy: z.enum(JOIN_POLICIES).optional().openapi({ description: "Defaults to open for communities, approval otherwise." }),
  })
  .openapi("NewOrganization");
export type NewOrganization = z.output<typeof NewOrganizationInput>;

export const OrganizationPatchInput = z
  .strictObject({
    name: Name.optional(),
    description: LongText(5000).optional(),
    website: WebUrl.nullable().optional(),
    joinPolicy: z.enum(JOIN_POLICIES).optional(),
    ownership: z.enum(OWNERSHIPS).optional(),
  })
  .openapi("OrganizationPatch");
export type OrganizationPatch = z.output<typeof OrganizationPatchInput>;
