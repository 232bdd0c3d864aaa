import { Temporal } from "temporal-polyfill";
import { beforeAll, describe, expect, it } from "vitest";
import { advanceClock } from "../../test/clock.ts";
import { makePerson, type TestPerson } from "../../test/factories.ts";
import { setupApi } from "../../test/harness.ts";
import { libraryWorld, openDay, TZ } from "../../test/worlds/library.ts";
import { EXPORT_BATCH } from "../ledger/journal.ts";
import { OM2, VF } from "../valueflows/context.ts";
import { loans } from "./schema.ts";
import { LIBRARY_VALUEFLOWS_CONTEXT } from "./valueflows.ts";

// No JSON-LD processor is among the project's dependencies: the document is read as JSON, and each term
// is expanded through its own context the way a processor would.
const BASE = "https://library.example";
const api = setupApi({ publicUrl: `${BASE}/` });
const { openLibrary, addType } = libraryWorld(api);
const ALL_DAY = Object.fromEntries(["mon", "tue", "wed", "thu", "fri", "sat", "sun"].map((d) => [d, [["00:00", "24:00"]]]));
const LIBRARY = "vf-lib";
const ORG = `${BASE}/orgs/${LIBRARY}-org`;

type Node = Record<string, unknown>;
let steward: TestPerson;
let owner: TestPerson;
let ana: TestPerson;
let ben: TestPerson;
let units: Record<string, string[]>;
let cancelled: string;

const book = (type: string, as: TestPerson, body: object) =>
  api.call("POST", `/api/libraries/${LIBRARY}/resources/${type}/bookings`, { as: as.token, body });
const days = (from: number, to = from) => ({ firstDay: openDay(from).toString(), lastDay: openDay(to).toString() });

async function checkOut(bookingId: string) {
  const res = await api.call("POST", `/api/bookings/${bookingId}/check-out`, { as: steward.token, body: { condition: "good" } });
  expect(res.status).toBe(201);
  return res.body.id as string;
}

async function checkIn(loanId: string) {
  const res = await api.call("POST", `/api/loans/${loanId}/check-in`, { as: steward.token, body: { condition: "good" } });
  expect(res.status).toBe(200);
}

beforeAll(async () => {
  steward = await makePerson(api.db, { handle: "vf-steward", name: "Vera Steward" });
  owner = await makePerson(api.db, { handle: "vf-owner", name: "Olga Vanowner" });
  ana = await makePerson(api.db, { handle: "vf-ana", name: "Ana Quintero" });
  ben = await makePerson(api.db, { handle: "vf-ben", name: "Benedikt Borrowsalot" });
  await openLibrary(steward, [owner, ana, ben], LIBRARY, { maintenanceEveryLoans: null }, ALL_DAY);
  units = {
    drill: await addType(steward, LIBRARY, "drill", 2),
    laser: await addType(steward, LIBRARY, "laser", 1, {}, "machine"),
    room: await addType(steward, LIBRARY, "room", 1, { granularity: "slot", slotMinutes: 60, minLength: 60, maxLength: 240 }, "space"),
  };
  expect(
    (
      await api.call("POST", `/api/libraries/${LIBRARY}/resources`, {
        as: steward.token,
        body: { slug: "van", name: "van", kind: "vehicle" },
      })
    ).status,
  ).toBe(201);
  const van = await api.call("POST", `/api/libraries/${LIBRARY}/resources/van/units`, {
    as: steward.token,
    body: { code: "VAN-1", owner: owner.handle },
  });
  expect(van.status).toBe(201);
  units.van = [van.body.id];

  // A drill borrowed and returned two hours later, with the borrower's answer; the laser cutter used for three.
  const drilled = await book("drill", ana, days(0));
  const drillLoan = await checkOut(drilled.body.id);
  const lasered = await book("laser", ben, days(0));
  const laserLoan = await checkOut(lasered.body.id);
  await advanceClock(api.db, 2 * 3600);
  await checkIn(drillLoan);
  expect((await api.call("POST", `/api/loans/${drillLoan}/answer`, { as: ana.token, body: { withoutLoan: "bought" } })).status).toBe(200);
  await advanceClock(api.db, 3600);
  await checkIn(laserLoan);
  // A drill out now; bookings to come (one of them a request to the van's owner); one cancelled.
  const out = await book("drill", ana, days(1, 2));
  await checkOut(out.body.id);
  expect((await book("drill", ben, days(3))).status).toBe(201);
  const tomorrow = Temporal.Now.plainDateISO(TZ).add({ days: 1 });
  const at = (h: number) => tomorrow.toPlainDateTime({ hour: h }).toZonedDateTime(TZ).toString({ timeZoneName: "never" });
  expect((await book("room", ana, { startsAt: at(10), endsAt: at(12) })).status).toBe(201);
  const asked = await book("van", ben, days(4));
  expect(asked.body.status).toBe("requested");
  const gone = await book("drill", ben, days(5));
  cancelled = gone.body.id;
  expect((await api.call("POST", `/api/bookings/${cancelled}/cancel`, { as: ben.token })).status).toBe(200);
});

