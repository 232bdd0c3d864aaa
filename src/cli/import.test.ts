import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase } from "../db/client.ts";
import { contributions } from "../modules/contributions/schema.ts";
import { TestRepo } from "../modules/imports/test-repo.ts";
import { triarchyOn } from "../test/cli.ts";
import { makeCommons, makeOrg, makePerson } from "../test/factories.ts";
import { migratedDataDir } from "../test/template.ts";

/** The real `triarchy` binary importing a repository the test builds, into a PGlite directory the test fills first. */
const scratch = mkdtempSync(join(tmpdir(), "triarchy-import-cli-"));
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

const imported = () =>
  withData(async ({ db }) => {
    const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(contributions).where(eq(contributions.type, "commit"));
    return row?.n;
  });

let repo: TestRepo;
let slug: string;
const emailMap = join(scratch, "email-map");

describe("triarchy import git", { timeout: 90_000 }, () => {
  beforeAll(async () => {
    await migratedDataDir(dataDir);
    await withData(async (database) => {
      const steward = await makePerson(database.db);
      await makePerson(database.db, { email: "ana@coop.test", name: "Ana" });
      await makeOrg(database.db, steward, { kind: "enterprise", slug: "river-coop", name: "River Coop" });
      slug = (await makeCommons(database.db, steward)).slug;
    });
    repo = new TestRepo(join(scratch, "repo"));
    repo.commit({ name: "Ana", email: "ana@coop.test" }, "2024-05-01T10:00:00Z", "Start", { "a.ts": "1\n2\n" });
    repo.commit({ name: "Mapped Person", email: "m@river.test" }, "2024-05-02T10:00:00Z", "Map it", { "a.ts": "1\n3\n" });
    repo.commit({ name: "Jo Unknown", email: "jo@nowhere.test" }, "2024-05-03T10:00:00Z", "Guess", { "README.md": "# hi\n" });
    writeFileSync(emailMap, "# who pays\nriver.test   River Coop\n");
  }, 120_000);

  it("imports the history with a progress line and a report, then again adding nothing", async () => {
    const first = await triarchy(["import", "git", repo.dir, "--commons", slug, "--email-map", emailMap]);
    expect(first.stderr).toContain("Importing commits: 3/3 rows");
    expect(first.code).toBe(0);
    expect(first.stdout).toContain(`into Commons ${slug} (${slug})`);
    expect(first.stdout).toMatch(/commits read: +3\n/);
    expect(first.stdout).toMatch(/added: +3\n/);
    expect(first.stdout).toMatch(/merges skipped: +0 /);
    expect(first.stdout).toMatch(/paid: +1 commit \(33%\), 2 lines/);
    expect(first.stdout).toMatch(/volunteer: +1 commit \(33%\), 2 lines/);
    expect(first.stdout).toMatch(/unknown: +1 commit \(33%\), 1 lines/);
    expect(first.stdout).toContain("River Coop (river-coop): 1 commit, 2 lines");
    expect(first.stdout).toContain("Jo Unknown <j…@nowhere.test>: 1 commit");
    expect(first.stdout + first.stderr).not.toContain("jo@nowhere.test");
    expect(await imported()).toBe(3);

    const again = await triarchy(["import", "git", repo.dir, "--commons", slug]);
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/added: +0\n/);
    expect(again.stdout).toMatch(/already imported: +3\n/);
    expect(await imported()).toBe(3);
  });

  it("refuses a directory that is not a repository, an empty repository and a bad email map with one line, changing nothing", async () => {
    const before = await imported();
    const plain = join(scratch, "plain");
    mkdirSync(plain, { recursive: true });
    const notRepo = await triarchy(["import", "git", plain, "--commons", slug]);
    expect(notRepo.code).toBe(1);
    expect(notRepo.stderr).toBe(`triarchy: ${plain} is not a git repository.\n`);

    const empty = new TestRepo(join(scratch, "empty"));
    const none = await triarchy(["import", "git", empty.dir, "--commons", slug]);
    expect(none.code).toBe(1);
    expect(none.stderr).toBe(`triarchy: ${empty.dir} is an empty git repository: it has no commits to import.\n`);

    const bad = join(scratch, "bad-map");
    writeFileSync(bad, "# ok\nriver.test   No Such Enterprise\n");
    const badMap = await triarchy(["import", "git", repo.dir, "--commons", slug, "--email-map", bad]);
    expect(badMap.code).toBe(1);
    expect(badMap.stderr).toBe('triarchy: email map line 2: no organization is named "No Such Enterprise".\n');

    const noCommons = await triarchy(["import", "git", repo.dir, "--commons", "nowhere"]);
    expect(noCommons.code).toBe(1);
    expect(noCommons.stderr).toBe('triarchy: The commons "nowhere" was not found.\n');
    expect(await imported()).toBe(before);
  });
});
