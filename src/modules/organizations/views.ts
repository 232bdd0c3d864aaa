import { z } from "@hono/zod-openapi";
import { nullable } from "../../http/responses.ts";
import { MembershipStatus, Role } from "../memberships/views.ts";
import { JOIN_POLICIES, ORGANIZATION_KINDS, OWNERSHIPS } from "./schema.ts";
import type { Organization } from "./service.ts";

export const OrganizationKind = z.enum(ORGANIZATION_KINDS).openapi("OrganizationKind");
export const Ownership = z.enum(OWNERSHIPS).openapi("Ownership", { description: "An enterprise's ownership form." });
export const JoinPolicy = z.enum(JOIN_POLICIES).openapi("JoinPolicy");

/** An organization named next to something else. */
export const OrganizationRefSchema = z.object({ slug: z.string(), name: z.string(), kind: OrganizationKind }).openapi("OrganizationRef");

export const OrganizationSchema = z
  .object({
    id: z.string(),
    slug: z.string(),
    name: z.string(),
    kind: OrganizationKind,
    ownership: nullable(Ownership),
    description: z.string(),
    website: z.string().nullable(),
    joinPolicy: JoinPolicy,
    memberCount: z.number().int(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .openapi("Organization");

export const StandingSchema = z
  .object({
    role: nullable(Role),
    status: nullable(MembershipStatus),
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

export type OrganizationView = ReturnType<typeof organizationView>;
