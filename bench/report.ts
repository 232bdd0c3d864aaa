/** Turns measurements into verdicts against the targets, a table for the terminal, and JSON on disk. */
import { mkdirSync, writeFileSync } from "node:fs";
import { cpus } from "node:os";
import { dirname } from "node:path";
import type { DownloadMeasurement, Measurement } from "./measure.ts";

export const TARGETS = {
  readRatio: 0.4,
  joinRatio: 0.3,
  p99Ms: 50,
  idleRssMiB: 200,
  /** The commons tests. */
  historyP99Ms: 50,
  diffP99Ms: 100,
  creditP99Ms: 500,
  proposeRatio: 0.3,
  /** The association tests. */
  tallyP99Ms: 300,
  rankedTallyP99Ms: 2000,
  booksP99Ms: 500,
  reportP99Ms: 500,
  journalRssGrowthMiB: 50,
  voteRatio: 0.3,
  /** Every checked write (join, propose, vote, post, book) against the bare write of the same rows in one statement. */
  writeRatio: 0.5,
  /** The notifications tests. */
  unreadP99Ms: 20,
  fanOutSeconds: 10,
  /** The shared-resources tests (booking: writeRatio, against the bare booking). */
  availabilityP99Ms: 50,
  impactP99Ms: 300,
  /** The participatory-budget tests (casting a ballot: writeRatio, against the bare ballot). */
  resultsP99Ms: 50,
  /** The coalition tests. */
  distributionP99Ms: 2000,
  gitImportSeconds: 60,
};

export interface Row {
  key: string;
  label: string;
  rps: number;
  p99: number;
  ratio: number | null;
  /** A write's req/s over its bare write's (the same rows in one statement, no auth or checks). */
  writeRatio: number | null;
  target: string;
  failures: string[];
  /** null for the reference row, which has no target of its own. */
  pass: boolean | null;
}

export interface Memory {
  idleMiB: number;
  afterMiB: number;
  peakMiB: number;
}

const errorsOf = (m: Measurement) => m.non2xx + m.errors + m.warmup.non2xx + m.warmup.errors;

export interface DownloadRow {
  key: string;
  label: string;
  target: string;
  failures: string[];
  /** null: skipped (the route is not in this server). */
  pass: boolean | null;
}

/** A download passes when it completed, held every entry, and the server's RSS grew less than its target. */
export function downloadVerdict(d: DownloadMeasurement | { key: string; label: string; skipped: string }): DownloadRow {
  const target = `RSS growth < ${TARGETS.journalRssGrowthMiB} MiB`;
  if ("skipped" in d) return { key: d.key, label: d.label, target, failures: [], pass: null };
  const failures: string[] = [];
  if (d.error) failures.push(d.error);
  if (d.rss.growthMiB >= d.targetRssGrowthMiB) failures.push(`RSS grew ${d.rss.growthMiB} MiB ≥ ${d.targetRssGrowthMiB} MiB`);
  return { key: d.key, label: d.label, target: `RSS growth < ${d.targetRssGrowthMiB} MiB`, failures, pass: failures.length === 0 };
}

