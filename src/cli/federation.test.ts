import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { triarchyOn } from "../test/cli.ts";
import { migratedDataDir } from "../test/template.ts";

/** The real `triarchy` binary on a PGlite data directory. */
const scratch = mkdtempSync(join(tmpdir(), "triarchy-federation-cli-"));
const dataDir = join(scratch, "data");
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
beforeAll(() => migratedDataDir(dataDir), 120_000);

const triarchy = triarchyOn(dataDir);

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
