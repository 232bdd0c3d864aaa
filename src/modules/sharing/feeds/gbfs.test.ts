import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { Ajv, type ValidateFunction } from "ajv";
import addFormats from "ajv-formats";
import { sql } from "drizzle-orm";
import { Temporal } from "temporal-polyfill";
import { beforeAll, describe, expect, it } from "vitest";
import { rowsOf } from "../../../db/rows.ts";
import { advanceClock } from "../../../test/clock.ts";
import { addMember, makeOrg, makePerson, type TestPerson } from "../../../test/factories.ts";
import { setupApi } from "../../../test/harness.ts";
import { DEFAULT_RULES } from "../rules.ts";
import { osmOpeningHours } from "./gbfs.ts";

const PUBLIC = "https://triarchy.example.org";
const api = setupApi({ publicUrl: PUBLIC });
const TZ = "Europe/Paris";
const ALWAYS = ["00:00", "24:00"];
const ALL_DAY = { mon: [ALWAYS], tue: [ALWAYS], wed: [ALWAYS], thu: [ALWAYS], fri: [ALWAYS], sat: [ALWAYS], sun: [ALWAYS] };

/** MobilityData's JSON Schemas of GBFS 3.0, kept unchanged in the shared standards folder (beside the repository). */
const SCHEMA_DIR = resolve(import.meta.dirname, "../../../..", "../shared/standards/gbfs/v3.0");
const FILES = ["gbfs", "system_information", "vehicle_types", "station_information", "station_status", "vehicle_status"] as const;

const ajv = new Ajv({ allErrors: true, strict: false });
addFormats(ajv);
const validators = new Map<string, ValidateFunction>(
  FILES.map((f) => [f, ajv.compile(JSON.parse(readFileSync(resolve(SCHEMA_DIR, `${f}.json`), "utf8")))]),
);

/** Fetches one file of a library's feed and checks it against the official schema of the same name. */
async function gbfsFile(library: string, file: (typeof FILES)[number]) {
  const res = await api.call("GET", `/api/libraries/${library}/gbfs/${file}.json`);
  expect(res.status).toBe(200);
  expect(res.headers.get("content-type")).toMatch(/^application\/json/);
  const validate = validators.get(file);
  if (!validate) throw new Error(`no schema for ${file}`);
  const valid = validate(res.body);
  expect(valid ? [] : validate.errors).toEqual([]);
  return res.body;
}

let steward: TestPerson;
let member: TestPerson;

async function openLibrary(slug: string, position: { latitude?: number; longitude?: number; address?: string }) {
  const org = await makeOrg(api.db, steward, { slug: `${slug}-org`, name: `${slug} cooperative` });
  await addMember(api.db, org, member);
  const res = await api.call("POST", "/api/libraries", {
    as: steward.token,
    body: {
      organization: org.slug,
      slug,
      name: `Library ${slug}`,
      timeZone: TZ,
      openingHours: ALL_DAY,
      rules: { ...DEFAULT_RULES, maxConcurrent: null },
      ...position,
    },
  });
  expect(res.status).toBe(201);
}

async function addType(library: string, slug: string, units: number, body: object) {
  const res = await api.call("POST", `/api/libraries/${library}/resources`, { as: steward.token, body: { slug, name: slug, ...body } });
  expect(res.status).toBe(201);
  const ids: string[] = [];
  for (let i = 1; i <= units; i++) {
    const u = await api.call("POST", `/api/libraries/${library}/resources/${slug}/units`, {
      as: steward.token,
      body: { code: `${slug}-${i}` },
    });
    expect(u.status).toBe(201);
    ids.push(u.body.id);
  }
  return ids;
}

const unitIds: Record<string, string[]> = {};