export function verdicts(bare: Measurement, others: Measurement[], memory: Memory): { rows: Row[]; rss: Row; pass: boolean } {
  const rows: Row[] = [
    {
      key: bare.key,
      label: bare.label,
      rps: bare.rps,
      p99: bare.latencyMs.p99,
      ratio: 1,
      writeRatio: null,
      target: "reference",
      failures: errorsOf(bare) ? ["errors"] : [],
      pass: errorsOf(bare) ? false : null,
    },
  ];
  for (const m of others) {
    const ratio = bare.rps > 0 ? m.rps / bare.rps : 0;
    const reference = m.writeReference ? others.find((o) => o.key === m.writeReference) : undefined;
    const writeRatio = reference && reference.rps > 0 ? m.rps / reference.rps : null;
    const t = m.target;
    const failures: string[] = [];
    if (t?.ratio !== undefined && ratio < t.ratio) failures.push(`ratio < ${t.ratio}`);
    if (t?.writeRatio !== undefined && writeRatio !== null && writeRatio < t.writeRatio) failures.push(`× write < ${t.writeRatio}`);
    if (t?.p99Ms !== undefined && m.latencyMs.p99 >= t.p99Ms) failures.push(`p99 ≥ ${t.p99Ms} ms`);
    if (errorsOf(m)) failures.push("errors");
    const goals = [
      t?.ratio !== undefined ? `≥ ${t.ratio} × bare` : "",
      t?.writeRatio !== undefined && writeRatio !== null ? `≥ ${t.writeRatio} × write` : "",
      t?.p99Ms !== undefined ? `p99 < ${t.p99Ms} ms` : "",
    ].filter(Boolean);
    rows.push({
      key: m.key,
      label: m.label,
      rps: m.rps,
      p99: m.latencyMs.p99,
      ratio,
      writeRatio,
      target: t ? goals.join(", ") : m.key.startsWith("bare") ? "reference (writes)" : "(info)",
      failures,
      pass: t || failures.length ? failures.length === 0 : null,
    });
  }
  const rssOk = memory.idleMiB < TARGETS.idleRssMiB;
  const rss: Row = {
    key: "idle-rss",
    label: "server idle RSS (MiB)",
    rps: Number.NaN,
    p99: Number.NaN,
    ratio: null,
    writeRatio: null,
    target: `< ${TARGETS.idleRssMiB} MiB`,
    failures: rssOk ? [] : [`RSS ≥ ${TARGETS.idleRssMiB} MiB`],
    pass: rssOk,
  };
  return { rows, rss, pass: [...rows, rss].every((r) => r.pass !== false) };
}

