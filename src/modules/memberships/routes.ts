import { createRoute, z } from "@hono/zod-openapi";
import { Handle, Slug } from "../../http/fields.ts";
import { PageQuery, pageOf } from "../../http/pagination.ts";
import { jsonBody, jsonContent, NoContent, problems, signedIn } from "../../http/responses.ts";
import { createRouter } from "../../http/router.ts";
import { MEMBERSHIP_STATUSES, ROLES } from "./schema.ts";
import { approve, changeRole, invite, join, listMembers, remove } from "./service.ts";
import { MemberSchema, MembershipSchema } from "./views.ts";

const OrgParam = z.object({ slug: Slug });
const MemberParam = z.object({ slug: Slug, handle: Handle });
const membershipView = (m: { id: string; role: (typeof ROLES)[number]; status: (typeof MEMBERSHIP_STATUSES)[number] }) => ({
  id: m.id,
  role: m.role,
  status: m.status,
});

const list = createRoute({
  method: "get",
  path: "/organizations/{slug}/members",
  tags: ["Memberships"],
  summary: "Members by name; stewards may also list pending requests and invitations",
  request: {
    params: OrgParam,
    query: PageQuery.extend({ status: z.enum(MEMBERSHIP_STATUSES).default("active"), role: z.enum(ROLES).optional() }),
  },
  responses: { 200: jsonContent(pageOf(MemberSchema), "A page of members"), ...problems(403, 404) },
});

const joinRoute = createRoute({
  method: "post",
  path: "/organizations/{slug}/join",
  tags: ["Memberships"],
  summary: "Join, ask to join, or accept an invitation",
  description:
    "Open organizations take you in at once (201, status active); approval ones record a request (status pending); invite-only ones need an invitation, which this accepts.",
  security: signedIn,
  request: { params: OrgParam },
  responses: { 201: jsonContent(MembershipSchema, "Your membership"), ...problems(401, 403, 404, 409) },
});

const inviteRoute = createRoute({
  method: "post",
  path: "/organizations/{slug}/invitations",
  tags: ["Memberships"],
  summary: "Invite a person (stewards); approves their request if they already asked",
  security: signedIn,
  request: { params: OrgParam, body: jsonBody(z.strictObject({ handle: Handle, role: z.enum(ROLES).optional() })) },
  responses: { 201: jsonContent(MembershipSchema, "The invitation or membership"), ...problems(401, 403, 404, 409) },
});

const approveRoute = createRoute({
  method: "post",
  path: "/organizations/{slug}/members/{handle}/approve",
  tags: ["Memberships"],
  summary: "Approve a request to join (stewards)",
  security: signedIn,
  request: { params: MemberParam },
  responses: { 200: jsonContent(MembershipSchema, "The membership"), ...problems(401, 403, 404, 409) },
});

const roleRoute = createRoute({
  method: "patch",
  path: "/organizations/{slug}/members/{handle}",
  tags: ["Memberships"],
  summary: "Change a member's role (stewards); the last steward cannot be demoted",
  security: signedIn,
  request: { params: MemberParam, body: jsonBody(z.strictObject({ role: z.enum(ROLES) })) },
  responses: { 200: jsonContent(MembershipSchema, "The membership"), ...problems(401, 403, 404, 409) },
});

const removeRoute = createRoute({
  method: "delete",
  path: "/organizations/{slug}/members/{handle}",
  tags: ["Memberships"],
  summary: "Leave, withdraw a request or decline an invitation (yourself); remove, reject or uninvite (stewards)",
  security: signedIn,
  request: { params: MemberParam },
  responses: { 204: NoContent, ...problems(401, 403, 404, 409) },
});

export const membershipRoutes = createRouter()
  .openapi(list, async (c) => {
    const { slug } = c.req.valid("param");
    return c.json(await listMembers(c.var.deps.db, c.var.actor, slug, c.req.valid("query")), 200);
  })
  .openapi(joinRoute, async (c) => {
    const m = await join(c.var.deps.db, c.var.actor, c.req.valid("param").slug);
    return c.json(membershipView(m), 201);
  })
  .openapi(inviteRoute, async (c) => {
    const { handle, role } = c.req.valid("json");
    const m = await invite(c.var.deps.db, c.var.actor, c.req.valid("param").slug, handle, role);
    return c.json(membershipView(m), 201);
  })
  .openapi(approveRoute, async (c) => {
    const { slug, handle } = c.req.valid("param");
    const m = await approve(c.var.deps.db, c.var.actor, slug, handle);
    return c.json(membershipView(m), 200);
  })
  .openapi(roleRoute, async (c) => {
    const { slug, handle } = c.req.valid("param");
    const m = await changeRole(c.var.deps.db, c.var.actor, slug, handle, c.req.valid("json").role);
    return c.json(membershipView(m), 200);
  })
  .openapi(removeRoute, async (c) => {
    const { slug, handle } = c.req.valid("param");
    await remove(c.var.deps.db, c.var.actor, slug, handle);
    return c.body(null, 204);
  });