const PREFIXES: Record<string, string> = { vf: VF, om2: OM2, xsd: "http://www.w3.org/2001/XMLSchema#" };
const context = LIBRARY_VALUEFLOWS_CONTEXT as Record<string, unknown>;

/** A term or compact IRI expanded through the document's context. */
function expand(value: string): string {
  const term = context[value];
  if (typeof term === "string") return expand(term);
  if (term && typeof term === "object") return expand((term as { "@id": string })["@id"]);
  const [prefix, rest] = value.split(/:(.*)/s);
  return prefix && rest !== undefined && PREFIXES[prefix] ? `${PREFIXES[prefix]}${rest}` : value;
}

/** The ValueFlows 1.0 terms this export may use (https://w3id.org/valueflows/ont/vf#). */
const VF_TERMS = new Set(
  (
    "EconomicEvent EconomicResource ResourceSpecification Commitment Person Measure action use transferCustody provider receiver " +
    "resourceInventoriedAs resourceConformsTo conformsTo primaryAccountable trackingIdentifier effortQuantity hasNumericalValue " +
    "hasUnit hasPointInTime hasBeginning hasEnd finished name note"
  )
    .split(" ")
    .map((t) => `${VF}${t}`),
);

function checkTerms(node: Node) {
  for (const [key, value] of Object.entries(node)) {
    if (key === "@id") continue;
    if (key === "@type") {
      expect(VF_TERMS, `type ${value}`).toContain(expand(value as string));
      continue;
    }
    expect(VF_TERMS, `term ${key}`).toContain(expand(key));
    if (key === "action") expect(VF_TERMS, `action ${value}`).toContain(expand(value as string));
    if (key === "hasUnit") expect(expand(value as string)).toBe(`${OM2}hour`);
    if (value && typeof value === "object") checkTerms(value as Node);
  }
}

async function graph(): Promise<{ nodes: Node[]; text: string }> {
  const res = await api.call("GET", `/api/libraries/${LIBRARY}/valueflows.jsonld`);
  expect(res.status).toBe(200);
  return { nodes: res.body["@graph"], text: JSON.stringify(res.body) };
}

