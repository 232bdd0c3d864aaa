import { type ChildProcess, spawn } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { createServer } from "node:net";

/** A child process the bench started, with the tail of its output for error messages. */
export interface Child {
  name: string;
  proc: ChildProcess;
  pid: number;
  tail(): string;
}

const running = new Set<Child>();

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const addr = srv.address();
      const port = typeof addr === "object" && addr ? addr.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

/** Starts `node <args>` in `cwd`; stderr lines are echoed (the server logs warnings there), stdout is kept for diagnostics. */
export function startChild(name: string, args: string[], opts: { cwd: string; env: NodeJS.ProcessEnv }): Child {
  const proc = spawn(process.execPath, args, { cwd: opts.cwd, env: opts.env, stdio: ["ignore", "pipe", "pipe"] });
  if (proc.pid === undefined) throw new Error(`could not start ${name}`);
  let output = "";
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-4000);
  };
  proc.stdout?.on("data", keep);
  proc.stderr?.on("data", (chunk: Buffer) => {
    keep(chunk);
    for (const line of chunk.toString().split("\n")) if (line.trim()) process.stderr.write(`  [${name}] ${line}\n`);
  });
  const child: Child = { name, proc, pid: proc.pid, tail: () => output };
  running.add(child);
  proc.once("exit", () => running.delete(child));
  return child;
}

/** Polls `url` until it answers 200, failing early if the child dies. */
export async function waitForHttp(child: Child, url: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last = "no answer";
  while (Date.now() < deadline) {
    if (child.proc.exitCode !== null || child.proc.signalCode !== null) {
      throw new Error(`${child.name} exited (${child.proc.exitCode ?? child.proc.signalCode}) before answering:\n${child.tail()}`);
    }
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(2000) });
      await res.arrayBuffer();
      if (res.ok) return;
      last = `HTTP ${res.status}`;
    } catch (err) {
      last = (err as Error).message;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${child.name} did not answer ${url} within ${timeoutMs} ms (${last}):\n${child.tail()}`);
}

/** SIGTERM, then SIGKILL after a grace period. */
export async function stopChild(child: Child, graceMs = 5000): Promise<void> {
  const { proc } = child;
  if (proc.exitCode !== null || proc.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => proc.once("exit", () => resolve()));
  proc.kill("SIGTERM");
  const timer = setTimeout(() => proc.kill("SIGKILL"), graceMs);
  await exited;
  clearTimeout(timer);
}

export async function stopAll(): Promise<void> {
  await Promise.all([...running].map((c) => stopChild(c)));
}

/** Last resort on process exit: nothing asynchronous runs there, so kill outright. */
export function killAllSync(): void {
  for (const child of running) child.proc.kill("SIGKILL");
}

/** Resident set size in MiB, from /proc/<pid>/status (Linux). */
export function rssMiB(pid: number): { rss: number; peak: number } {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  const kib = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, "m").exec(status)?.[1] ?? Number.NaN);
  return { rss: kib("VmRSS") / 1024, peak: kib("VmHWM") / 1024 };
}

const TICKS_PER_SECOND = 100;

/** CPU seconds (user + system) a process has used so far, from /proc/<pid>/stat; 0 once it is gone. */
function cpuSeconds(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
  } catch {
    return 0;
  }
}

/** Busy CPU seconds of the whole machine (all cores), from /proc/stat. */
function machineBusySeconds(): number {
  const n = readFileSync("/proc/stat", "utf8").split("\n")[0]!.trim().split(/\s+/).slice(1).map(Number);
  return (n.reduce((s, x) => s + x, 0) - (n[3] ?? 0) - (n[4] ?? 0)) / TICKS_PER_SECOND;
}

const PG_BACKGROUND = /^postgres: .*: (checkpointer|background writer|walwriter|autovacuum launcher|logical replication launcher)/;

/** PostgreSQL processes working for `database`: its backends and autovacuum workers, plus the shared background processes. */
function postgresPids(database: string): number[] {
  const pids: number[] = [];
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    let cmd: string;
    try {
      cmd = readFileSync(`/proc/${entry}/cmdline`, "utf8").replace(/\0/g, " ");
    } catch {
      continue;
    }
    if (cmd.startsWith("postgres: ") && (cmd.includes(` ${database} `) || PG_BACKGROUND.test(cmd))) pids.push(Number(entry));
  }
  return pids;
}

export type CpuShares = Record<"app" | "pg" | "loadgen" | "other" | "total", number>;

/**
 * Starts a CPU sample; the returned function ends it and gives, as % of one core: the app
 * (the endpoint's node process), PostgreSQL (processes serving `database`), the load generator
 * (this process) and "other" — everything else that was busy on the machine, i.e. interference.
 */
export function sampleCpu(appPid: number, database: string): () => CpuShares {
  const t = performance.now();
  const self = process.cpuUsage();
  const app0 = cpuSeconds(appPid);
  const pg0 = new Map(postgresPids(database).map((pid) => [pid, cpuSeconds(pid)]));
  const machine0 = machineBusySeconds();
  return () => {
    const wall = (performance.now() - t) / 1000;
    const app = cpuSeconds(appPid) - app0;
    // Backends that started during the sample count whole; ones that ended are lost (idle ones, in practice).
    const pg = postgresPids(database).reduce((s, pid) => s + cpuSeconds(pid) - (pg0.get(pid) ?? 0), 0);
    const mine = process.cpuUsage(self);
    const loadgen = (mine.user + mine.system) / 1e6;
    const total = machineBusySeconds() - machine0;
    const pct = (x: number) => Math.round((1000 * x) / wall) / 10;
    return { app: pct(app), pg: pct(pg), loadgen: pct(loadgen), other: pct(Math.max(0, total - app - pg - loadgen)), total: pct(total) };
  };
}

/** How busy the machine is right now (% of one core, over `ms`), to warn when other work will disturb the figures. */
export async function machineBusyPct(ms = 1000): Promise<number> {
  const m0 = machineBusySeconds();
  await new Promise((r) => setTimeout(r, ms));
  return Math.round((100 * (machineBusySeconds() - m0)) / (ms / 1000));
}
