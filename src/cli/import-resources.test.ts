import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase } from "../db/client.ts";
import { activities } from "../modules/activity/schema.ts";
import { createLibrary } from "../modules/sharing/library-service.ts";
import { DEFAULT_RULES } from "../modules/sharing/rules.ts";
import { resourceTypes, resourceUnits } from "../modules/sharing/schema.ts";
import { triarchyOn } from "../test/cli.ts";
import { addMember, makeOrg, makePerson } from "../test/factories.ts";
import { migratedDataDir } from "../test/template.ts";

/** The real `triarchy` binary importing the fixtures into a library the test opens in a PGlite directory. */
const FIXTURES = join(import.meta.dirname, "..", "modules", "sharing", "fixtures");
const scratch = mkdtempSync(join(tmpdir(), "triarchy-import-resources-cli-"));
const dataDir = join(scratch, "data");
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const triarchy = triarchyOn(dataDir);

/** Opens the data directory in this process while the CLI is not running (PGlite allows one process). */
async function withData<T>(work: (database: Awaited<ReturnType<typeof openDatabase>>) => Promise<T>) {
  const database = await openDatabase({ kind: "pglite", dataDir });
  try {
    return await work(database);
  } finally {
    await database.close();
  }
}

/** What the library holds: types, units, and the import's activity rows. */
const held = () =>
  withData(async ({ db }) => {
    const [types] = await db.select({ n: sql<number>`count(*)::int` }).from(resourceTypes);
    const [units] = await db.select({ n: sql<number>`count(*)::int` }).from(resourceUnits);
    const [imports] = await db.select({ n: sql<number>`count(*)::int` }).from(activities).where(eq(activities.verb, "resources.imported"));
    return { types: types?.n, units: units?.n, imports: imports?.n };
  });

const importing = (file: string, ...more: string[]) => ["import", "resources", join(FIXTURES, file), "--library", "tools", ...more];