beforeAll(async () => {
  steward = await makePerson(api.db, { handle: "gbfs-steward" });
  member = await makePerson(api.db, { handle: "gbfs-member" });
  await openLibrary("velo", { latitude: 45.7676, longitude: 4.8345, address: "3 place du Marché, 69001 Lyon" });
  unitIds.cargo = await addType("velo", "cargo", 3, {
    name: "Vélo cargo",
    kind: "vehicle",
    category: "cargo-bikes",
    description: "Two children or 80 kg",
    photos: ["https://images.example.org/cargo.jpg"],
  });
  unitIds.bike = await addType("velo", "bike", 2, { name: "City bike", kind: "vehicle", category: "bicycles" });
  unitIds.van = await addType("velo", "van", 1, { name: "Van", kind: "vehicle", category: "vans" });
  unitIds.car = await addType("velo", "car", 1, { name: "Car", kind: "vehicle", category: "cars" });
  unitIds.trailer = await addType("velo", "trailer", 1, { name: "Trailer", kind: "vehicle", category: "trailers" });
  unitIds.drill = await addType("velo", "drill", 1, { name: "Drill", kind: "tool", category: "power-tools" });

  // Held now: a cargo bike booked from today to tomorrow (whole days, so an hour's move of the clock keeps it held).
  const today = Temporal.Now.plainDateISO(TZ);
  const booked = await api.call("POST", "/api/libraries/velo/resources/cargo/bookings", {
    as: member.token,
    body: { firstDay: today.toString(), lastDay: today.add({ days: 1 }).toString() },
  });
  expect(booked.status).toBe(201);
  // Nothing in the API checks a unit out or sends it for maintenance yet: those two facts are written as the desk would.
  await api.db.execute(sql`insert into loans (unit_id, custodian_id, due_at, condition_out)
    values (${unitIds.bike?.[0]}::uuid, ${member.id}::uuid, triarchy_now() + interval '2 days', 'good')`);
  await api.db.execute(sql`update resource_units set status = 'maintenance' where id = ${unitIds.van?.[0]}::uuid`);
});