describe("a library's ValueFlows export", () => {
  it("is JSON-LD with its context, every term resolving to the ValueFlows vocabulary", async () => {
    const res = await api.call("GET", `/api/libraries/${LIBRARY}/valueflows.jsonld`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^application\/ld\+json/);
    expect(res.headers.get("content-disposition")).toContain(`${LIBRARY}.valueflows.jsonld`);
    expect(res.body["@context"]).toEqual(LIBRARY_VALUEFLOWS_CONTEXT);
    for (const node of res.body["@graph"]) checkTerms(node);
    expect((await api.call("GET", "/api/libraries/no-such-library/valueflows.jsonld")).status).toBe(404);
  });

  it("never names a borrower: no handle, name, id or email, and each borrower an unnamed node of its own", async () => {
    const { nodes, text } = await graph();
    for (const p of [ana, ben]) {
      for (const secret of [p.handle, p.name, p.id, p.email]) expect(text, secret).not.toContain(secret);
    }
    // The owner of a lent unit is named by their page, never by their email.
    expect(text).not.toContain(owner.email);
    const agents = nodes.flatMap((n) => [n.provider, n.receiver]).filter((a) => a && typeof a === "object");
    expect(agents.length).toBeGreaterThan(0);
    expect(agents.every((a) => JSON.stringify(a) === '{"@type":"Person"}')).toBe(true);
    expect(text).not.toMatch(/@example\.test/);
  });

  it("has the catalogue as specifications and each unit as a resource accountable to the library or to the member who lends it", async () => {
    const { nodes } = await graph();
    const specs = nodes.filter((n) => n["@type"] === "ResourceSpecification");
    expect(specs.map((s) => s.name).sort()).toEqual(["drill", "laser", "room", "van"]);
    const resources = nodes.filter((n) => n["@type"] === "EconomicResource");
    expect(resources).toHaveLength(5);
    const specIds = new Set(specs.map((s) => s["@id"]));
    expect(resources.every((r) => specIds.has(r.conformsTo))).toBe(true);
    const byId = Object.fromEntries(resources.map((r) => [r["@id"], r]));
    expect(byId[`urn:uuid:${units.van?.[0]}`]).toMatchObject({
      trackingIdentifier: "VAN-1",
      primaryAccountable: `${BASE}/people/${owner.handle}`,
    });
    expect(byId[`urn:uuid:${units.drill?.[0]}`]).toMatchObject({ trackingIdentifier: "drill-1", primaryAccountable: ORG });
  });

  it("has each live or past booking as a commitment: use for machines and spaces, custody otherwise; not the cancelled one", async () => {
    const { nodes } = await graph();
    const commitments = nodes.filter((n) => n["@type"] === "Commitment");
    expect(commitments.map((c) => c["@id"])).not.toContain(`urn:uuid:${cancelled}`);
    const kindOf = (c: Node) => Object.entries(units).find(([, ids]) => ids.includes(String(c.resourceInventoriedAs).slice(9)))?.[0];
    expect(commitments.map((c) => [kindOf(c), c.action, c.finished]).sort()).toEqual(
      [
        ["drill", "transferCustody", true],
        ["drill", "transferCustody", false],
        ["drill", "transferCustody", false],
        ["laser", "use", true],
        ["room", "use", false],
        ["van", "transferCustody", false],
      ].sort(),
    );
    for (const c of commitments) {
      expect(c).toMatchObject({ provider: ORG, receiver: { "@type": "Person" } });
      expect(Date.parse(String(c.hasBeginning))).toBeLessThan(Date.parse(String(c.hasEnd)));
    }
  });

  it("has each check-out and check-in as a transfer of custody, and a use event per returned loan of a machine or a space", async () => {
    const { nodes } = await graph();
    const events = nodes.filter((n) => n["@type"] === "EconomicEvent");
    const custody = events.filter((e) => e.action === "transferCustody");
    const out = custody.filter((e) => e.provider === ORG);
    const back = custody.filter((e) => e.receiver === ORG);
    expect(out).toHaveLength(3);
    expect(back).toHaveLength(2);
    expect(out.every((e) => JSON.stringify(e.receiver) === '{"@type":"Person"}' && typeof e.hasPointInTime === "string")).toBe(true);
    expect(back.every((e) => JSON.stringify(e.provider) === '{"@type":"Person"}')).toBe(true);
    const uses = events.filter((e) => e.action === "use");
    expect(uses).toEqual([
      expect.objectContaining({
        provider: ORG,
        receiver: { "@type": "Person" },
        resourceInventoriedAs: `urn:uuid:${units.laser?.[0]}`,
        effortQuantity: { "@type": "Measure", hasNumericalValue: "3", hasUnit: "om2:hour" },
      }),
    ]);
    expect(new Set(events.map((e) => e["@id"])).size).toBe(events.length);
    // The ids are the same from one export to the next.
    expect((await graph()).nodes.map((n) => n["@id"])).toEqual(nodes.map((n) => n["@id"]));
  });

  it("pages through more loans than one batch holds, each once", async () => {
    const [unit] = await addType(steward, LIBRARY, "clamp", 1);
    const count = EXPORT_BATCH * 2 + 25;
    const start = Date.parse("2025-01-06T09:00:00Z");
    await api.db.insert(loans).values(
      Array.from({ length: count }, (_, i) => {
        // Many loans at one moment, so the keyset's tie-break on the id is what keeps pages apart.
        const at = new Date(start + Math.floor(i / 7) * 86_400_000);
        return {
          unitId: unit as string,
          custodianId: i % 2 ? ana.id : ben.id,
          checkedOutAt: at,
          dueAt: new Date(at.getTime() + 3_600_000),
          conditionOut: "good" as const,
          checkedInAt: new Date(at.getTime() + 3_600_000),
          conditionIn: "good" as const,
        };
      }),
    );
    const { nodes, text } = await graph();
    const clamp = nodes.filter((n) => n["@type"] === "EconomicEvent" && n.resourceInventoriedAs === `urn:uuid:${unit}`);
    expect(clamp).toHaveLength(count * 2);
    expect(new Set(clamp.map((n) => n["@id"])).size).toBe(count * 2);
    expect(text).not.toContain(ana.id);
  });
});
