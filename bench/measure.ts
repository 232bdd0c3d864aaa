/**
 * One load test: a warm-up run (results kept only for its error count), then the measured run,
 * both with autocannon in this process. `next()` is called once per request autocannon builds,
 * so every request can have its own path and headers.
 */
import autocannon, { type Result } from "autocannon";
import type { CpuShares } from "./processes.ts";

/** What a test must reach: a share of the bare endpoint's req/s, a p99 latency, or both. Null: information only. */
export interface Target {
  /** At least this × the bare GET's req/s. */
  ratio?: number;
  p99Ms?: number;
}

export interface Scenario {
  key: string;
  label: string;
  baseUrl: string;
  method: "GET" | "POST";
  target: Target | null;
  /** Connections for this test when not the run's default (light concurrency for heavy reports). */
  connections?: number;
  next: () => { path: string; headers?: Record<string, string>; body?: string };
}

export interface RunSettings {
  connections: number;
  duration: number;
  warmup: number;
}

export interface Measurement {
  key: string;
  label: string;
  target: Target | null;
  connections: number;
  requests: number;
  seconds: number;
  rps: number;
  latencyMs: { p50: number; p90: number; p99: number; max: number; mean: number };
  statusCodes: Record<string, number>;
  non2xx: number;
  errors: number;
  timeouts: number;
  warmup: { requests: number; non2xx: number; errors: number };
  /** CPU use during the measured run, in % of one core (see sampleCpu). */
  cpu: CpuShares;
  /** CPU milliseconds per request spent in the app's node process and in PostgreSQL. */
  cpuMsPerRequest: { app: number; pg: number };
}

function fire(s: Scenario, connections: number, duration: number): Promise<Result> {
  return Promise.resolve(
    autocannon({
      url: s.baseUrl,
      connections,
      duration,
      timeout: 10,
      method: s.method,
      requests: [
        {
          method: s.method,
          setupRequest: (req) => {
            const { path, headers, body } = s.next();
            return body === undefined
              ? { ...req, path, headers: { ...req.headers, ...headers } }
              : { ...req, path, headers: { ...req.headers, "content-type": "application/json", ...headers }, body };
          },
        },
      ],
    }),
  );
}

const codes = (r: Result) => Object.fromEntries(Object.entries(r.statusCodeStats).map(([code, v]) => [code, Number(v.count)]));

export async function measure(s: Scenario, opts: RunSettings, sample: () => () => CpuShares): Promise<Measurement> {
  const connections = s.connections ?? opts.connections;
  const warm = opts.warmup > 0 ? await fire(s, connections, opts.warmup) : null;
  const done = sample();
  const r = await fire(s, connections, opts.duration);
  const cpu = done();
  const requests = r.requests.total;
  return {
    key: s.key,
    label: s.label,
    target: s.target,
    connections,
    requests,
    seconds: r.duration,
    rps: requests / r.duration,
    latencyMs: { p50: r.latency.p50, p90: r.latency.p90, p99: r.latency.p99, max: r.latency.max, mean: r.latency.mean },
    statusCodes: codes(r),
    non2xx: r.non2xx,
    errors: r.errors,
    timeouts: r.timeouts,
    warmup: { requests: warm?.requests.total ?? 0, non2xx: warm?.non2xx ?? 0, errors: warm?.errors ?? 0 },
    cpu,
    cpuMsPerRequest: {
      app: Math.round((cpu.app * 10 * r.duration * 1000) / Math.max(1, requests)) / 1000,
      pg: Math.round((cpu.pg * 10 * r.duration * 1000) / Math.max(1, requests)) / 1000,
    },
  };
}
