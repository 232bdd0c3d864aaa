import { describe } from "vitest";
import { ensureInstance, makePerson, type TestPerson } from "../../test/factories.ts";
import { setupApi } from "../../test/harness.ts";
import { authorizationMatrix, type MatrixCase } from "../../test/matrix.ts";
import { afterDays, type City, city, eligibleProjects, openCall } from "../../test/worlds/city.ts";
import { advancePhases } from "./calls.ts";
import { computeResults } from "./results.ts";

/**
 * Who may do what in a participatory budget, route by route, each cell against a fresh call of one
 * city (its steward, a reviewer who is a maintainer, its treasurer) with a fresh project by a fresh
 * author; a resident is anyone else signed in.
 */
const api = setupApi();

type Who = "anonymous" | "resident" | "author" | "reviewer" | "steward" | "treasurer" | "admin";
const WHO: Who[] = ["anonymous", "resident", "author", "reviewer", "steward", "treasurer", "admin"];

interface World {
  call: string;
  project: string;
  city: City;
  as: Record<Who, string | undefined>;
}

let shared: { city: City; resident: TestPerson; admin: TestPerson } | null = null;

async function world(phase: "submission" | "voting" | "implementation", over: Record<string, unknown> = {}): Promise<World> {
  await ensureInstance(api.db);
  shared ??= { city: await city(api), resident: await makePerson(api.db), admin: await makePerson(api.db, { isAdmin: true }) };
  const c = shared.city;
  const author = await makePerson(api.db);
  const call = await openCall(api, c, over);
  const [project] = await eligibleProjects(api, c, call.slug, author, [{ title: "Benches", cost: 100_000 }]);
  if (phase !== "submission") {
    await afterDays(api, 2.1);
    await advancePhases(api.db, computeResults);
  }
  if (phase === "implementation") {
    await api.call("PUT", `/api/calls/${call.slug}/ballot`, { as: author.token, body: { projects: [{ project }] } });
    await afterDays(api, 1);
    await advancePhases(api.db, computeResults);
    await api.call("POST", `/api/calls/${call.slug}/grants/${project}/tranches`, {
      as: c.steward.token,
      body: { tranches: [{ milestone: "Start", amount: 50_000 }] },
    });
  }
  const tokens = {
    resident: shared.resident,
    author,
    reviewer: c.reviewer,
    steward: c.steward,
    treasurer: c.treasurer,
    admin: shared.admin,
  };
  const as = Object.fromEntries(Object.entries(tokens).map(([k, p]) => [k, p.token])) as Record<Who, string | undefined>;
  as.anonymous = undefined;
  return { call: call.slug, project: project!, city: c, as };
}

const row = (anonymous: number, resident: number, author: number, reviewer: number, steward: number, treasurer: number, admin: number) => ({
  anonymous,
  resident,
  author,
  reviewer,
  steward,
  treasurer,
  admin,
});

const during: MatrixCase<World, Who>[] = [
  {
    route: "POST /calls (a public body's stewards)",
    request: (w) => ({
      method: "POST",
      path: "/api/calls",
      body: {
        organization: w.city.body.slug,
        slug: `m-${Math.random().toString(36).slice(2, 10)}`,
        title: "Another call",
        budget: 10_000,
        submissionOpens: "2030-01-01T00:00:00Z",
        reviewOpens: "2030-02-01T00:00:00Z",
        votingOpens: "2030-03-01T00:00:00Z",
        votingCloses: "2030-04-01T00:00:00Z",
        implementationOpens: "2030-05-01T00:00:00Z",
        ballotType: "approval",
      },
    }),
    expect: row(401, 403, 403, 403, 201, 403, 201),
  },
  {
    route: "PATCH /calls/{slug}/projects/{number} (its author)",
    request: (w) => ({ method: "PATCH", path: `/api/calls/${w.call}/projects/${w.project}`, body: { title: "Better benches" } }),
    expect: row(401, 403, 200, 403, 403, 403, 200),
  },
  {
    route: "POST /calls/{slug}/projects/{number}/review (the body's reviewers)",
    request: (w) => ({
      method: "POST",
      path: `/api/calls/${w.call}/projects/${w.project}/review`,
      body: { eligible: false, reason: "No land." },
    }),
    expect: row(401, 403, 403, 200, 200, 403, 200),
  },
  {
    route: "PUT /calls/{slug}/projects/{number}/support (anyone signed in)",
    request: (w) => ({ method: "PUT", path: `/api/calls/${w.call}/projects/${w.project}/support` }),
    expect: row(401, 200, 200, 200, 200, 200, 200),
  },
  {
    route: "POST /calls/{slug}/register (the body's stewards)",
    request: (w) => ({ method: "POST", path: `/api/calls/${w.call}/register`, body: { identifiers: ["A-1"] } }),
    expect: row(401, 403, 403, 403, 200, 403, 200),
  },
];

const voting: MatrixCase<World, Who>[] = [
  {
    route: "POST /calls/{slug}/paper-ballots (the body's reviewers)",
    request: (w) => ({
      method: "POST",
      path: `/api/calls/${w.call}/paper-ballots`,
      body: { reference: "P-1", projects: [{ project: w.project }] },
    }),
    expect: row(401, 403, 403, 201, 201, 403, 201),
  },
  {
    route: "PUT /calls/{slug}/ballot (anyone signed in)",
    request: (w) => ({ method: "PUT", path: `/api/calls/${w.call}/ballot`, body: { projects: [{ project: w.project }] } }),
    expect: row(401, 200, 200, 200, 200, 200, 200),
  },
];

const after: MatrixCase<World, Who>[] = [
  {
    route: "POST /calls/{slug}/results (the body's stewards)",
    request: (w) => ({ method: "POST", path: `/api/calls/${w.call}/results` }),
    expect: row(401, 403, 403, 403, 200, 403, 200),
  },
  {
    route: "POST /calls/{slug}/grants/{number}/tranches/{position}/pay (the body's treasurers)",
    request: (w) => ({ method: "POST", path: `/api/calls/${w.call}/grants/${w.project}/tranches/1/pay`, body: {} }),
    expect: row(401, 403, 403, 403, 403, 200, 200),
  },
  {
    route: "POST /calls/{slug}/grants/{number}/reports (the project's team)",
    request: (w) => ({
      method: "POST",
      path: `/api/calls/${w.call}/grants/${w.project}/reports`,
      body: { body: "Half done.", progress: 50 },
    }),
    expect: row(401, 403, 201, 403, 403, 403, 403),
  },
];

describe("participatory budgets: who may do what", () => {
  describe("while projects are submitted", () => authorizationMatrix(api, WHO, () => world("submission", { voters: "register" }), during));
  describe("while voting is open", () => authorizationMatrix(api, WHO, () => world("voting"), voting));
  describe("once the winners are funded", () => authorizationMatrix(api, WHO, () => world("implementation"), after));
});
