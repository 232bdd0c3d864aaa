import { describe } from "vitest";
import { addMember, ensureInstance, makeOrg, makePerson, type TestPerson } from "../test/factories.ts";
import { setupApi } from "../test/harness.ts";
import { authorizationMatrix, type MatrixCase } from "../test/matrix.ts";
import { affiliations } from "./affiliations/schema.ts";

/**
 * Who may do what, route by route: each cell runs against a fresh little world, so
 * one cell's write cannot change another's outcome.
 */
const api = setupApi();

type Who = "anonymous" | "outsider" | "member" | "steward" | "admin";
const WHO: Who[] = ["anonymous", "outsider", "member", "steward", "admin"];

interface World {
  slug: string;
  target: TestPerson;
  pending: TestPerson;
  affiliationId: string;
  as: Record<Who, string | undefined>;
}

async function world(): Promise<World> {
  await ensureInstance(api.db);
  const steward = await makePerson(api.db);
  const org = await makeOrg(api.db, steward, { kind: "enterprise", ownership: "cooperative", joinPolicy: "open" });
  const member = await makePerson(api.db);
  const target = await makePerson(api.db);
  const pending = await makePerson(api.db);
  const outsider = await makePerson(api.db);
  const admin = await makePerson(api.db, { isAdmin: true });
  await addMember(api.db, org, member);
  await addMember(api.db, org, target);
  await addMember(api.db, org, pending, "member", "pending");
  const [aff] = await api.db.insert(affiliations).values({ personId: target.id, enterpriseId: org.id, startsOn: "2025-01-01" }).returning();
  return {
    slug: org.slug,
    target,
    pending,
    affiliationId: aff?.id ?? "",
    as: { anonymous: undefined, outsider: outsider.token, member: member.token, steward: steward.token, admin: admin.token },
  };
}

type Case = MatrixCase<World, Who>;

const all = (status: number): Record<Who, number> => ({
  anonymous: status,
  outsider: status,
  member: status,
  steward: status,
  admin: status,
});
const signedIn = (status: number): Record<Who, number> => ({ ...all(status), anonymous: 401 });
const stewards = (status: number): Record<Who, number> => ({ anonymous: 401, outsider: 403, member: 403, steward: status, admin: status });

const CASES: Case[] = [
  { route: "GET /organizations/{slug}", request: (w) => ({ method: "GET", path: `/api/organizations/${w.slug}` }), expect: all(200) },
  { route: "GET /organizations", request: () => ({ method: "GET", path: "/api/organizations?q=org" }), expect: all(200) },
  {
    route: "GET /organizations/{slug}/members",
    request: (w) => ({ method: "GET", path: `/api/organizations/${w.slug}/members` }),
    expect: all(200),
  },
  { route: "GET /activities", request: (w) => ({ method: "GET", path: `/api/activities?organization=${w.slug}` }), expect: all(200) },
  { route: "GET /people/{handle}", request: (w) => ({ method: "GET", path: `/api/people/${w.target.handle}` }), expect: all(200) },
  {
    route: "GET /organizations/{slug}/affiliations",
    request: (w) => ({ method: "GET", path: `/api/organizations/${w.slug}/affiliations` }),
    expect: all(200),
  },
  {
    route: "POST /organizations",
    request: () => ({
      method: "POST",
      path: "/api/organizations",
      body: { slug: `m-${Math.random().toString(36).slice(2, 8)}`, name: "M", kind: "community" },
    }),
    expect: signedIn(201),
  },
  {
    route: "PATCH /organizations/{slug}",
    request: (w) => ({ method: "PATCH", path: `/api/organizations/${w.slug}`, body: { name: "Renamed" } }),
    expect: stewards(200),
  },
  {
    route: "POST /organizations/{slug}/join",
    request: (w) => ({ method: "POST", path: `/api/organizations/${w.slug}/join` }),
    expect: { anonymous: 401, outsider: 201, member: 409, steward: 409, admin: 201 },
  },
  {
    route: "GET /organizations/{slug}/members?status=pending",
    request: (w) => ({ method: "GET", path: `/api/organizations/${w.slug}/members?status=pending` }),
    expect: stewards(200),
  },
  {
    route: "POST /organizations/{slug}/invitations",
    request: (w) => ({ method: "POST", path: `/api/organizations/${w.slug}/invitations`, body: { handle: w.pending.handle } }),
    expect: stewards(201),
  },
  {
    route: "POST /organizations/{slug}/members/{handle}/approve",
    request: (w) => ({ method: "POST", path: `/api/organizations/${w.slug}/members/${w.pending.handle}/approve` }),
    expect: stewards(200),
  },
  {
    route: "PATCH /organizations/{slug}/members/{handle}",
    request: (w) => ({ method: "PATCH", path: `/api/organizations/${w.slug}/members/${w.target.handle}`, body: { role: "maintainer" } }),
    expect: stewards(200),
  },
  {
    route: "DELETE /organizations/{slug}/members/{handle}",
    request: (w) => ({ method: "DELETE", path: `/api/organizations/${w.slug}/members/${w.target.handle}` }),
    expect: stewards(204),
  },
  {
    route: "POST /affiliations/{id}/review",
    request: (w) => ({ method: "POST", path: `/api/affiliations/${w.affiliationId}/review`, body: { decision: "confirmed" } }),
    expect: stewards(200),
  },
  {
    route: "PATCH /affiliations/{id} (someone else's)",
    request: (w) => ({ method: "PATCH", path: `/api/affiliations/${w.affiliationId}`, body: { note: "edited" } }),
    expect: { anonymous: 401, outsider: 403, member: 403, steward: 403, admin: 403 },
  },
  {
    route: "DELETE /affiliations/{id} (someone else's)",
    request: (w) => ({ method: "DELETE", path: `/api/affiliations/${w.affiliationId}` }),
    expect: { anonymous: 401, outsider: 403, member: 403, steward: 403, admin: 403 },
  },
  {
    route: "POST /affiliations",
    request: (w) => ({ method: "POST", path: "/api/affiliations", body: { enterprise: w.slug, startsOn: "2026-01-01" } }),
    expect: signedIn(201),
  },
  { route: "PATCH /me", request: () => ({ method: "PATCH", path: "/api/me", body: { bio: "hi" } }), expect: signedIn(200) },
  { route: "GET /me/tokens", request: () => ({ method: "GET", path: "/api/me/tokens" }), expect: signedIn(200) },
  // Tokens are created in a signed-in session, never with a token (src/modules/accounts/account-guards.test.ts).
  { route: "POST /me/tokens", request: () => ({ method: "POST", path: "/api/me/tokens", body: { name: "ci" } }), expect: signedIn(403) },
  {
    route: "PATCH /instance",
    request: () => ({ method: "PATCH", path: "/api/instance", body: { description: "x" } }),
    expect: { anonymous: 401, outsider: 403, member: 403, steward: 403, admin: 200 },
  },
];

describe("authorization matrix", () => {
  authorizationMatrix(api, WHO, world, CASES);
});
