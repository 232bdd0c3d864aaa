import { describe } from "vitest";
import { addMember, ensureInstance, makeOrg, makePerson } from "../../test/factories.ts";
import { setupApi } from "../../test/harness.ts";
import { authorizationMatrix, type MatrixCase } from "../../test/matrix.ts";
import { remoteFollowers } from "./schema.ts";

/**
 * Who may do what in federation, route by route, each cell against a fresh little world: an
 * organization that approves its members, with one pending follower from another instance. Following
 * someone elsewhere needs another instance, and is tested with two in federation.test.ts.
 */
const api = setupApi();

type Who = "anonymous" | "outsider" | "member" | "steward" | "admin";
const WHO: Who[] = ["anonymous", "outsider", "member", "steward", "admin"];

interface World {
  orgSlug: string;
  follower: string;
  as: Record<Who, string | undefined>;
}

let n = 0;
async function world(): Promise<World> {
  await ensureInstance(api.db);
  const steward = await makePerson(api.db);
  const member = await makePerson(api.db);
  const outsider = await makePerson(api.db);
  const admin = await makePerson(api.db, { isAdmin: true });
  const org = await makeOrg(api.db, steward, { joinPolicy: "approval" });
  await addMember(api.db, org, member);
  const follower = `https://elsewhere.example/users/f${++n}`;
  await api.db.insert(remoteFollowers).values({
    actorId: org.id,
    followerUri: follower,
    handle: `@f${n}@elsewhere.example`,
    inbox: `${follower}/inbox`,
    followId: `${follower}#follows/1`,
    status: "pending",
  });
  return {
    orgSlug: org.slug,
    follower,
    as: { anonymous: undefined, outsider: outsider.token, member: member.token, steward: steward.token, admin: admin.token },
  };
}

const all = (status: number) => Object.fromEntries(WHO.map((w) => [w, status])) as Record<Who, number>;
const signedIn = (status: number) => ({ ...all(status), anonymous: 401 });
const governors = (status: number) => ({ ...signedIn(403), steward: status, admin: status });
const adminOnly = (status: number) => ({ ...signedIn(403), admin: status });

const CASES: MatrixCase<World, Who>[] = [
  { route: "GET /federation/follows", request: () => ({ method: "GET", path: "/api/federation/follows" }), expect: signedIn(200) },
  { route: "GET /federation/feed", request: () => ({ method: "GET", path: "/api/federation/feed" }), expect: signedIn(200) },
  { route: "GET /federation/take-ups", request: () => ({ method: "GET", path: "/api/federation/take-ups" }), expect: signedIn(200) },
  {
    route: "GET /organizations/{slug}/remote-followers",
    request: (w) => ({ method: "GET", path: `/api/organizations/${w.orgSlug}/remote-followers` }),
    expect: governors(200),
  },
  {
    route: "POST /organizations/{slug}/remote-followers/answer",
    request: (w) => ({
      method: "POST",
      path: `/api/organizations/${w.orgSlug}/remote-followers/answer`,
      body: { follower: w.follower, accept: true },
    }),
    expect: governors(200),
  },
  { route: "GET /federation/blocks", request: () => ({ method: "GET", path: "/api/federation/blocks" }), expect: adminOnly(200) },
  { route: "GET /federation/status", request: () => ({ method: "GET", path: "/api/federation/status" }), expect: adminOnly(200) },
  {
    route: "POST /federation/blocks",
    request: () => ({ method: "POST", path: "/api/federation/blocks", body: { target: "spam.example" } }),
    expect: adminOnly(201),
  },
  {
    route: "POST /federation/blocks/undo",
    request: () => ({ method: "POST", path: "/api/federation/blocks/undo", body: { target: "never-blocked.example" } }),
    expect: adminOnly(404),
  },
];

describe("federation: who may do what", () => {
  authorizationMatrix(api, WHO, world, CASES);
});
