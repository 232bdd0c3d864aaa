import { execFile } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { migratedDataDir } from "../test/template.ts";

/** The real `triarchy` binary on a PGlite data directory. */
const BIN = join(import.meta.dirname, "..", "..", "bin", "triarchy.mjs");
const scratch = mkdtempSync(join(tmpdir(), "triarchy-federation-cli-"));
const dataDir = join(scratch, "data");
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
beforeAll(() => migratedDataDir(dataDir), 120_000);

const triarchy = (args: string[]) =>
  new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
    execFile(
      process.execPath,
      [BIN, ...args],
      { env: { ...process.env, DATABASE_URL: "", DATA_DIR: dataDir, LOG_LEVEL: "silent" }, timeout: 60_000 },
      (err, stdout, stderr) => resolve({ code: err ? Number((err as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
  });

describe("triarchy federation", { timeout: 90_000 }, () => {
  it("blocks an instance, shows it in the status with the queue, refuses a malformed target, and unblocks", async () => {
    const blocked = await triarchy(["federation", "block", "Spam.Example", "--reason", "spam"]);
    expect(blocked.stdout.trim()).toBe("Blocked the instance spam.example.");
    const status = await triarchy(["federation", "status"]);
    expect(status.code).toBe(0);
    expect(status.stdout).toContain("Queue: 0 message(s), 0 ready");
    expect(status.stdout).toContain("No inbox is failing.");
    expect(status.stdout).toContain("Blocked: spam.example");
    const bad = await triarchy(["federation", "block", "not a host!"]);
    expect(bad.code).toBe(1);
    expect(bad.stderr.trim()).toMatch(/^triarchy: Give a host/);
    expect((await triarchy(["federation", "unblock", "spam.example"])).stdout.trim()).toBe("Unblocked spam.example.");
    expect((await triarchy(["federation", "status"])).stdout).toContain("Nothing is blocked.");
  });
});
