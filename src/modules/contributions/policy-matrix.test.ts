import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { addMember, ensureInstance, makeCommons, makeOrg, makePerson } from "../../test/factories.ts";
import { setupApi } from "../../test/harness.ts";
import { authorizationMatrix, type MatrixCase } from "../../test/matrix.ts";

/**
 * Who may do what with commons, documents and contributions. Reading needs no account;
 * proposing needs only one; reviewing needs the commons' maintainers; a proposal is its author's.
 */
const api = setupApi();

type Who = "anonymous" | "outsider" | "member" | "maintainer" | "steward" | "author" | "admin";
const WHO: Who[] = ["anonymous", "outsider", "member", "maintainer", "steward", "author", "admin"];

interface World {
  slug: string;
  community: string;
  proposal: string;
  as: Record<Who, string | undefined>;
}

async function world(): Promise<World> {
  await ensureInstance(api.db);
  const [steward, member, maintainer, author, outsider, admin] = await Promise.all([
    makePerson(api.db),
    makePerson(api.db),
    makePerson(api.db),
    makePerson(api.db),
    makePerson(api.db),
    makePerson(api.db, { isAdmin: true }),
  ]);
  const commons = await makeCommons(api.db, steward);
  await addMember(api.db, commons.community, member);
  await addMember(api.db, commons.community, maintainer, "maintainer");
  const doc = await api.call("POST", `/api/commons/${commons.slug}/contributions`, {
    as: steward.token,
    body: { type: "new_document", title: "Start", path: "readme.md", documentTitle: "Readme", content: "hello\n" },
  });
  await api.call("POST", `/api/contributions/${doc.body.id}/accept`, { as: steward.token, body: {} });
  const proposal = await api.call("POST", `/api/commons/${commons.slug}/contributions`, {
    as: author.token,
    body: { type: "edit", title: "Greet", document: "readme.md", baseRevision: 1, content: "hello, world\n" },
  });
  return {
    slug: commons.slug,
    community: commons.community.slug,
    proposal: proposal.body.id,
    as: {
      anonymous: undefined,
      outsider: outsider.token,
      member: member.token,
      maintainer: maintainer.token,
      steward: steward.token,
      author: author.token,
      admin: admin.token,
    },
  };
}

const all = (s: number): Record<Who, number> => Object.fromEntries(WHO.map((w) => [w, s])) as Record<Who, number>;
const signedIn = (s: number) => ({ ...all(s), anonymous: 401 });
const maintainers = (s: number): Record<Who, number> => ({ ...signedIn(403), maintainer: s, steward: s, admin: s });
const stewards = (s: number): Record<Who, number> => ({ ...signedIn(403), steward: s, admin: s });
const fresh = () => `x-${randomBytes(3).toString("hex")}`;

type Case = MatrixCase<World, Who>;

const CASES: Case[] = [
  { route: "GET /commons", request: () => ({ method: "GET", path: "/api/commons" }), expect: all(200) },
  { route: "GET /commons/{slug}", request: (w) => ({ method: "GET", path: `/api/commons/${w.slug}` }), expect: all(200) },
  {
    route: "GET /commons/{slug}/documents/{path}",
    request: (w) => ({ method: "GET", path: `/api/commons/${w.slug}/documents/readme.md` }),
    expect: all(200),
  },
  { route: "GET /contributions/{id}", request: (w) => ({ method: "GET", path: `/api/contributions/${w.proposal}` }), expect: all(200) },
  { route: "GET /commons/{slug}/credit", request: (w) => ({ method: "GET", path: `/api/commons/${w.slug}/credit` }), expect: all(200) },
  {
    route: "POST /commons",
    request: (w) => ({ method: "POST", path: "/api/commons", body: { slug: fresh(), title: "T", licence: "MIT", community: w.community } }),
    expect: stewards(201),
  },
  {
    route: "PATCH /commons/{slug}",
    request: (w) => ({ method: "PATCH", path: `/api/commons/${w.slug}`, body: { summary: "New" } }),
    expect: stewards(200),
  },
  {
    route: "POST /commons/{slug}/contributions",
    request: (w) => ({
      method: "POST",
      path: `/api/commons/${w.slug}/contributions`,
      body: { type: "work", kind: "research", title: "Looked into it", hours: 2 },
    }),
    expect: signedIn(201),
  },
  {
    route: "POST /contributions/{id}/accept",
    request: (w) => ({ method: "POST", path: `/api/contributions/${w.proposal}/accept`, body: {} }),
    expect: maintainers(200),
  },
  {
    route: "POST /contributions/{id}/reject",
    request: (w) => ({ method: "POST", path: `/api/contributions/${w.proposal}/reject`, body: { note: "No." } }),
    expect: maintainers(200),
  },
  {
    route: "PATCH /contributions/{id}",
    request: (w) => ({ method: "PATCH", path: `/api/contributions/${w.proposal}`, body: { title: "Greet everyone" } }),
    expect: { ...signedIn(403), author: 200 },
  },
  {
    route: "POST /contributions/{id}/withdraw",
    request: (w) => ({ method: "POST", path: `/api/contributions/${w.proposal}/withdraw` }),
    expect: { ...signedIn(403), author: 200, admin: 200 },
  },
  {
    route: "POST /contributions/{id}/support",
    request: (w) => ({ method: "POST", path: `/api/contributions/${w.proposal}/support` }),
    expect: signedIn(200),
  },
  {
    route: "POST /commons/{slug}/forks (new community)",
    request: (w) => ({
      method: "POST",
      path: `/api/commons/${w.slug}/forks`,
      body: { slug: fresh(), newCommunity: { slug: fresh(), name: "Fork home" } },
    }),
    expect: signedIn(201),
  },
  {
    route: "POST /commons/{slug}/forks (into the origin's community)",
    request: (w) => ({ method: "POST", path: `/api/commons/${w.slug}/forks`, body: { slug: fresh(), community: w.community } }),
    expect: stewards(201),
  },
];

describe("commons and contributions authorization matrix", () => {
  authorizationMatrix(api, WHO, world, CASES);
});

it("an enterprise cannot hold a commons", async () => {
  const steward = await makePerson(api.db);
  const enterprise = await makeOrg(api.db, steward, { kind: "enterprise" });
  const res = await api.call("POST", "/api/commons", {
    as: steward.token,
    body: { slug: fresh(), title: "T", licence: "MIT", community: enterprise.slug },
  });
  expect(res.status).toBe(422);
});
