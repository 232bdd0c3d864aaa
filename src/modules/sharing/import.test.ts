import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { asc, eq, sql } from "drizzle-orm";
import { IntlMessageFormat } from "intl-messageformat";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "../../http/env.ts";
import { AppError } from "../../http/errors.ts";
import { addMember, makeOrg, makePerson, type TestPerson } from "../../test/factories.ts";
import { setupApi } from "../../test/harness.ts";
import { signature } from "../../text/icu.ts";
import { LANGUAGES, loadedCatalogues, type Translatable } from "../../text/messages.ts";
import { activities } from "../activity/schema.ts";
import { importResources, minorUnitsOf, type ResourceImportReport, slugify } from "./import.ts";
import { DEFAULT_RULES } from "./rules.ts";
import { libraries, resourceCategories, resourceTypes, resourceUnits } from "./schema.ts";

const api = setupApi();
const FIXTURES = join(import.meta.dirname, "fixtures");
const fixture = (name: string) => join(FIXTURES, name);
const scratch = mkdtempSync(join(tmpdir(), "triarchy-resource-import-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
let written = 0;
/** A CSV file of the test's own, for the cases the fixtures do not cover. */
const csv = (text: string) => {
  const file = join(scratch, `file-${++written}.csv`);
  writeFileSync(file, text);
  return file;
};

let steward: TestPerson;
let member: TestPerson;
let lender: TestPerson;
const actor = (p: TestPerson): Actor => ({ id: p.id, handle: p.handle, name: p.name, isAdmin: p.isAdmin });

/** A library of its own for each test, opened through the API by its organization's steward. */
async function openLibrary(slug: string, currency = "EUR") {
  const org = await makeOrg(api.db, steward, { slug: `${slug}-org`, name: `${slug} org` });
  await addMember(api.db, org, member);
  const week = [["09:00", "18:00"]];
  const res = await api.call("POST", "/api/libraries", {
    as: steward.token,
    body: {
      organization: org.slug,
      slug,
      name: `Library ${slug}`,
      timeZone: "Europe/Paris",
      currency,
      openingHours: { mon: week, tue: week, wed: week, thu: week, fri: week, sat: [], sun: [] },
      rules: DEFAULT_RULES,
    },
  });
  expect(res.status).toBe(201);
  const [library] = await api.db.select().from(libraries).where(eq(libraries.slug, slug));
  return library!;
}

/** The library's catalogue as it is stored: each type with its category's slug and its units. */
async function catalogue(libraryId: string) {
  const types = await api.db
    .select({
      id: resourceTypes.id,
      slug: resourceTypes.slug,
      name: resourceTypes.name,
      kind: resourceTypes.kind,
      category: resourceCategories.slug,
      description: resourceTypes.description,
      careNotes: resourceTypes.careNotes,
      replacementPrice: resourceTypes.replacementPrice,
    })
    .from(resourceTypes)
    .leftJoin(resourceCategories, eq(resourceCategories.id, resourceTypes.categoryId))
    .where(eq(resourceTypes.libraryId, libraryId))
    .orderBy(asc(resourceTypes.slug));
  const units = await api.db
    .select({
      type: resourceTypes.slug,
      code: resourceUnits.code,
      condition: resourceUnits.condition,
      location: resourceUnits.location,
      acquisition: resourceUnits.acquisition,
      ownerPersonId: resourceUnits.ownerPersonId,
      stewardPersonId: resourceUnits.stewardPersonId,
    })
    .from(resourceUnits)
    .innerJoin(resourceTypes, eq(resourceTypes.id, resourceUnits.typeId))
    .where(eq(resourceTypes.libraryId, libraryId))
    .orderBy(asc(resourceUnits.code));
  const [log] = await api.db.select({ n: sql<number>`count(*)::int` }).from(activities).where(eq(activities.objectId, libraryId));
  return { types: types.map(({ id: _, ...t }) => t), units, activities: log?.n };
}

/** The problems as the report shows them, in English. */
const lines = (r: ResourceImportReport) => {
  if (r.ok) throw new Error(`expected problems, the import went through: ${JSON.stringify(r)}`);
  return r.problems.map((p) => `row ${p.row}${p.column === null ? "" : ` [${p.column}]`}: ${p.message.in("en")}`);
};

beforeAll(async () => {
  steward = await makePerson(api.db, { handle: "import-steward" });
  member = await makePerson(api.db, { handle: "import-member" });
  lender = await makePerson(api.db, { handle: "import-lender" });
});

describe("importing a catalogue", () => {
  it("imports a Lend Engine export exactly: one type per name, one unit per row, and one activity row", async () => {
    const library = await openLibrary("le-lib");
    const r = await importResources(api.db, actor(steward), { library: "le-lib", file: fixture("lend-engine.csv"), preset: "lend-engine" });
    expect(r).toEqual({
      ok: true,
      library: { slug: "le-lib", name: "Library le-lib" },
      file: "lend-engine.csv",
      rowsRead: 5,
      typesCreated: [
        { slug: "cordless-drill", name: "Cordless drill" },
        { slug: "step-ladder", name: "Step ladder" },
        { slug: "pressure-washer", name: "Pressure washer" },
      ],
      typesExtended: [],
      unitsCreated: 5,
    });
    const c = await catalogue(library.id);
    expect(c.types).toEqual([
      {
        slug: "cordless-drill",
        name: "Cordless drill",
        kind: "tool",
        // "Power tools,Garden": Lend Engine's tags, the first one the taxonomy knows.
        category: "power-tools",
        description: "Two 18 V batteries.\nCharger included.",
        careNotes: "Charge the batteries after use.",
        replacementPrice: 12990n,
      },
      {
        slug: "pressure-washer",
        name: "Pressure washer",
        kind: "tool",
        category: "garden-tools",
        description: "Hose, lance and brush.",
        careNotes: "",
        replacementPrice: 1999n,
      },
      {
        slug: "step-ladder",
        name: "Step ladder",
        kind: "tool",
        category: "ladders",
        description: "",
        careNotes: "Lock the spreader before climbing.",
        replacementPrice: 24000n,
      },
    ]);
    const unit = { acquisition: "bought", ownerPersonId: null, stewardPersonId: steward.id };
    expect(c.units).toEqual([
      { type: "cordless-drill", code: "LE-0001", condition: "good", location: "Main shelf", ...unit },
      { type: "cordless-drill", code: "LE-0002", condition: "fair", location: "Main shelf", ...unit },
      { type: "step-ladder", code: "LE-0003", condition: "new", location: "Back room", ...unit },
      { type: "pressure-washer", code: "LE-0004", condition: "worn", location: "Back room", ...unit },
      { type: "pressure-washer", code: "LE-0005", condition: "good", location: "Back room", ...unit },
    ]);
    // library.opened, then the import's one row.
    expect(c.activities).toBe(2);
    const [row] = await api.db.select().from(activities).where(eq(activities.verb, "resources.imported"));
    expect(row).toMatchObject({
      actorId: steward.id,
      objectType: "library",
      objectId: library.id,
      organizationId: library.organizationId,
      data: { library: "le-lib", file: "lend-engine.csv", rows: 5, typesCreated: 3, typesExtended: 0, unitsCreated: 5 },
    });
  });

  it("imports a myTurn-style export, reporting progress through both phases", async () => {
    const library = await openLibrary("mt-lib");
    const seen: string[] = [];
    const r = await importResources(api.db, actor(steward), {
      library: "mt-lib",
      file: fixture("myturn.csv"),
      preset: "myturn",
      batchSize: 2,
      onStart: (phase, total) => seen.push(`${phase} ${total}`),
      onProgress: (done) => seen.push(String(done)),
    });
    expect(r.ok && [r.typesCreated.map((x) => x.slug), r.unitsCreated]).toEqual([["cargo-bike", "sewing-machine", "camping-tent"], 4]);
    expect(seen).toEqual(["rows 4", "1", "2", "3", "4", "units 4", "2", "4"]);
    const c = await catalogue(library.id);
    expect(c.types.map((x) => [x.slug, x.category, x.replacementPrice])).toEqual([
      ["camping-tent", "camping", null],
      ["cargo-bike", "cargo-bikes", 245050n],
      ["sewing-machine", "sewing-machines", 29900n],
    ]);
    expect(c.units.map((u) => [u.code, u.type, u.condition, u.location])).toEqual([
      ["MT-100", "cargo-bike", "good", "Bike shed"],
      ["MT-101", "cargo-bike", "fair", "Bike shed"],
      ["MT-102", "sewing-machine", "new", "Workshop"],
      ["MT-103", "camping-tent", "good", "Store room"],
    ]);
  });

  it("writes nothing when a row is invalid, and names each problem's row and column", async () => {
    const library = await openLibrary("err-lib");
    const before = await catalogue(library.id);
    const r = await importResources(api.db, actor(steward), { library: "err-lib", file: fixture("errors.csv") });
    expect(lines(r)).toEqual([
      "row 3 [code]: Row 2 already has the code H-1 for this resource.",
      "row 4 [category]: There is no category Saws: use a category’s slug or name.",
      "row 4 [replacementPrice]: Write the price as a number with a dot before the decimals, such as 129.90.",
      "row 5 [kind]: Use one of: tool, vehicle, space, machine, other.",
      "row 5 [replacementPrice]: 3.999 has more decimal places than EUR has (2), so it cannot be kept exactly.",
      "row 5 [condition]: Use one of: new, good, fair, worn, damaged.",
      "row 6 [name]: This is empty, and every row needs it.",
      "row 7 [kind]: Row 2 gives this resource another value (tool): the rows of one resource must agree.",
      "row 8 [owner]: A lent unit needs its owner: give their handle.",
      "row 9 [owner]: Nobody here has the handle nobody-here.",
      "row 10 [code]: This is empty, and every row needs it.",
    ]);
    expect(r.rowsRead).toBe(9);
    expect(await catalogue(library.id)).toEqual(before);
    // The reasons are the catalogue's, in French too.
    const french = !r.ok && r.problems.find((p) => p.row === 9)?.message.in("fr");
    expect(french).toBe("Personne ici n’a l’identifiant nobody-here.");
  });

  it("refuses a unit code the type already has, writing nothing, and adds new units to a type the library has", async () => {
    const library = await openLibrary("dup-lib");
    expect(
      (await importResources(api.db, actor(steward), { library: "dup-lib", file: fixture("lend-engine.csv"), preset: "lend-engine" })).ok,
    ).toBe(true);
    const before = await catalogue(library.id);

    const again = await importResources(api.db, actor(steward), {
      library: "dup-lib",
      file: fixture("lend-engine.csv"),
      preset: "lend-engine",
    });
    expect(lines(again)).toEqual([
      "row 2 [Code]: The resource cordless-drill already has a unit with the code LE-0001.",
      "row 3 [Code]: The resource cordless-drill already has a unit with the code LE-0002.",
      "row 4 [Code]: The resource step-ladder already has a unit with the code LE-0003.",
      "row 5 [Code]: The resource pressure-washer already has a unit with the code LE-0004.",
      "row 6 [Code]: The resource pressure-washer already has a unit with the code LE-0005.",
    ]);
    expect(await catalogue(library.id)).toEqual(before);

    // A type found by its name (no slug given) or by the slug given gets the new units; a new name a new type.
    const more = csv("name,slug,code,owner\nCordless drill,,LE-0006,\nAnything,step-ladder,LE-0007,\nDrill,,LE-0008,import-lender\n");
    const r = await importResources(api.db, actor(steward), { library: "dup-lib", file: more });
    expect(r).toMatchObject({
      ok: true,
      typesCreated: [{ slug: "drill", name: "Drill" }],
      typesExtended: [
        { slug: "cordless-drill", name: "Cordless drill" },
        { slug: "step-ladder", name: "Step ladder" },
      ],
      unitsCreated: 3,
    });
    const after = await catalogue(library.id);
    expect(after.units.filter((u) => ["LE-0006", "LE-0007", "LE-0008"].includes(u.code))).toEqual([
      expect.objectContaining({ code: "LE-0006", type: "cordless-drill", acquisition: "bought", ownerPersonId: null }),
      expect.objectContaining({ code: "LE-0007", type: "step-ladder" }),
      expect.objectContaining({ code: "LE-0008", type: "drill", acquisition: "lent", ownerPersonId: lender.id }),
    ]);
    expect(after.activities).toBe(before.activities! + 1);
  });

  it("keeps prices exact in the library's currency, with no floating point", async () => {
    expect(["19.99", "0.1", "0.30", "129.9", "1234567.89", "7", "12.500", "0"].map((p) => minorUnitsOf(p, "EUR"))).toEqual([
      1999n,
      10n,
      30n,
      12990n,
      123456789n,
      700n,
      1250n,
      0n,
    ]);
    expect(minorUnitsOf("1500", "JPY")).toBe(1500n);
    expect(minorUnitsOf("1.234", "KWD")).toBe(1234n);
    for (const bad of ["12,50", "-3", "1e3", "$5", ".5", "1.2.3", ""]) expect(typeof minorUnitsOf(bad, "EUR")).toBe("object");
    expect(String(minorUnitsOf("1.5", "JPY"))).toBe("1.5 has more decimal places than JPY has (0), so it cannot be kept exactly.");

    const library = await openLibrary("yen-lib", "JPY");
    const file = csv(
      "name,code,price\nRice cooker,R-1,12000\nKettle,K-1,3980.00\nLantern,L-1,0.5\nBoat,B-1,1000000001\nCrane,C-1,1000000000\n",
    );
    const refused = await importResources(api.db, actor(steward), { library: "yen-lib", file });
    expect(lines(refused)).toEqual([
      "row 4 [price]: 0.5 has more decimal places than JPY has (0), so it cannot be kept exactly.",
      "row 5 [price]: Use a price of at most 1000000000.",
    ]);
    const fine = csv("name,code,price\nRice cooker,R-1,12000\nKettle,K-1,3980.00\nCrane,C-1,1000000000\n");
    expect((await importResources(api.db, actor(steward), { library: "yen-lib", file: fine })).ok).toBe(true);
    expect((await catalogue(library.id)).types.map((x) => [x.slug, x.replacementPrice])).toEqual([
      ["crane", 1000000000n],
      ["kettle", 3980n],
      ["rice-cooker", 12000n],
    ]);
  });

  it("makes slugs from names, unique within the library", async () => {
    expect(slugify("  Scie à onglets (Makita) ")).toBe("scie-a-onglets-makita");
    expect(slugify("***")).toBe("resource");
    const library = await openLibrary("slug-lib");
    const first = csv("name,slug,code\nPlaner,planer,P-1\n");
    expect((await importResources(api.db, actor(steward), { library: "slug-lib", file: first })).ok).toBe(true);
    // "Planer!" is another name whose slug would be planer; "Router" gives the slug router-2 that a later row's name would make.
    const second = csv("name,slug,code\nPlaner!,,Q-1\nTable saw,router-2,T-1\nRouter,,R-1\nRouter,,R-2\n");
    const r = await importResources(api.db, actor(steward), { library: "slug-lib", file: second });
    expect(r.ok && r.typesCreated).toEqual([
      { slug: "planer-2", name: "Planer!" },
      { slug: "router-2", name: "Table saw" },
      { slug: "router", name: "Router" },
    ]);
    expect((await catalogue(library.id)).types.map((x) => x.slug)).toEqual(["planer", "planer-2", "router", "router-2"]);
  });
});

describe("what keeps a file out", () => {
  it("refuses anyone but a steward of the library's organization, before reading the file", async () => {
    const library = await openLibrary("auth-lib");
    const before = await catalogue(library.id);
    for (const who of [member, lender]) {
      const err = await importResources(api.db, actor(who), {
        library: "auth-lib",
        file: fixture("lend-engine.csv"),
        preset: "lend-engine",
      }).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(AppError);
      expect((err as AppError).status).toBe(403);
    }
    const missing = await importResources(api.db, actor(steward), { library: "no-such-lib", file: fixture("myturn.csv") }).catch(
      (e: unknown) => e,
    );
    expect((missing as AppError).status).toBe(404);
    expect(await catalogue(library.id)).toEqual(before);
  });

  it("names the columns a mapping needs and the file lacks, and takes --map over a preset", async () => {
    await openLibrary("map-lib");
    const noCode = await importResources(api.db, actor(steward), { library: "map-lib", file: fixture("myturn.csv") });
    expect(lines(noCode)).toEqual(["row 1: No column gives the code, which every row needs: map it to one of the file’s columns."]);
    const wrong = await importResources(api.db, actor(steward), {
      library: "map-lib",
      file: fixture("myturn.csv"),
      preset: "myturn",
      map: "code=Barcode",
    });
    expect(lines(wrong)).toEqual(["row 1 [Barcode]: The file has no such column (it was named for the code)."]);
    const mapped = await importResources(api.db, actor(steward), {
      library: "map-lib",
      file: fixture("myturn.csv"),
      map: "name=Name, code=Item ID, category=Categories, price=Replacement Value, description=",
    });
    expect(mapped.ok && mapped.unitsCreated).toBe(4);

    const bad = (map: string) =>
      importResources(api.db, actor(steward), { library: "map-lib", file: fixture("myturn.csv"), map }).catch((e: AppError) => e.message);
    expect(await bad("colour=Colour")).toMatch(/^colour is not a field that can be imported; the fields are name, slug, kind/);
    expect(await bad("name")).toBe("Write each mapping as field=Column header, separated by commas; got name.");
    expect(await bad("name=A,name=B")).toBe("name is mapped twice.");
  });

  it("reports a malformed file, a row with too many cells, and conflicting rows of one type", async () => {
    const library = await openLibrary("csv-lib");
    const unclosed = csv('name,code\nDrill,D-1\n"Saw,S-1\n');
    const r1 = await importResources(api.db, actor(steward), { library: "csv-lib", file: unclosed });
    expect(lines(r1)).toEqual([expect.stringMatching(/^row 3: The file is not valid CSV here: .*quote/i)]);
    const wide = csv("name,code,kind\nDrill,D-1,tool,extra\nDrill,D-2,tool,,\n\nSaw,S-1,machine\nSaw,S-2,\nSaw,S-3,tool\n");
    expect(lines(await importResources(api.db, actor(steward), { library: "csv-lib", file: wide }))).toEqual([
      "row 2: This row has 4 cells, more than the 3 columns of the header.",
      "row 7 [kind]: Row 5 gives this resource another value (machine): the rows of one resource must agree.",
    ]);
    const empty = await importResources(api.db, actor(steward), { library: "csv-lib", file: csv("") });
    expect(lines(empty)).toEqual(["row 1: The file is empty: it has no header row."]);
    const headerOnly = await importResources(api.db, actor(steward), { library: "csv-lib", file: csv("name,code\n\n") });
    expect(headerOnly).toMatchObject({ ok: true, rowsRead: 0, typesCreated: [], unitsCreated: 0 });
    expect((await catalogue(library.id)).activities).toBe(1);
    const semicolons = csv("name;code;price\nDrill;D-1;12.50\n");
    const r3 = await importResources(api.db, actor(steward), { library: "csv-lib", file: semicolons, delimiter: ";" });
    expect(r3.ok && r3.unitsCreated).toBe(1);
  });
});

describe("the sharing-import catalogue", () => {
  it("has the same arguments in English and French", () => {
    const catalogue = loadedCatalogues().find((c) => c.name === "sharing-import");
    expect(catalogue).toBeDefined();
    const args = (text: string, lang: string) =>
      [...signature(new IntlMessageFormat(text, lang, undefined, { ignoreTag: true }).getAst())].sort().join(",");
    const problems: string[] = [];
    for (const [key, en] of Object.entries(catalogue!.texts.en)) {
      for (const lang of LANGUAGES) {
        const text = catalogue!.texts[lang][key];
        if (text === undefined) problems.push(`${key}: missing in ${lang}`);
        else if (args(text, lang) !== args(en, "en")) problems.push(`${key} (${lang}): arguments differ`);
        else if (lang !== "en" && text.includes("'")) problems.push(`${key} (${lang}): an ASCII apostrophe`);
      }
    }
    expect(problems).toEqual([]);
  });

  it("writes every report reason in both languages", async () => {
    await openLibrary("fr-lib");
    const r = await importResources(api.db, actor(steward), { library: "fr-lib", file: fixture("errors.csv") });
    const both = (m: Translatable) => [m.in("en"), m.in("fr")];
    for (const p of r.ok ? [] : r.problems) {
      const [en, fr] = both(p.message);
      expect(fr).not.toBe(en);
    }
    expect(r.ok).toBe(false);
  });
});
