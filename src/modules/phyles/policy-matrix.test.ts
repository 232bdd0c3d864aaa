import { describe } from "vitest";
import { addMember, ensureInstance, makeCommons, makePerson } from "../../test/factories.ts";
import { setupApi } from "../../test/harness.ts";
import { authorizationMatrix, type MatrixCase } from "../../test/matrix.ts";
import { organization } from "../../test/worlds/books.ts";

/**
 * Who may do what with a phyle: stewards (or the instance admin, as for any governance act) adopt the
 * charter; only treasurers record periods, since that moves money; the rest is public.
 */
const api = setupApi();

type Who = "anonymous" | "outsider" | "member" | "treasurer" | "steward" | "admin";
const WHO: Who[] = ["anonymous", "outsider", "member", "treasurer", "steward", "admin"];

interface World {
  enterprise: string;
  commons: string;
  as: Record<Who, string | undefined>;
}

async function world(): Promise<World> {
  await ensureInstance(api.db);
  const enterprise = await organization(api, "enterprise", 1_000_000);
  const association = await organization(api, "association");
  const commons = await makeCommons(api.db, association.steward, { stewardAssociationId: association.org.id });
  const member = await makePerson(api.db);
  await addMember(api.db, enterprise.org, member);
  const adopted = await api.call("PUT", `/api/organizations/${enterprise.org.slug}/phyle-charter`, {
    as: enterprise.steward.token,
    body: charter(commons.slug),
  });
  if (adopted.status !== 200) throw new Error(JSON.stringify(adopted.body));
  return {
    enterprise: enterprise.org.slug,
    commons: commons.slug,
    as: {
      anonymous: undefined,
      outsider: (await makePerson(api.db)).token,
      member: member.token,
      treasurer: enterprise.treasurer.token,
      steward: enterprise.steward.token,
      admin: (await makePerson(api.db, { isAdmin: true })).token,
    },
  };
}

const charter = (commons: string) => ({
  basis: "revenue",
  shareBp: 500,
  mission: "Commit to the commons.",
  currency: "EUR",
  beneficiaries: [{ commons, destination: "steward", weightBp: 10_000 }],
});

const row = (anonymous: number, outsider: number, member: number, treasurer: number, steward: number, admin: number) => ({
  anonymous,
  outsider,
  member,
  treasurer,
  steward,
  admin,
});
const everyone = (status: number) => row(status, status, status, status, status, status);

const cases: MatrixCase<World, Who>[] = [
  {
    route: "GET /organizations/{slug}/phyle-charter",
    request: (w) => ({ method: "GET", path: `/api/organizations/${w.enterprise}/phyle-charter` }),
    expect: everyone(200),
  },
  {
    route: "PUT /organizations/{slug}/phyle-charter",
    request: (w) => ({ method: "PUT", path: `/api/organizations/${w.enterprise}/phyle-charter`, body: charter(w.commons) }),
    expect: row(401, 403, 403, 403, 200, 200),
  },
  {
    route: "GET /organizations/{slug}/phyle-periods",
    request: (w) => ({ method: "GET", path: `/api/organizations/${w.enterprise}/phyle-periods` }),
    expect: everyone(200),
  },
  {
    route: "POST /organizations/{slug}/phyle-periods",
    request: (w) => ({
      method: "POST",
      path: `/api/organizations/${w.enterprise}/phyle-periods`,
      body: { periodStart: "2026-01-01", periodEnd: "2026-01-31", revenue: 100_000 },
    }),
    expect: row(401, 403, 403, 201, 403, 403),
  },
  {
    route: "GET /commons/{slug}/flows",
    request: (w) => ({ method: "GET", path: `/api/commons/${w.commons}/flows` }),
    expect: everyone(200),
  },
  {
    route: "GET /commons/{slug}/valueflows.jsonld",
    request: (w) => ({ method: "GET", path: `/api/commons/${w.commons}/valueflows.jsonld` }),
    expect: everyone(200),
  },
];

describe("who may do what with a phyle, a commons' feedback loop and its ValueFlows export", () => {
  authorizationMatrix(api, WHO, world, cases);
});
