import { spawn } from "node:child_process";

// PGlite's PostgreSQL is a large WebAssembly module. At every start V8 compiles it with its baseline
// compiler (Liftoff), then again in the background with its optimizing one: about 2 s of CPU and
// 500 MB of memory, which a command that runs for a second or two never earns back (measured: opening
// a data directory and closing it cost 3.5 s of CPU and 630 MB; on Liftoff alone, 0.8 s and 140 MB).
// So every command but `serve` runs in a child Node on Liftoff alone; the server keeps the optimizing
// compiler, which serves it for as long as it runs.
export const BASELINE_FLAG = "--liftoff-only";

/** Whether this start should hand over to a child on the baseline compiler. */
export function wantsBaselineCompiler(argv = process.argv, execArgv = process.execArgv) {
  return argv[2] !== "serve" && !execArgv.includes(BASELINE_FLAG);
}

/**
 * Runs `script` again with the same arguments on the baseline compiler, passing signals on and
 * leaving with the child's exit code or signal. Resolves never: the process ends with the child.
 */
export function rerunOnBaselineCompiler(script) {
  const child = spawn(process.execPath, [BASELINE_FLAG, ...process.execArgv, script, ...process.argv.slice(2)], { stdio: "inherit" });
  const signals = ["SIGINT", "SIGTERM", "SIGHUP"];
  for (const signal of signals) process.on(signal, () => child.kill(signal));
  child.on("error", (err) => {
    process.stderr.write(`triarchy: ${err.message}\n`);
    process.exit(1);
  });
  child.on("exit", (code, signal) => {
    if (signal) {
      for (const s of signals) process.removeAllListeners(s);
      process.kill(process.pid, signal);
    }
    process.exit(code ?? 1);
  });
  return new Promise(() => {});
}
