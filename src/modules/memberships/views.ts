import { z } from "@hono/zod-openapi";
import { MEMBERSHIP_STATUSES, ROLES } from "./schema.ts";

export const Role = z.enum(ROLES).openapi("Role");
export const MembershipStatus = z.enum(MEMBERSHIP_STATUSES).openapi("MembershipStatus");

export const MembershipSchema = z.object({ id: z.string(), role: Role, status: MembershipStatus }).openapi("Membership");

export const MemberSchema = MembershipSchema.extend({
  since: z.string(),
  person: z.object({ id: z.string(), handle: z.string(), name: z.string() }),
}).openapi("Member");
