import { describe } from "vitest";
import { addMember, ensureInstance, makeCommons, makeOrg, makePerson, type TestPerson } from "../../test/factories.ts";
import { setupApi } from "../../test/harness.ts";
import { authorizationMatrix, type MatrixCase } from "../../test/matrix.ts";
import { contributions } from "../contributions/schema.ts";
import { needs, needTakers } from "./schema.ts";

/**
 * Who may do what on the needs board, route by route; each cell runs against a fresh little world,
 * so one cell's write cannot change another's outcome. "maintainer" and "steward" hold those roles
 * in the need's scope (the commons' community, or the organization).
 */
const api = setupApi();

type Who = "anonymous" | "outsider" | "member" | "taker" | "author" | "maintainer" | "steward" | "admin";
const WHO: Who[] = ["anonymous", "outsider", "member", "taker", "author", "maintainer", "steward", "admin"];

interface World {
  commonsSlug: string;
  orgSlug: string;
  needId: string;
  orgNeedId: string;
  doneNeedId: string;
  /** A contribution on the need's commons by someone with no other part in it. */
  contributionId: string;
  /** A contribution on the same commons by each person in the world. */
  ownContribution: Record<Who, string>;
  as: Record<Who, string | undefined>;
}

async function world(): Promise<World> {
  await ensureInstance(api.db);
  const steward = await makePerson(api.db);
  const people: Record<Exclude<Who, "anonymous" | "steward">, TestPerson> = {
    outsider: await makePerson(api.db),
    member: await makePerson(api.db),
    taker: await makePerson(api.db),
    author: await makePerson(api.db),
    maintainer: await makePerson(api.db),
    admin: await makePerson(api.db, { isAdmin: true }),
  };
  const stranger = await makePerson(api.db);
  const commons = await makeCommons(api.db, steward);
  const org = await makeOrg(api.db, steward, { kind: "association" });
  for (const scope of [commons.community, org]) {
    await addMember(api.db, scope, people.member, "member");
    await addMember(api.db, scope, people.maintainer, "maintainer");
  }
  const [need, orgNeed, done] = await api.db
    .insert(needs)
    .values([
      { type: "need", title: "Commons need", commonsId: commons.id, authorId: people.author.id, takerCount: 1 },
      { type: "need", title: "Organization need", organizationId: org.id, authorId: people.author.id },
      { type: "need", title: "Done", commonsId: commons.id, authorId: people.author.id, status: "done", closedAt: new Date() },
    ])
    .returning();
  if (!need || !orgNeed || !done) throw new Error("no needs");
  await api.db.insert(needTakers).values({ needId: need.id, personId: people.taker.id });
  const everyone = { ...people, steward, anonymous: stranger };
  const made = await api.db
    .insert(contributions)
    .values(
      WHO.map((who) => ({
        commonsId: commons.id,
        authorId: everyone[who].id,
        type: "work" as const,
        kind: "code" as const,
        minutes: 60,
        performedOn: new Date().toISOString().slice(0, 10),
        title: `Work by ${who}`,
      })),
    )
    .returning({ id: contributions.id });
  const ownContribution = Object.fromEntries(WHO.map((who, i) => [who, made[i]?.id ?? ""])) as Record<Who, string>;
  return {
    commonsSlug: commons.slug,
    orgSlug: org.slug,
    needId: need.id,
    orgNeedId: orgNeed.id,
    doneNeedId: done.id,
    contributionId: ownContribution.anonymous,
    ownContribution,
    as: {
      anonymous: undefined,
      outsider: people.outsider.token,
      member: people.member.token,
      taker: people.taker.token,
      author: people.author.token,
      maintainer: people.maintainer.token,
      steward: steward.token,
      admin: people.admin.token,
    },
  };
}

type Case = MatrixCase<World, Who>;

const all = (status: number) => Object.fromEntries(WHO.map((w) => [w, status])) as Record<Who, number>;
const signedIn = (status: number) => ({ ...all(status), anonymous: 401 });
/** The author and the scope's maintainers, stewards and the admin. */
const keepers = (status: number) => ({ ...signedIn(403), author: status, maintainer: status, steward: status, admin: status });
/** Those doing the work as well. */
const workers = (status: number) => ({ ...keepers(status), taker: status });

const CASES: Case[] = [
  { route: "GET /needs", request: (w) => ({ method: "GET", path: `/api/needs?commons=${w.commonsSlug}&sort=urgent` }), expect: all(200) },
  { route: "GET /needs/{id}", request: (w) => ({ method: "GET", path: `/api/needs/${w.needId}` }), expect: all(200) },
  {
    route: "POST /commons/{slug}/needs",
    request: (w) => ({ method: "POST", path: `/api/commons/${w.commonsSlug}/needs`, body: { type: "offer", title: "Spare parts" } }),
    expect: signedIn(201),
  },
  {
    route: "POST /organizations/{slug}/needs",
    request: (w) => ({ method: "POST", path: `/api/organizations/${w.orgSlug}/needs`, body: { type: "need", title: "Volunteers" } }),
    expect: signedIn(201),
  },
  {
    route: "PATCH /needs/{id}",
    request: (w) => ({ method: "PATCH", path: `/api/needs/${w.needId}`, body: { urgency: "high" } }),
    expect: keepers(200),
  },
  {
    route: "PATCH /needs/{id} (an organization's need)",
    request: (w) => ({ method: "PATCH", path: `/api/needs/${w.orgNeedId}`, body: { title: "Renamed" } }),
    expect: keepers(200),
  },
  {
    route: "POST /needs/{id}/take-up",
    request: (w) => ({ method: "POST", path: `/api/needs/${w.needId}/take-up` }),
    expect: { ...signedIn(201), taker: 409 },
  },
  {
    route: "POST /needs/{id}/take-up (a done need)",
    request: (w) => ({ method: "POST", path: `/api/needs/${w.doneNeedId}/take-up` }),
    expect: signedIn(409),
  },
  {
    route: "DELETE /needs/{id}/take-up",
    request: (w) => ({ method: "DELETE", path: `/api/needs/${w.needId}/take-up` }),
    expect: { ...signedIn(409), taker: 200 },
  },
  {
    route: "POST /needs/{id}/updates",
    request: (w) => ({ method: "POST", path: `/api/needs/${w.needId}/updates`, body: { body: "Halfway there" } }),
    expect: workers(201),
  },
  {
    route: "POST /needs/{id}/links (someone else's contribution)",
    request: (w) => ({ method: "POST", path: `/api/needs/${w.needId}/links`, body: { contribution: w.contributionId } }),
    expect: workers(201),
  },
  {
    route: "POST /needs/{id}/links (the actor's own contribution)",
    request: (w, who) => ({ method: "POST", path: `/api/needs/${w.needId}/links`, body: { contribution: w.ownContribution[who] } }),
    expect: signedIn(201),
  },
  {
    route: "POST /needs/{id}/close",
    request: (w) => ({ method: "POST", path: `/api/needs/${w.needId}/close`, body: { note: "Done" } }),
    expect: keepers(200),
  },
  {
    route: "POST /needs/{id}/reopen",
    request: (w) => ({ method: "POST", path: `/api/needs/${w.doneNeedId}/reopen` }),
    expect: keepers(200),
  },
];

describe("needs authorization matrix", () => {
  authorizationMatrix(api, WHO, world, CASES);
});