describe("a library's GBFS 3.0 feed", () => {
  it("serves every file it lists, each valid against MobilityData's official schema", async () => {
    const discovery = await gbfsFile("velo", "gbfs");
    // The validators do refuse what the standard refuses (a feed listing station_information but not station_status).
    const partial = { ...discovery, data: { feeds: discovery.data.feeds.filter((f: { name: string }) => f.name !== "station_status") } };
    expect(validators.get("gbfs")?.(partial)).toBe(false);
    const feeds = discovery.data.feeds as { name: string; url: string }[];
    expect(feeds.map((f) => f.name).sort()).toEqual([...FILES].sort());
    for (const feed of feeds) {
      const url = new URL(feed.url);
      expect(url.origin).toBe(PUBLIC);
      expect(url.pathname).toBe(`/api/libraries/velo/gbfs/${feed.name}.json`);
      const body = await gbfsFile("velo", feed.name as (typeof FILES)[number]);
      expect(body.version).toBe("3.0");
    }
  });

  it("describes the library as the system and its one station, at its position and address, with its hours", async () => {
    const system = await gbfsFile("velo", "system_information");
    expect(system.data.name).toEqual([
      { text: "Library velo", language: "en" },
      { text: "Library velo", language: "fr" },
    ]);
    expect(system.data.operator[0].text).toBe("velo cooperative");
    expect(system.data.timezone).toBe(TZ);
    expect(system.data.opening_hours).toBe("Mo-Su 00:00-24:00");
    expect(system.data.feed_contact_email).toBe("postmaster@triarchy.example.org");
    const stations = (await gbfsFile("velo", "station_information")).data.stations;
    expect(stations).toHaveLength(1);
    expect(stations[0]).toMatchObject({ lat: 45.7676, lon: 4.8345, address: "3 place du Marché, 69001 Lyon" });
  });

  it("lists the vehicle types with their form factor from the taxonomy, and no other kind of resource", async () => {
    const types = (await gbfsFile("velo", "vehicle_types")).data.vehicle_types as Record<string, unknown>[];
    const byId = Object.fromEntries(types.map((ty) => [ty.vehicle_type_id, ty]));
    expect(Object.keys(byId).sort()).toEqual(["bike", "car", "cargo", "trailer", "van"]);
    expect(byId.cargo).toMatchObject({
      form_factor: "cargo_bicycle",
      propulsion_type: "human",
      vehicle_image: "https://images.example.org/cargo.jpg",
      name: [
        { text: "Vélo cargo", language: "en" },
        { text: "Vélo cargo", language: "fr" },
      ],
    });
    expect(byId.bike?.form_factor).toBe("bicycle");
    expect(byId.car?.form_factor).toBe("car");
    expect(byId.van?.form_factor).toBe("car");
    expect(byId.trailer?.form_factor).toBe("other");
  });

  it("shows as available only units in service, not booked now and not checked out, and counts them alike in station_status", async () => {
    const vehicles = (await gbfsFile("velo", "vehicle_status")).data.vehicles as { vehicle_type_id: string; station_id: string }[];
    const count = (type: string) => vehicles.filter((v) => v.vehicle_type_id === type).length;
    expect({ cargo: count("cargo"), bike: count("bike"), van: count("van"), car: count("car"), trailer: count("trailer") }).toEqual({
      cargo: 2,
      bike: 1,
      van: 0,
      car: 1,
      trailer: 1,
    });
    const station = (await gbfsFile("velo", "station_information")).data.stations[0].station_id;
    expect(vehicles.every((v) => v.station_id === station)).toBe(true);
    const status = (await gbfsFile("velo", "station_status")).data.stations[0];
    expect(status.num_vehicles_available).toBe(5);
    expect(status.num_vehicles_disabled).toBe(1);
    expect(status.is_renting).toBe(true);
    expect(
      Object.fromEntries(
        status.vehicle_types_available.map((v: { vehicle_type_id: string; count: number }) => [v.vehicle_type_id, v.count]),
      ),
    ).toEqual({
      bike: 1,
      car: 1,
      cargo: 2,
      trailer: 1,
      van: 0,
    });
  });

  it("gives vehicles ids that reveal no unit and rotate every hour", async () => {
    const ids = async () => ((await gbfsFile("velo", "vehicle_status")).data.vehicles as { vehicle_id: string }[]).map((v) => v.vehicle_id);
    const before = await ids();
    expect(new Set(before).size).toBe(before.length);
    expect(await ids()).toEqual(before);
    const units = await rowsOf<{ id: string; code: string }>(api.db, sql`select id, code from resource_units`);
    for (const id of before) {
      expect(id).toMatch(/^[A-Za-z0-9_-]{22}$/);
      for (const u of units) {
        expect(id).not.toContain(u.id);
        expect(id).not.toContain(u.code);
      }
    }
    await advanceClock(api.db, 3600);
    const after = await ids();
    expect(after.length).toBeGreaterThan(0);
    expect(after.filter((id) => before.includes(id))).toEqual([]);
  });

  it("publishes a valid, empty feed for a library without vehicles", async () => {
    await openLibrary("no-vehicles", { latitude: 48.85, longitude: 2.35 });
    await addType("no-vehicles", "saw", 1, { name: "Saw", kind: "tool" });
    for (const file of FILES) await gbfsFile("no-vehicles", file);
    expect((await gbfsFile("no-vehicles", "vehicle_status")).data.vehicles).toEqual([]);
  });

  it("answers 404 with a problem saying why for a library that has not given its position, and for an unknown library", async () => {
    await openLibrary("nowhere-lib", {});
    await addType("nowhere-lib", "bike", 1, { name: "Bike", kind: "vehicle", category: "bicycles" });
    for (const file of FILES) {
      const res = await api.call("GET", `/api/libraries/nowhere-lib/gbfs/${file}.json`);
      expect(res.status).toBe(404);
      expect(res.body.detail).toMatch(/latitude and longitude/);
    }
    const fr = await api.call("GET", "/api/libraries/nowhere-lib/gbfs/gbfs.json", { headers: { "accept-language": "fr" } });
    expect(fr.body.detail).toMatch(/n’a pas donné sa position/);
    expect((await api.call("GET", "/api/libraries/unknown-lib/gbfs/gbfs.json")).status).toBe(404);
  });
});

describe("opening hours in OSM syntax", () => {
  it("joins runs of days with the same hours and adds closed days", () => {
    const nine = ["09:00", "18:00"] as [string, string];
    expect(
      osmOpeningHours(
        {
          mon: [nine],
          tue: [nine],
          wed: [nine],
          thu: [nine],
          fri: [nine],
          sat: [
            ["10:00", "12:00"],
            ["14:00", "16:00"],
          ],
          sun: [],
        },
        ["2026-12-25"],
      ),
    ).toBe("Mo-Fr 09:00-18:00; Sa 10:00-12:00,14:00-16:00; 2026 Dec 25 off");
    expect(osmOpeningHours({ mon: [nine], tue: [], wed: [nine], thu: [nine], fri: [], sat: [], sun: [] })).toBe(
      "Mo 09:00-18:00; We,Th 09:00-18:00",
    );
    expect(osmOpeningHours({ mon: [], tue: [], wed: [], thu: [], fri: [], sat: [], sun: [] })).toBe("off");
  });
});
