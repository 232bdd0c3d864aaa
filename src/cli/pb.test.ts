import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { electionOf } from "../modules/budgeting/pabulib/election.ts";
import { projectField } from "../modules/budgeting/pabulib/instance.ts";
import { parsePb } from "../modules/budgeting/pabulib/parse.ts";
import { readSample, samplePath } from "../modules/budgeting/pabulib/test/samples.ts";
import { computeResults } from "../modules/budgeting/rules/results.ts";

/** The real `triarchy` binary, with a data directory that must stay untouched: `pb winners` opens no database. */
const BIN = join(import.meta.dirname, "..", "..", "bin", "triarchy.mjs");
const scratch = mkdtempSync(join(tmpdir(), "triarchy-pb-"));
const dataDir = join(scratch, "data");
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function triarchy(args: string[]) {
  return new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
    execFile(
      process.execPath,
      [BIN, ...args],
      { env: { ...process.env, DATABASE_URL: "", DATA_DIR: dataDir, LOG_LEVEL: "silent" }, timeout: 60_000 },
      (err, stdout, stderr) => resolve({ code: err ? ((err as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
  });
}

describe("triarchy pb winners", { timeout: 60_000 }, () => {
  it("prints greedy's winners as JSON: Kraków's selected projects", async () => {
    const pb = parsePb(readSample("Poland_Krakow_2020_Bienczyce"));
    const selected = pb.projects.filter((p) => projectField(pb, p, "selected") === "1").map((p) => p.id);
    const out = await triarchy(["pb", "winners", samplePath("Poland_Krakow_2020_Bienczyce"), "--rule", "greedy", "--json"]);
    expect(out.code).toBe(0);
    const printed = JSON.parse(out.stdout);
    expect([...printed.winners].sort()).toEqual(selected.sort());
    expect(printed).toMatchObject({ cost: 1258000, endowment: null });
  });

  it("prints the Method of Equal Shares' winners, cost and share as the rules compute them, and opens no database", async () => {
    const out = await triarchy([
      "pb",
      "winners",
      samplePath("Poland_Gdansk_2020_Chelm"),
      "--rule",
      "mes",
      "--completion",
      "add1",
      "--json",
    ]);
    expect(out.code).toBe(0);
    const expected = computeResults(electionOf(parsePb(readSample("Poland_Gdansk_2020_Chelm"))), { rule: "mes", completion: "add1" });
    expect(JSON.parse(out.stdout)).toEqual({ winners: expected.winners, cost: expected.cost, endowment: 594 });
    expect(existsSync(dataDir)).toBe(false);
  });

  it("prints a readable table with why each project was or was not funded", async () => {
    const out = await triarchy(["pb", "winners", samplePath("Poland_Gdansk_2020_Chelm"), "--comparison", "--tie-breaking", "id"]);
    expect(out.code).toBe(0);
    expect(out.stdout).toContain("Rule: mes, completion add1u, comparison by satisfaction, ties by id");
    expect(out.stdout).toContain("Each voter's share: 594 (from 408, 186 Add1 steps)");
    // The file writes "Bieżnia" with a combining dot above the z.
    expect(out.stdout).toMatch(/^1 +5 +285,000 +480 +Bie\S+ biegowa/m);
    expect(out.stdout).toMatch(/funded in round 1: 480 paid 593\.75 each/);
    expect(out.stdout).toMatch(/not funded: its supporters had [\d,.]+ left \(\d+% of its cost\); most of their money went to/);
  });

  it("refuses a file it cannot read, in one line naming the line at fault", async () => {
    const bad = join(scratch, "bad.pb");
    writeFileSync(bad, "META\nkey;value\nbudget;10\nvote_type;approval\nPROJECTS\nproject_id;cost\na;5\nVOTES\nvoter_id;vote\n1;a,b\n");
    const out = await triarchy(["pb", "winners", bad]);
    expect(out.code).toBe(1);
    expect(out.stderr).toBe(`triarchy: ${bad}: line 10: voter 1 votes for unknown project "b"\n`);
    const missing = await triarchy(["pb", "winners", join(scratch, "missing.pb"), "--rule", "greedy-threshold"]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/^triarchy: cannot read .*missing\.pb: ENOENT\n$/);
  });
});
