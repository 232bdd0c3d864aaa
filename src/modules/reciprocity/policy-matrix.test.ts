import { describe } from "vitest";
import { addMember, makeCommons, makePerson } from "../../test/factories.ts";
import { setupApi } from "../../test/harness.ts";
import { authorizationMatrix, type MatrixCase } from "../../test/matrix.ts";
import { agree, world as coalition, declare, monthsAgo } from "../../test/worlds/coalition.ts";

/**
 * Who may do what with declared uses, agreements and invoices, each cell against a fresh world. The
 * enterprise's member holds no role; the association's steward and treasurer act for the commons'
 * steward association; the admin holds no role in either, and gets nothing from being admin.
 */
const api = setupApi();

type Who = "anonymous" | "outsider" | "entMember" | "entSteward" | "entTreasurer" | "assocSteward" | "assocTreasurer" | "admin";
const WHO: Who[] = ["anonymous", "outsider", "entMember", "entSteward", "entTreasurer", "assocSteward", "assocTreasurer", "admin"];

async function world() {
  const w = await coalition(api);
  const [outsider, entMember, admin] = [await makePerson(api.db), await makePerson(api.db), await makePerson(api.db, { isAdmin: true })];
  await addMember(api.db, w.enterprise, entMember);
  const more = async () =>
    makeCommons(api.db, w.steward, { licence: "LicenseRef-Peer-Production-License", stewardAssociationId: w.association.id });
  const [offered, active, bare, undeclared] = [w.commons, await more(), await more(), await more()];
  const offeredUse = await declare(api, w);
  const offer = await api.call("POST", `/api/uses/${offeredUse.id}/agreements`, {
    as: w.entSteward.token,
    body: { period: "month", currency: "EUR", fixedFee: 100 },
  });
  const activeUse = await declare(api, { ...w, commons: active });
  const agreement = await agree(api, { ...w, commons: active }, activeUse.id, { fixedFee: 100 });
  const invoice = await api.call("POST", `/api/agreements/${agreement.id}/invoices`, {
    as: w.assocTreasurer.token,
    body: { periodStart: monthsAgo(3) },
  });
  const bareUse = await declare(api, { ...w, commons: bare });
  return {
    enterprise: w.enterprise.slug,
    commons: offered.slug,
    undeclared: undeclared.slug,
    bareUse: bareUse.id,
    offerId: offer.body.id as string,
    agreementId: agreement.id,
    invoiceId: invoice.body.invoices[0].id as string,
    as: {
      anonymous: undefined,
      outsider: outsider.token,
      entMember: entMember.token,
      entSteward: w.entSteward.token,
      entTreasurer: w.entTreasurer.token,
      assocSteward: w.steward.token,
      assocTreasurer: w.assocTreasurer.token,
      admin: admin.token,
    },
  };
}
type World = Awaited<ReturnType<typeof world>>;

const row = (...s: [number, number, number, number, number, number, number, number]) =>
  Object.fromEntries(WHO.map((w, i) => [w, s[i]])) as Record<Who, number>;
const everyone = (status: number) => row(status, status, status, status, status, status, status, status);
const enterpriseGovernors = (status: number) => row(401, 403, 403, status, status, 403, 403, 403);
const associationGovernors = (status: number) => row(401, 403, 403, 403, 403, status, status, 403);
const eitherGovernors = (status: number) => row(401, 403, 403, status, status, status, status, 403);
const treasurers = (status: number) => row(401, 403, 403, 403, status, 403, status, 403);

const cases: MatrixCase<World, Who>[] = [
  { route: "GET /commons/{slug}/uses", request: (w) => ({ method: "GET", path: `/api/commons/${w.commons}/uses` }), expect: everyone(200) },
  { route: "GET /agreements/{id}", request: (w) => ({ method: "GET", path: `/api/agreements/${w.agreementId}` }), expect: everyone(200) },
  {
    route: "POST /commons/{slug}/uses",
    request: (w) => ({
      method: "POST",
      path: `/api/commons/${w.undeclared}/uses`,
      body: { enterprise: w.enterprise, purpose: "commercial", product: "Thing" },
    }),
    expect: enterpriseGovernors(201),
  },
  {
    route: "PATCH /uses/{id}",
    request: (w) => ({ method: "PATCH", path: `/api/uses/${w.bareUse}`, body: { product: "Renamed" } }),
    expect: enterpriseGovernors(200),
  },
  {
    route: "POST /uses/{id}/agreements",
    request: (w) => ({
      method: "POST",
      path: `/api/uses/${w.bareUse}/agreements`,
      body: { period: "year", currency: "EUR", fixedFee: 100 },
    }),
    expect: eitherGovernors(201),
  },
  {
    route: "PATCH /agreements/{id} (offered by the enterprise)",
    request: (w) => ({ method: "PATCH", path: `/api/agreements/${w.offerId}`, body: { fixedFee: 200 } }),
    expect: enterpriseGovernors(200),
  },
  {
    route: "POST /agreements/{id}/accept (offered by the enterprise)",
    request: (w) => ({ method: "POST", path: `/api/agreements/${w.offerId}/accept` }),
    expect: associationGovernors(200),
  },
  {
    route: "POST /agreements/{id}/end",
    request: (w) => ({ method: "POST", path: `/api/agreements/${w.agreementId}/end`, body: {} }),
    expect: eitherGovernors(200),
  },
  {
    route: "POST /agreements/{id}/invoices (fixed fee)",
    request: (w) => ({ method: "POST", path: `/api/agreements/${w.agreementId}/invoices`, body: { periodStart: monthsAgo(2) } }),
    expect: treasurers(201),
  },
  {
    route: "POST /invoices/{id}/pay",
    request: (w) => ({ method: "POST", path: `/api/invoices/${w.invoiceId}/pay`, body: {} }),
    expect: treasurers(200),
  },
];

describe("reciprocity authorization matrix", () => {
  authorizationMatrix(api, WHO, world, cases);
});
