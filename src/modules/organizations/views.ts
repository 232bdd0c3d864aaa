import { z } from "@hono/zod-openapi";
import { JOIN_POLICIES, ORGANIZATION_KINDS, OWNERSHIPS } from "./schema.ts";
import type { Organization } from "./service.ts";

export const OrganizationSchema = z
  .object({
    id: z.string(),
    slug: z.string(),
    name: z.string(),
    kind: z.enum(ORGANIZATION_KINDS),
    ownership: z.enum(OWNERSHIPS).nullable(),
    description: z.string(),
    website: z.string().nullable(),
    joinPolicy: z.enum(JOIN_POLICIES),
    memberCount: z.number().int(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .openapi("Organization");

export const StandingSchema = z
  .object({
    role: z.enum(["member", "maintainer", "steward", "treasurer"]).nullable(),
    status: z.enum(["active", "pending", "invited"]).nullable(),
    canGovern: z.boolean().openapi({ description: "Whether the viewer may edit the organization and manage its members." }),
  })
  .openapi("Standing");

export const OrganizationProfileSchema = OrganizationSchema.extend({
  roles: z.record(z.string(), z.number().int()).openapi({ description: "Active members per role." }),
  viewer: StandingSchema,
}).openapi("OrganizationProfile");

export const organizationView = (o: Organization & { memberCount: number }) => ({
  id: o.id,
  slug: o.slug,
  name: o.name,
  kind: o.kind,
  ownership: o.ownership,
  description: o.description,
  website: o.website,
  joinPolicy: o.joinPolicy,
  memberCount: o.memberCount,
  createdAt: o.createdAt.toISOString(),
  updatedAt: o.updatedAt.toISOString(),
});