describe("triarchy import resources", { timeout: 90_000 }, () => {
  beforeAll(async () => {
    await migratedDataDir(dataDir);
    await withData(async (database) => {
      const steward = await makePerson(database.db, { handle: "desk-steward" });
      const member = await makePerson(database.db, { handle: "desk-member" });
      const org = await makeOrg(database.db, steward, { slug: "tool-library", name: "Tool Library" });
      await addMember(database.db, org, member);
      const week = [["09:00", "18:00"]] as [string, string][];
      await createLibrary(
        database.db,
        { id: steward.id, handle: steward.handle, name: steward.name, isAdmin: false },
        {
          organization: org.slug,
          slug: "tools",
          name: "The Tool Library",
          timeZone: "Europe/Paris",
          openingHours: { mon: week, tue: week, wed: week, thu: week, fri: week, sat: [], sun: [] },
          rules: DEFAULT_RULES,
        },
      );
    });
  }, 120_000);

  it("imports a Lend Engine export with progress lines and a report, then refuses the same codes again", async () => {
    const first = await triarchy([...importing("lend-engine.csv", "--preset", "lend-engine"), "--as", "desk-steward"]);
    expect(first.stderr).toContain("Reading lend-engine.csv: 5/5 rows");
    expect(first.stderr).toContain("Writing units: 5/5 rows");
    expect(first.code).toBe(0);
    expect(first.stdout).toContain("Imported lend-engine.csv into The Tool Library (tools)");
    expect(first.stdout).toMatch(/rows read: +5\n/);
    expect(first.stdout).toMatch(/types created: +3\n/);
    expect(first.stdout).toMatch(/units created: +5\n/);
    expect(await held()).toEqual({ types: 3, units: 5, imports: 1 });

    const again = await triarchy([...importing("lend-engine.csv", "--preset", "lend-engine"), "--as", "desk-steward"]);
    expect(again.code).toBe(1);
    expect(again.stdout).toBe("");
    expect(again.stderr).toContain(
      "lend-engine.csv was not imported into The Tool Library (tools): 5 problems in 5 rows read; nothing was written.",
    );
    expect(again.stderr).toContain('  row 2, column "Code": The resource cordless-drill already has a unit with the code LE-0001.\n');
    expect(again.stderr).toContain('  row 6, column "Code": The resource pressure-washer already has a unit with the code LE-0005.\n');
    expect(await held()).toEqual({ types: 3, units: 5, imports: 1 });
  });

  it("lists every invalid row with its column and writes nothing", async () => {
    const before = await held();
    const bad = await triarchy([...importing("errors.csv"), "--as", "desk-steward"]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain(
      "errors.csv was not imported into The Tool Library (tools): 11 problems in 9 rows read; nothing was written.",
    );
    expect(bad.stderr).toContain('  row 4, column "category": There is no category Saws: use a category’s slug or name.\n');
    expect(bad.stderr).toContain(
      '  row 5, column "replacementPrice": 3.999 has more decimal places than EUR has (2), so it cannot be kept exactly.\n',
    );
    expect(bad.stderr).toContain('  row 9, column "owner": Nobody here has the handle nobody-here.\n');
    expect(await held()).toEqual(before);
  });

  it("imports a myTurn-style export, and a file read through --map", async () => {
    const myturn = await triarchy([...importing("myturn.csv", "--preset", "myturn"), "--as", "desk-steward"]);
    expect(myturn.code).toBe(0);
    expect(myturn.stdout).toMatch(/types created: +3\n/);
    expect(myturn.stdout).toMatch(/units created: +4\n/);

    // The Lend Engine file again, read through --map with its Id as the code: new units of the types it created.
    const before = await held();
    const mapped = await triarchy([
      ...importing("lend-engine.csv"),
      "--map",
      "name=Name,code=Id,category=Tags,price=Value (RRP),condition=",
      "--as",
      "desk-steward",
    ]);
    expect(mapped.stderr).toContain("Writing units: 5/5 rows");
    expect(mapped.code).toBe(0);
    expect(mapped.stdout).toMatch(/types created: +0\n/);
    expect(mapped.stdout).toContain(
      "Units added to types the library already had: Cordless drill (cordless-drill), Step ladder (step-ladder), Pressure washer (pressure-washer)",
    );
    expect(await held()).toEqual({ types: before.types, units: before.units! + 5, imports: before.imports! + 1 });
  });

  it("refuses someone who is not a steward, an unknown person, library or preset, with one line, changing nothing", async () => {
    const before = await held();
    const member = await triarchy([...importing("myturn.csv", "--preset", "myturn"), "--as", "desk-member"]);
    expect(member.code).toBe(1);
    expect(member.stderr).toBe("triarchy: Only the stewards of the library's organization can do this.\n");

    const nobody = await triarchy([...importing("myturn.csv", "--preset", "myturn"), "--as", "nobody"]);
    expect(nobody.code).toBe(1);
    expect(nobody.stderr).toMatch(/^triarchy: .*nobody.*\n$/);

    const noLibrary = await triarchy(["import", "resources", join(FIXTURES, "myturn.csv"), "--library", "nowhere", "--as", "desk-steward"]);
    expect(noLibrary.code).toBe(1);
    expect(noLibrary.stderr).toMatch(/^triarchy: The library .*\n$/);

    const noFile = await triarchy(["import", "resources", join(scratch, "missing.csv"), "--library", "tools", "--as", "desk-steward"]);
    expect(noFile.code).toBe(1);
    expect(noFile.stderr).toBe(`triarchy: Cannot read ${join(scratch, "missing.csv")}: ENOENT.\n`);

    const preset = await triarchy([...importing("myturn.csv", "--preset", "libib"), "--as", "desk-steward"]);
    expect(preset.code).toBe(1);
    expect(preset.stderr).toContain("Allowed choices are lend-engine, myturn");
    expect(await held()).toEqual(before);
  });
});