function table(header: string[], body: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((r) => (r[i] ?? "").length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join("  ");
  return [line(header), widths.map((w) => "-".repeat(w)).join("  "), ...body.map(line)].join("\n");
}

const verdict = (r: Row) => (r.pass === null ? "—" : r.pass ? "PASS" : `FAIL (${r.failures.join(", ")})`);

export function render(all: Measurement[], v: ReturnType<typeof verdicts>, memory: Memory): string {
  const byKey = new Map(all.map((m) => [m.key, m]));
  const body = v.rows.map((r) => {
    const m = byKey.get(r.key)!;
    const bad = m.non2xx + m.errors;
    const c = m.cpu;
    return [
      r.label,
      String(m.connections),
      r.rps.toFixed(0),
      m.latencyMs.p50.toFixed(1),
      r.p99.toFixed(1),
      `${c.app.toFixed(0)}/${c.pg.toFixed(0)}/${c.loadgen.toFixed(0)}/${c.other.toFixed(0)}`,
      `${m.cpuMsPerRequest.app.toFixed(2)}/${m.cpuMsPerRequest.pg.toFixed(2)}`,
      r.ratio === null ? "" : r.ratio.toFixed(2),
      r.writeRatio === null ? "" : r.writeRatio.toFixed(2),
      r.target,
      bad ? `${bad} !!` : "0",
      verdict(r),
    ];
  });
  body.push([v.rss.label, "", "", "", "", "", "", "", "", v.rss.target, "", `${memory.idleMiB.toFixed(1)} → ${verdict(v.rss)}`]);
  body.push([
    "server RSS after load (MiB)",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "(info)",
    "",
    `${memory.afterMiB.toFixed(1)} (peak ${memory.peakMiB.toFixed(1)})`,
  ]);
  const write = byKey.get("bare-write");
  const join = byKey.get("join");
  const propose = byKey.get("propose");
  const joinVsWrite =
    write && join
      ? [`join reaches ${(join.rps / write.rps).toFixed(2)} × the bare write (the same two rows in one statement, no auth or checks).`]
      : [];
  const proposeVsWrite =
    write && propose
      ? [
          `propose reaches ${(propose.rps / write.rps).toFixed(2)} × the bare write (for information: its target, like join's, is against the bare GET; the bare write is two rows, a proposal writes a blob, a contribution and an activity).`,
        ]
      : [];
  const bareProposal = byKey.get("bare-propose");
  const proposeVsBare =
    bareProposal && propose
      ? [
          `propose reaches ${(propose.rps / bareProposal.rps).toFixed(2)} × the bare propose write (for information: the same three rows — blob, contribution, activity — in one statement, no auth or checks).`,
        ]
      : [];
  const vote = byKey.get("vote");
  const voteVsWrite =
    write && vote
      ? [
          `vote reaches ${(vote.rps / write.rps).toFixed(2)} × the bare write (for information: its target is against the bare GET; a vote change upserts the vote, locks the proposal against closing and writes an activity).`,
        ]
      : [];
  return [
    table(
      [
        "endpoint",
        "conns",
        "req/s",
        "p50 ms",
        "p99 ms",
        "CPU% app/pg/gen/other",
        "CPU ms/req app/pg",
        "× bare",
        "× write",
        "target",
        "non-2xx/err",
        "result",
      ],
      body,
    ),
    `CPU% = share of one core during the measured run (the machine has ${cpus().length} cores): app = the endpoint's node process,`,
    "pg = PostgreSQL processes of the bench database, gen = autocannon (the orchestrator), other = anything else busy (other workloads, kernel threads).",
    "× write = a write's req/s over its bare write's: the same rows in one statement, no authentication or checks (join, propose and vote against the bare membership write; post against the bare posting; book against the bare booking).",
    ...joinVsWrite,
    ...proposeVsWrite,
    ...proposeVsBare,
    ...voteVsWrite,
    ...(byKey.has("credit")
      ? [
          "credit: PostgreSQL's parallel workers live for one query, too briefly for the /proc sampling to attribute them: their CPU shows under other.",
        ]
      : []),
  ].join("\n");
}

/** The streamed downloads: size, time, throughput and the server's RSS while streaming. */
export function renderDownloads(ds: (DownloadMeasurement | { key: string; label: string; skipped: string })[]): string {
  const body = ds.map((d) => {
    const v = downloadVerdict(d);
    if ("skipped" in d) return [d.label, "", "", "", "", "", "", "", "", v.target, `skipped: ${d.skipped}`];
    return [
      d.label,
      `${(d.bytes / 2 ** 20).toFixed(1)}`,
      d.seconds.toFixed(1),
      `${d.entries.toLocaleString("en")}`,
      d.entriesPerSecond.toLocaleString("en"),
      d.mibPerSecond.toFixed(1),
      `${d.rss.beforeMiB.toFixed(0)} → ${d.rss.maxMiB.toFixed(0)}`,
      d.rss.maxByQuarterMiB.map((x) => x.toFixed(0)).join(" / "),
      d.rss.growthMiB.toFixed(1),
      v.target,
      v.pass ? "PASS" : `FAIL (${v.failures.join(", ")})`,
    ];
  });
  return [
    table(
      ["download", "MiB", "s", "entries", "entries/s", "MiB/s", "RSS MiB before → max", "max per quarter", "growth", "target", "result"],
      body,
    ),
    "The download runs first of the server's tests, so 'before' is the idle server; 'max per quarter' is the highest RSS while each quarter of the entries streamed (flat quarters: memory does not grow with the export).",
  ].join("\n");
}

/** Every non-2xx response and connection error, spelled out; empty when there were none. */
export function errorReport(all: Measurement[]): string[] {
  const lines: string[] = [];
  for (const m of all) {
    if (errorsOf(m) === 0) continue;
    const codes = Object.entries(m.statusCodes)
      .map(([c, n]) => `${c}×${n}`)
      .join(" ");
    lines.push(
      `${m.label}: ${m.non2xx} non-2xx, ${m.errors} connection errors (${m.timeouts} timeouts); warm-up ${m.warmup.non2xx} non-2xx, ${m.warmup.errors} errors; status codes: ${codes}`,
    );
  }
  return lines;
}

export function writeJson(path: string, data: unknown): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `${JSON.stringify(data, null, 2)}\n`);
}
