import { describe } from "vitest";
import { ensureInstance, makePerson } from "../../test/factories.ts";
import { setupApi } from "../../test/harness.ts";
import { authorizationMatrix, type MatrixCase } from "../../test/matrix.ts";
import { addContributions, valueWorld } from "../../test/worlds/value.ts";

/**
 * Who may do what with a commons' value equation and distributions. "steward" stewards the commons'
 * community; "treasurer" keeps the steward association's books; the admin belongs to neither.
 */
const api = setupApi();

type Who = "anonymous" | "outsider" | "steward" | "treasurer" | "admin";
const WHO: Who[] = ["anonymous", "outsider", "steward", "treasurer", "admin"];
const TO = "2026-03-31";

interface World {
  commons: string;
  association: string;
  contributor: string;
  distributionId: string;
  as: Record<Who, string | undefined>;
}

async function world(): Promise<World> {
  await ensureInstance(api.db);
  const w = await valueWorld(api, 1);
  const [contributor] = w.people;
  if (!contributor) throw new Error("no contributor");
  await addContributions(api, w.commons.id, [{ author: contributor, minutes: 60, on: TO }]);
  const posted = await api.call("POST", `/api/commons/${w.commons.slug}/distributions`, {
    as: w.treasurer.token,
    body: { amount: 1000, windowTo: TO },
  });
  if (posted.status !== 201) throw new Error(JSON.stringify(posted.body));
  return {
    commons: w.commons.slug,
    association: w.association.slug,
    contributor: contributor.handle,
    distributionId: posted.body.id,
    as: {
      anonymous: undefined,
      outsider: (await makePerson(api.db)).token,
      steward: w.steward.token,
      treasurer: w.treasurer.token,
      admin: (await makePerson(api.db, { isAdmin: true })).token,
    },
  };
}

const equation = { buckets: [], weights: [], reviewPoints: 1, windowDays: 30, halfLifeDays: null };

const cases: MatrixCase<World, Who>[] = [
  {
    route: "GET /commons/{slug}/value-equation",
    request: (w) => ({ method: "GET", path: `/api/commons/${w.commons}/value-equation` }),
    expect: { anonymous: 200, outsider: 200, steward: 200, treasurer: 200, admin: 200 },
  },
  {
    route: "PUT /commons/{slug}/value-equation",
    request: (w) => ({ method: "PUT", path: `/api/commons/${w.commons}/value-equation`, body: equation }),
    expect: { anonymous: 401, outsider: 403, steward: 200, treasurer: 403, admin: 200 },
  },
  {
    route: "POST /commons/{slug}/distributions/preview",
    request: (w) => ({ method: "POST", path: `/api/commons/${w.commons}/distributions/preview`, body: { amount: 500, windowTo: TO } }),
    expect: { anonymous: 401, outsider: 403, steward: 200, treasurer: 200, admin: 200 },
  },
  {
    route: "POST /commons/{slug}/distributions",
    request: (w) => ({ method: "POST", path: `/api/commons/${w.commons}/distributions`, body: { amount: 500, windowTo: TO } }),
    expect: { anonymous: 401, outsider: 403, steward: 403, treasurer: 201, admin: 403 },
  },
  {
    route: "POST /organizations/{slug}/payouts",
    request: (w) => ({ method: "POST", path: `/api/organizations/${w.association}/payouts`, body: { person: w.contributor } }),
    expect: { anonymous: 401, outsider: 403, steward: 403, treasurer: 201, admin: 403 },
  },
  {
    route: "GET /distributions/{id} and /people/{handle}/shares",
    request: (w, who) => ({
      method: "GET",
      path: who === "steward" ? `/api/people/${w.contributor}/shares` : `/api/distributions/${w.distributionId}`,
    }),
    expect: { anonymous: 200, outsider: 200, steward: 200, treasurer: 200, admin: 200 },
  },
];

describe("value: who may do what", () => {
  authorizationMatrix(api, WHO, world, cases);
});
