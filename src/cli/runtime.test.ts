import { execFileSync, spawnSync } from "node:child_process";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { BASELINE_FLAG, wantsBaselineCompiler } from "../../bin/baseline-compiler.mjs";
import { MINIMUM_NODE_MAJOR, requireSupportedNode } from "../../bin/require-node.mjs";

const ROOT = join(import.meta.dirname, "..", "..");

describe("the Node.js runtime", () => {
  afterEach(() => vi.restoreAllMocks());

  it("runs on the Node 24 the project ships", () => {
    expect(Number(process.versions.node.split(".")[0])).toBe(24);
    const shipped = execFileSync(join(ROOT, "node_modules", ".bin", "node"), ["--version"], { encoding: "utf8" });
    expect(shipped).toMatch(/^v24\./);
  });

  it("refuses an older Node with a message that says what to do", () => {
    const exit = vi.spyOn(process, "exit").mockImplementation((() => undefined) as never);
    const stderr = vi.spyOn(process.stderr, "write").mockImplementation(() => true);
    requireSupportedNode("20.20.2");
    expect(exit).toHaveBeenCalledWith(1);
    expect(String(stderr.mock.calls[0]?.[0])).toMatch(/needs Node\.js 22 or later, but this is Node\.js 20\.20\.2[\s\S]*npm install/);
  });

  it("accepts the supported versions", () => {
    const exit = vi.spyOn(process, "exit").mockImplementation((() => undefined) as never);
    requireSupportedNode(`${MINIMUM_NODE_MAJOR}.0.0`);
    requireSupportedNode("24.21.0");
    expect(exit).not.toHaveBeenCalled();
  });

  it("runs every command but the server on V8's baseline compiler, in one child, with its exit code", () => {
    expect(wantsBaselineCompiler(["node", "triarchy", "ledger", "verify"], [])).toBe(true);
    expect(wantsBaselineCompiler(["node", "triarchy"], [])).toBe(true);
    expect(wantsBaselineCompiler(["node", "triarchy", "serve"], [])).toBe(false);
    expect(wantsBaselineCompiler(["node", "triarchy", "ledger", "verify"], [BASELINE_FLAG])).toBe(false);
    const child = spawnSync(join(ROOT, "node_modules", ".bin", "node"), [join(ROOT, "bin", "triarchy.mjs"), "no-such-command"], {
      encoding: "utf8",
    });
    expect(child.status).toBe(1);
    expect(child.stderr).toContain("unknown command 'no-such-command'");
  });
});
