/**
 * The participatory-budget rules' speed (issue 15): parsing a `.pb` file, greedy, and the Method of
 * Equal Shares with Add1u and exact winners, on two generated approval votes the size of the largest
 * real ones:
 *   (a) 83 projects and 62,000 voters approving 1 to 5 projects each, with a budget that takes about
 *       190 Add1 steps (Warsaw 2026's city-wide vote; pabutools needs 763 s, equalshares.net 47 s);
 *   (b) 160 projects and 90,000 voters (Łódź 2022; pabutools 73 s, equalshares.net 27 s).
 * Targets: the Method of Equal Shares < 5 s, greedy < 100 ms, parsing < 1 s. No server and no database:
 * `node bench/pb-rules.ts` prints a table (`--json`: the figures), and `npm run bench` runs it as a child
 * process under the key `pb-rules` (run.ts).
 *
 * The votes are generated from a fixed seed, so every run counts the same elections: costs spread
 * log-uniformly between 20,000 and 2,000,000, projects' popularity falling off with their rank,
 * and ballots of one to five projects, short ones the most common, as in Warsaw's data.
 */
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { electionOf } from "../src/modules/budgeting/pabulib/election.ts";
import { type PbInstance, pbInstance } from "../src/modules/budgeting/pabulib/instance.ts";
import { parsePb } from "../src/modules/budgeting/pabulib/parse.ts";
import { samplePath } from "../src/modules/budgeting/pabulib/test/samples.ts";
import { writePb } from "../src/modules/budgeting/pabulib/write.ts";
import type { Election } from "../src/modules/budgeting/rules/election.ts";
import { computeResults, type RuleOptions } from "../src/modules/budgeting/rules/results.ts";

export const PB_RULES_TARGETS = { mesSeconds: 5, greedyMs: 100, parseMs: 1000 };

interface Generated {
  readonly key: "a" | "b";
  readonly label: string;
  readonly projects: number;
  readonly voters: number;
  /** The budget, as a share of all projects' cost: chosen so that (a) takes about 190 Add1 steps. */
  readonly budgetShare: number;
  readonly seed: number;
}

const INSTANCES: readonly Generated[] = [
  { key: "a", label: "(a) 83 projects, 62,000 voters", projects: 83, voters: 62_000, budgetShare: 0.103, seed: 2026 },
  { key: "b", label: "(b) 160 projects, 90,000 voters", projects: 160, voters: 90_000, budgetShare: 0.2, seed: 2022 },
];

