import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase } from "../db/client.ts";
import { rowsOf } from "../db/rows.ts";
import { samplePath } from "../modules/budgeting/pabulib/test/samples.ts";
import { triarchyOn } from "../test/cli.ts";
import { makeOrg, makePerson } from "../test/factories.ts";
import { migratedDataDir } from "../test/template.ts";

/** The real `triarchy` binary on a PGlite data directory: a Pabulib file in, the same file out. */
const scratch = mkdtempSync(join(tmpdir(), "triarchy-pb-calls-"));
const dataDir = join(scratch, "data");
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const triarchy = triarchyOn(dataDir, { timeoutMs: 90_000 });

describe("triarchy pb import and export", { timeout: 120_000 }, () => {
  beforeAll(async () => {
    await migratedDataDir(dataDir);
    const database = await openDatabase({ kind: "pglite", dataDir });
    try {
      const steward = await makePerson(database.db, { handle: "city-steward" });
      await makeOrg(database.db, steward, { slug: "gdansk", name: "City of Gdańsk", kind: "public_body" });
    } finally {
      await database.close();
    }
  });

  it("imports a file as a call with its results and exports the same bytes; refuses an unknown body and a malformed file", async () => {
    const file = samplePath("Poland_Gdansk_2020_Chelm");
    const imported = await triarchy(["pb", "import", file, "--body", "gdansk", "--slug", "chelm-2020"]);
    expect(imported.stderr).toBe("");
    expect(imported.code).toBe(0);
    expect(imported.stdout).toMatch(/as the call chelm-2020: 16 projects, \d+ ballots/);
    const out = join(scratch, "out.pb");
    expect((await triarchy(["pb", "export", "chelm-2020", out])).code).toBe(0);
    expect(readFileSync(out, "utf8")).toBe(readFileSync(file, "utf8"));

    const noBody = await triarchy(["pb", "import", file, "--body", "nowhere"]);
    expect(noBody.code).toBe(1);
    expect(noBody.stderr).toMatch(/^triarchy: /);
    const broken = join(scratch, "broken.pb");
    await import("node:fs").then((fs) =>
      fs.writeFileSync(broken, "META\nkey;value\nbudget;100\nPROJECTS\nproject_id;cost\n1;x\nVOTES\nvoter_id;vote\n"),
    );
    const bad = await triarchy(["pb", "import", broken, "--body", "gdansk"]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/broken\.pb: .*(vote_type|cost)/);

    const database = await openDatabase({ kind: "pglite", dataDir });
    try {
      const [calls] = await rowsOf<{ n: number; results: number }>(
        database.db,
        sql`select count(*)::int as n, (select count(*)::int from pb_results) as results from pb_calls`,
      );
      expect(calls).toEqual({ n: 1, results: 1 });
    } finally {
      await database.close();
    }
  });
});
