/**
 * One load test: a warm-up run (results kept only for its error count), then the measured run,
 * both with autocannon in this process. `next()` is called once per request autocannon builds,
 * so every request can have its own path and headers.
 *
 * `download()` is the other kind of test: one long streamed response, read to the end and thrown
 * away, with the server's RSS sampled while it streams.
 */
import { request } from "node:http";
import autocannon, { type Result } from "autocannon";
import { type CpuShares, rssMiB } from "./processes.ts";

/** What a test must reach: a share of the bare endpoint's req/s, a p99 latency, or both. Null: information only. */
export interface Target {
  /** At least this × the bare GET's req/s. */
  ratio?: number;
  /** At least this × the req/s of the test's bare write (`Scenario.writeReference`), measured in the same run. */
  writeRatio?: number;
  p99Ms?: number;
}

export interface Scenario {
  key: string;
  label: string;
  baseUrl: string;
  method: "GET" | "POST" | "PUT";
  target: Target | null;
  /** Connections for this test when not the run's default (light concurrency for heavy reports). */
  connections?: number;
  /** A write's reference: the key of the bare endpoint writing the same rows in one statement. */
  writeReference?: string;
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
  writeReference?: string;
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
            // A request without a body says so with Content-Length: 0, as browsers' fetch does; autocannon sends neither
            // length nor body, and the server answers a body it cannot size with Connection: close (src/http/unread-body.ts),
            // which would measure a new TCP connection per request instead of the write.
            const empty: Record<string, string> = s.method === "GET" ? {} : { "content-length": "0" };
            return body === undefined
              ? { ...req, path, headers: { ...req.headers, ...empty, ...headers } }
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
    ...(s.writeReference ? { writeReference: s.writeReference } : {}),
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

/** A streamed download: one request, its body counted and discarded. */
export interface Download {
  key: string;
  label: string;
  url: string;
  headers?: Record<string, string>;
  /** The entries the body should hold (lines that start with a digit: an hledger transaction starts with its date). */
  expectedEntries: number;
  /** RSS growth allowed, in MiB (max during the download − before it). */
  targetRssGrowthMiB: number;
  /** The server whose RSS is sampled. */
  pid: number;
  timeoutMs: number;
}

export interface DownloadMeasurement {
  key: string;
  label: string;
  status: number;
  bytes: number;
  seconds: number;
  /** Lines that start with a digit, counted in the stream. */
  entries: number;
  expectedEntries: number;
  entriesPerSecond: number;
  mibPerSecond: number;
  /** Time to the first byte of the body, ms. */
  firstByteMs: number;
  rss: {
    beforeMiB: number;
    maxMiB: number;
    afterMiB: number;
    growthMiB: number;
    /** The highest RSS while each quarter of the expected entries streamed: rising quarters would mean memory grows with the export. */
    maxByQuarterMiB: number[];
    samples: number;
  };
  targetRssGrowthMiB: number;
  cpu: CpuShares;
  /** Why the download did not complete, if it did not. */
  error: string | null;
}

const DIGIT_0 = 0x30;
const DIGIT_9 = 0x39;
const NEWLINE = 0x0a;

/**
 * Streams `d.url` to nowhere, counting bytes and lines that start with a digit, and samples the
 * server's RSS every 50 ms meanwhile. Reading as fast as the socket delivers means the server, not
 * this process, sets the pace; a server that buffered the body instead of streaming it shows up as
 * RSS growth.
 */
export async function download(d: Download, sample: () => () => CpuShares): Promise<DownloadMeasurement> {
  const before = rssMiB(d.pid).rss;
  let max = before;
  let samples = 0;
  let entries = 0;
  const quarters = [0, 0, 0, 0];
  const timer = setInterval(() => {
    try {
      const rss = rssMiB(d.pid).rss;
      max = Math.max(max, rss);
      const q = Math.min(3, Math.floor((4 * entries) / Math.max(1, d.expectedEntries)));
      quarters[q] = Math.max(quarters[q]!, rss);
      samples++;
    } catch {
      // the server is gone; the request fails and says so
    }
  }, 50);
  const done = sample();
  const start = performance.now();
  let firstByteMs = Number.NaN;
  let bytes = 0;
  let atLineStart = true;
  let status = 0;
  let error: string | null = null;
  try {
    await new Promise<void>((resolve, reject) => {
      const req = request(d.url, { headers: d.headers, timeout: d.timeoutMs }, (res) => {
        status = res.statusCode ?? 0;
        res.on("data", (chunk: Buffer) => {
          if (Number.isNaN(firstByteMs)) firstByteMs = performance.now() - start;
          bytes += chunk.length;
          if (atLineStart && chunk[0]! >= DIGIT_0 && chunk[0]! <= DIGIT_9) entries++;
          for (let i = chunk.indexOf(NEWLINE); i !== -1; i = chunk.indexOf(NEWLINE, i + 1)) {
            const next = chunk[i + 1];
            if (next !== undefined && next >= DIGIT_0 && next <= DIGIT_9) entries++;
          }
          atLineStart = chunk[chunk.length - 1] === NEWLINE;
        });
        res.on("end", () => resolve());
        res.on("error", reject);
        res.on("aborted", () => reject(new Error("the server aborted the response")));
      });
      req.on("timeout", () => req.destroy(new Error(`no answer within ${d.timeoutMs / 1000} s`)));
      req.on("error", reject);
      req.end();
    });
  } catch (err) {
    error = (err as Error).message;
  }
  const seconds = (performance.now() - start) / 1000;
  const cpu = done();
  clearInterval(timer);
  const after = rssMiB(d.pid).rss;
  max = Math.max(max, after);
  if (!error && status !== 200) error = `HTTP ${status}`;
  if (!error && entries !== d.expectedEntries) error = `${entries} entries in the body, ${d.expectedEntries} expected`;
  const round = (x: number) => Math.round(x * 10) / 10;
  return {
    key: d.key,
    label: d.label,
    status,
    bytes,
    seconds: Math.round(seconds * 1000) / 1000,
    entries,
    expectedEntries: d.expectedEntries,
    entriesPerSecond: Math.round(entries / seconds),
    mibPerSecond: round(bytes / 2 ** 20 / seconds),
    firstByteMs: Math.round(firstByteMs),
    rss: {
      beforeMiB: round(before),
      maxMiB: round(max),
      afterMiB: round(after),
      growthMiB: round(max - before),
      maxByQuarterMiB: quarters.map(round),
      samples,
    },
    targetRssGrowthMiB: d.targetRssGrowthMiB,
    cpu,
    error,
  };
}
