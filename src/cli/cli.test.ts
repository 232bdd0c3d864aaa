import { execFile } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { openDatabase } from "../db/client.ts";
import { getInstanceInfo } from "../modules/instance/service.ts";

/** The real `triarchy` binary, run as a newcomer would, each time against its own PGlite directory. */
const BIN = join(import.meta.dirname, "..", "..", "bin", "triarchy.mjs");
const scratch = mkdtempSync(join(tmpdir(), "triarchy-cli-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function triarchy(dataDir: string, args: string[], env: Record<string, string> = {}) {
  return new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
    execFile(
      process.execPath,
      [BIN, ...args],
      { env: { ...process.env, DATABASE_URL: "", DATA_DIR: dataDir, LOG_LEVEL: "silent", ...env }, timeout: 60_000 },
      (err, stdout, stderr) => resolve({ code: err ? ((err as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
  });
}

async function instanceOf(dataDir: string) {
  const database = await openDatabase({ kind: "pglite", dataDir });
  try {
    return await getInstanceInfo(database.db, false);
  } finally {
    await database.close();
  }
}

// Each test spawns the real binary several times (migrations, the demo world, its ledger check, a backup and a restore): slow on a loaded machine.
describe("the triarchy CLI", { timeout: 180_000 }, () => {
  it("migrates, then creates an admin, refusing a weak password with a one-line reason", async () => {
    const dir = join(scratch, "admin");
    expect((await triarchy(dir, ["migrate"])).stdout).toContain("Migrations applied.");
    const weak = await triarchy(dir, ["admin", "create", "--handle", "root", "--email", "root@example.test"], {
      TRIARCHY_ADMIN_PASSWORD: "short",
    });
    expect(weak.code).toBe(1);
    expect(weak.stderr.trim()).toMatch(/^triarchy: password: /);
    const ok = await triarchy(dir, ["admin", "create", "--handle", "root", "--email", "root@example.test"], {
      TRIARCHY_ADMIN_PASSWORD: "a long admin passphrase",
    });
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain("Created admin @root.");
    expect(await instanceOf(dir)).toMatchObject({ setUp: true, counts: { people: 1 } });
    const again = await triarchy(dir, ["admin", "create", "--handle", "root", "--email", "other@example.test"], {
      TRIARCHY_ADMIN_PASSWORD: "a long admin passphrase",
    });
    expect(again.code).toBe(1);
    expect(again.stderr).toContain("This handle is taken.");
  });

  it("loads the demo world once, backs it up, and restores it into an empty instance", async () => {
    const source = join(scratch, "demo");
    const target = join(scratch, "restored");
    const file = join(scratch, "demo.backup");
    const demo = await triarchy(source, ["demo"]);
    expect(demo.code).toBe(0);
    expect(demo.stdout).toContain("riverton-demo-2026");
    const twice = await triarchy(source, ["demo"]);
    expect(twice.code).toBe(1);
    expect(twice.stderr).toContain("already has data");
    // The books the demo wrote through the services keep every invariant `ledger verify` checks.
    const verify = await triarchy(source, ["ledger", "verify"]);
    expect(verify.stdout).toContain("The ledger is consistent");
    expect(verify.code).toBe(0);
    expect((await triarchy(source, ["backup", file])).code).toBe(0);
    const restore = await triarchy(target, ["restore", file]);
    expect(restore.code).toBe(0);
    expect(await instanceOf(target)).toEqual(await instanceOf(source));
    // Five runs of the binary over the whole demo world (its participatory budget enters 600 ballots).
  }, 180_000);
});