/** Mulberry32: a small seeded generator, so the elections are the same on every run. */
function random(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** How many projects a ballot approves: 1 most often, 5 least. */
const BALLOT_LENGTHS = [0.3, 0.25, 0.2, 0.15, 0.1];

/** A generated vote as a Pabulib instance (what a city would export), so that parsing it is measured too. */
function generate(g: Generated): PbInstance {
  const next = random(g.seed);
  const costs = Array.from({ length: g.projects }, () => Math.round(20_000 * 100 ** next()));
  const weights = costs.map((_, i) => (0.3 + next()) / (i + 1) ** 0.8);
  const totalWeight = weights.reduce((a, b) => a + b, 0);
  const pick = () => {
    let x = next() * totalWeight;
    let p = 0;
    while (p < weights.length - 1 && x >= weights[p]!) x -= weights[p++]!;
    return p;
  };
  const votes: string[][] = [];
  for (let v = 0; v < g.voters; v++) {
    let length = 1;
    for (let x = next(); length < BALLOT_LENGTHS.length && x >= BALLOT_LENGTHS[length - 1]!; length++) x -= BALLOT_LENGTHS[length - 1]!;
    const chosen = new Set<number>();
    while (chosen.size < length) chosen.add(pick());
    votes.push([String(v + 1), [...chosen].map((p) => String(p + 1)).join(",")]);
  }
  const budget = Math.round(costs.reduce((a, b) => a + b, 0) * g.budgetShare);
  const meta: [string, string][] = [
    ["description", `Generated vote ${g.label}`],
    ["country", "Nowhere"],
    ["unit", "Bench"],
    ["instance", g.key],
    ["num_projects", String(g.projects)],
    ["num_votes", String(g.voters)],
    ["budget", String(budget)],
    ["vote_type", "approval"],
    ["rule", "equalshares/add1"],
    ["min_length", "1"],
    ["max_length", "5"],
  ];
  return pbInstance({
    meta: { columns: ["key", "value"], rows: meta },
    projects: { columns: ["project_id", "cost", "name"], rows: costs.map((c, i) => [String(i + 1), String(c), `Project ${i + 1}`]) },
    votes: { columns: ["voter_id", "vote"], rows: votes },
  });
}

// Each timing starts from a collected heap: otherwise collecting one measurement's garbage (three parses
// of a 90,000-vote file) lands in the next measurement's time.
setFlagsFromString("--expose-gc");
const collectGarbage = runInNewContext("gc") as () => void;

interface Timing {
  readonly ms: number;
  readonly firstMs: number;
  /** The process's CPU time in the median run: on a machine shared with other work, the less disturbed figure. */
  readonly cpuMs: number;
}

/** Three runs: the median is the figure, the first (colder) is shown beside it. */
function timed<T>(work: () => T): Timing & { value: T } {
  const runs: { ms: number; cpuMs: number }[] = [];
  let value!: T;
  for (let i = 0; i < 3; i++) {
    collectGarbage();
    const cpu = process.cpuUsage();
    const start = performance.now();
    value = work();
    const ms = performance.now() - start;
    const used = process.cpuUsage(cpu);
    runs.push({ ms, cpuMs: (used.user + used.system) / 1000 });
  }
  const median = [...runs].sort((a, b) => a.ms - b.ms)[1]!;
  return { ms: median.ms, cpuMs: median.cpuMs, firstMs: runs[0]!.ms, value };
}

export interface PbRulesRow {
  readonly key: string;
  readonly label: string;
  /** The median of three runs (its CPU time too), and the first of them. */
  readonly ms: number;
  readonly cpuMs: number;
  readonly firstMs: number;
  readonly targetMs: number;
  readonly pass: boolean;
  readonly detail: string;
}
export interface PbRulesResult {
  readonly rows: readonly PbRulesRow[];
  readonly pass: boolean;
}

const row = (key: string, label: string, t: Timing, targetMs: number, detail: string): PbRulesRow => ({
  key,
  label,
  ms: Math.round(t.ms),
  cpuMs: Math.round(t.cpuMs),
  firstMs: Math.round(t.firstMs),
  targetMs,
  pass: t.firstMs < targetMs && t.ms < targetMs,
  detail,
});

function parseRow(key: string, label: string, path: string): { row: PbRulesRow; election: Election } {
  const parsed = timed(() => parsePb(readFileSync(path, "utf8")));
  const mib = (statSync(path).size / 2 ** 20).toFixed(1);
  const detail = `${mib} MiB, ${parsed.value.votes.length.toLocaleString("en")} votes`;
  return { row: row(key, label, parsed, PB_RULES_TARGETS.parseMs, detail), election: electionOf(parsed.value) };
}

function measure(): PbRulesResult {
  const dir = mkdtempSync(join(tmpdir(), "triarchy-pb-rules-"));
  const rows: PbRulesRow[] = [];
  try {
    for (const g of INSTANCES) {
      const path = join(dir, `${g.key}.pb`);
      writeFileSync(path, writePb(generate(g)));
      const { row: parsed, election } = parseRow(`parse-${g.key}`, `parse ${g.label}`, path);
      rows.push(parsed);
      const greedy = timed(() => computeResults(election, { rule: "greedy" }));
      rows.push(row(`greedy-${g.key}`, `greedy ${g.label}`, greedy, PB_RULES_TARGETS.greedyMs, `${greedy.value.winners.length} funded`));
      const options: RuleOptions = { rule: "mes", completion: "add1u" };
      const mes = timed(() => computeResults(election, options));
      const m = mes.value.parts[0]!.mes!;
      const detail = `${m.add1Steps} Add1 steps, share ${m.initialEndowment} → ${m.endowment}, ${mes.value.winners.length} funded`;
      rows.push(row(`mes-${g.key}`, `Equal Shares, add1u, ${g.label}`, mes, PB_RULES_TARGETS.mesSeconds * 1000, detail));
    }
    rows.push(
      parseRow("parse-amsterdam", "parse Netherlands_Amsterdam_252.pb (the largest sample)", samplePath("Netherlands_Amsterdam_252")).row,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return { rows, pass: rows.every((r) => r.pass) };
}

export function renderPbRules(r: PbRulesResult): string {
  const lines = r.rows.map(
    (x) =>
      `${x.label.padEnd(56)} ${`${x.ms.toLocaleString("en")} ms`.padStart(9)} ${`(cpu ${x.cpuMs.toLocaleString("en")}, first ${x.firstMs.toLocaleString("en")})`.padStart(24)}  ` +
      `< ${x.targetMs.toLocaleString("en")} ms  ${x.pass ? "met" : "NOT MET"}  ${x.detail}`,
  );
  return `Participatory-budget rules (one process, no server; median of 3 runs)\n${lines.join("\n")}`;
}

/** The measurement in a fresh process (`node bench/pb-rules.ts --json`), as `npm run bench` runs it. */
export function benchPbRules(): Promise<PbRulesResult> {
  const script = fileURLToPath(import.meta.url);
  return new Promise((resolve, reject) => {
    execFile(process.execPath, [script, "--json"], { maxBuffer: 1 << 20 }, (err, stdout) => {
      if (err) reject(err);
      else resolve(JSON.parse(stdout) as PbRulesResult);
    });
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const result = measure();
  process.stdout.write(process.argv.includes("--json") ? `${JSON.stringify(result)}\n` : `${renderPbRules(result)}\n`);
}
