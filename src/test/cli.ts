import { execFile } from "node:child_process";
import { join } from "node:path";

/** The real `triarchy` binary, as a newcomer runs it. */
export const TRIARCHY_BIN = join(import.meta.dirname, "..", "..", "bin", "triarchy.mjs");

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `triarchy ARGS…` on the PGlite data directory `dataDir` (never a server's database), quietly logged. */
export function triarchyOn(dataDir: string, opts: { timeoutMs?: number } = {}) {
  return (args: string[]) =>
    new Promise<CliRun>((resolve) => {
      execFile(
        process.execPath,
        [TRIARCHY_BIN, ...args],
        { env: { ...process.env, DATABASE_URL: "", DATA_DIR: dataDir, LOG_LEVEL: "silent" }, timeout: opts.timeoutMs ?? 60_000 },
        (err, stdout, stderr) => resolve({ code: err ? Number((err as { code?: number }).code ?? 1) : 0, stdout, stderr }),
      );
    });
}
