import { readFileSync } from "node:fs";
import { SingleBar } from "cli-progress";
import { type Command, Option } from "commander";
import { electionOf } from "../modules/budgeting/pabulib/election.ts";
import { PbFormatError, type PbInstance, projectField } from "../modules/budgeting/pabulib/instance.ts";
import { parsePb } from "../modules/budgeting/pabulib/parse.ts";
import { ElectionError } from "../modules/budgeting/rules/election.ts";
import { type PartResult, type ProjectExplanation, type Results, RULES, type RuleName } from "../modules/budgeting/rules/explanation.ts";
import { COMPLETIONS, type Completion, ENDOWMENT_STARTS, type EndowmentStart } from "../modules/budgeting/rules/mes/add1.ts";
import { COMPARISON_MEASURES, type ComparisonMeasure } from "../modules/budgeting/rules/mes/comparison.ts";
import { computeResults, type RuleOptions } from "../modules/budgeting/rules/results.ts";
import { TIE_BREAKINGS, type TieBreaking } from "../modules/budgeting/rules/tie-breaking.ts";
import { fail } from "./exit.ts";
import { registerPbCallCommands } from "./pb-calls.ts";

// `triarchy pb …`: participatory budgets in Pabulib's `.pb` format. `winners` reads a file and counts it
// without any database, so this module imports nothing that opens one (context.ts's helpers would load
// the database drivers); `import` and `export`, which need the database, register beside it.

interface WinnersOptions {
  rule: RuleName;
  completion: Completion;
  comparison?: true | ComparisonMeasure;
  tieBreaking: TieBreaking;
  threshold?: string;
  endowmentStart: EndowmentStart;
  districts: boolean;
  json?: boolean;
}

/**
 * Add1 may run the method hundreds of times: after a second, a bar of the budget the latest run spends,
 * redrawn on a terminal, and a line every ten seconds elsewhere (logs).
 */
function add1Progress(unit: number) {
  const started = Date.now();
  let bar: SingleBar | null = null;
  const step: NonNullable<RuleOptions["onProgress"]> = ({ district, budget, step, endowment, cost }) => {
    if (!bar && Date.now() - started < 1000) return;
    const payload = { district: district ? `${district} ` : "", step, share: money(endowment, unit) };
    if (!bar) {
      bar = new SingleBar({
        stream: process.stderr,
        format: "Add1 {district}[{bar}] {percentage}% of the budget spent | step {step}, each voter's share {share}",
        noTTYOutput: true,
        notTTYSchedule: 10_000,
        hideCursor: true,
      });
      bar.start(budget, Math.min(cost, budget), payload);
    }
    bar.setTotal(budget);
    bar.update(Math.min(cost, budget), payload);
  };
  return { step, stop: () => bar?.stop() };
}

const money = (minor: number, unit: number) => (minor / unit).toLocaleString("en-US", { maximumFractionDigits: 2 });
const count = (n: number) => n.toLocaleString("en-US");
const percent = (part: number, whole: number) => (whole === 0 ? "—" : `${Math.round((100 * part) / whole)}%`);

/** Why a project came out as it did, in a line. */
function outcomeOf(p: ProjectExplanation, unit: number, threshold: number | null): string {
  if (p.status === "funded") {
    if (p.by === "mes") {
      const full = p.payments[0];
      return `funded in round ${p.round}: ${count(full?.voters ?? 0)} paid ${money(p.price, unit)} each${p.payments.length > 1 ? ", the others all they had left" : ""} (${p.effectiveVotes.toFixed(1)} effective votes)`;
    }
    return p.by === "completion" ? "funded by the greedy completion" : `funded (${money(p.remainingBefore, unit)} were left)`;
  }
  switch (p.reason) {
    case "unaffordable": {
      const top = p.spentOn[0];
      return `not funded: its supporters had ${money(p.moneyBehind, unit)} left (${percent(p.moneyBehind, p.cost)} of its cost)${top ? `; most of their money went to ${top.project} (${money(top.amount, unit)})` : ""}`;
    }
    case "did-not-fit":
      return `not funded: it did not fit in the ${money(p.remainingBefore, unit)} left`;
    case "under-threshold":
      return `not funded: its score is under the threshold of ${threshold}`;
    case "no-votes":
      return "not funded: nobody voted for it";
    case "free":
      return "not funded by the method: it costs nothing";
  }
}

/** The readable report: the outcome in each district, then each project, funded ones first in their order. */
function report(pb: PbInstance, r: Results): string {
  const unit = r.currencyUnit;
  const currency = pb.meta.currency ? ` ${pb.meta.currency}` : "";
  const s = r.settings;
  const lines = [
    `Rule: ${s.rule}${s.completion ? `, completion ${s.completion}` : ""}${s.comparison ? `, comparison by ${s.comparison}` : ""}, ties by ${s.tieBreaking}${s.threshold !== null ? `, threshold ${s.threshold}` : ""}`,
    `Funded: ${count(r.winners.length)} projects, ${money(r.cost, unit)} of ${money(r.budget, unit)}${currency} (${percent(r.cost, r.budget)})`,
    `Voters with a funded project they voted for: ${count(r.votersWithAFundedProject)} of ${count(r.voters)} (${percent(r.votersWithAFundedProject, r.voters)})`,
  ];
  const name = (id: string) => {
    const project = pb.projects.find((p) => p.id === id);
    const n = project ? (projectField(pb, project, "name") ?? "") : "";
    return n.length > 40 ? `${n.slice(0, 39)}…` : n;
  };
  for (const part of r.parts) lines.push("", ...partReport(part, unit, s.threshold, name));
  return `${lines.join("\n")}\n`;
}

function partReport(part: PartResult, unit: number, threshold: number | null, name: (id: string) => string): string[] {
  const lines: string[] = [];
  if (part.district !== null)
    lines.push(`District ${part.district}: ${money(part.cost, unit)} of ${money(part.budget, unit)}, ${count(part.voters)} voters`);
  if (part.mes) {
    const m = part.mes;
    lines.push(
      `Each voter's share: ${money(m.endowment, unit)}${m.add1Steps > 0 ? ` (from ${money(m.initialEndowment, unit)}, ${m.add1Steps} Add1 steps)` : ""}`,
    );
  }
  if (part.comparison) {
    const c = part.comparison;
    lines.push(
      `Comparison: ${count(c.prefersMes)} voters prefer Equal Shares, ${count(c.prefersGreedy)} greedy; kept ${c.kept === "mes" ? "Equal Shares" : "greedy"}`,
    );
  }
  const order = new Map(part.winners.map((id, i) => [id, i]));
  const projects = [...part.projects].sort(
    (a, b) => (order.get(a.id) ?? Number.POSITIVE_INFINITY) - (order.get(b.id) ?? Number.POSITIVE_INFINITY) || b.votes - a.votes,
  );
  const rows = projects.map((p) => [
    order.has(p.id) ? String(order.get(p.id)! + 1) : "",
    p.id,
    money(p.cost, unit),
    count(p.votes),
    name(p.id),
  ]);
  const widths = [0, 1, 2, 3, 4].map((c) => Math.max(...[["#", "project", "cost", "votes", "name"], ...rows].map((r) => r[c]!.length)));
  const cells = (r: string[]) =>
    r
      .map((x, c) => (c === 2 || c === 3 ? x.padStart(widths[c]!) : x.padEnd(widths[c]!)))
      .join("  ")
      .trimEnd();
  lines.push(cells(["#", "project", "cost", "votes", "name"]));
  projects.forEach((p, i) => {
    lines.push(cells(rows[i]!), `${" ".repeat(widths[0]! + 2)}${outcomeOf(p, unit, threshold)}`);
  });
  return lines;
}

function readInstance(file: string): PbInstance {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (err) {
    fail(`cannot read ${file}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
  }
  try {
    return parsePb(text);
  } catch (err) {
    if (err instanceof PbFormatError) fail(`${file}: ${err.message}`);
    throw err;
  }
}

/** The rule's results for the file, or one line saying why the file or the options cannot be counted. */
function resultsOf(file: string, pb: PbInstance, opts: WinnersOptions): Results {
  let progress: ReturnType<typeof add1Progress> | null = null;
  try {
    const election = electionOf(pb);
    const threshold = opts.threshold === undefined ? pb.meta.scoreThreshold : Number(opts.threshold);
    if (threshold !== null && !Number.isFinite(threshold)) fail(`--threshold must be a number, not ${opts.threshold}`);
    progress = add1Progress(election.currencyUnit ?? 1);
    return computeResults(opts.districts ? election : { ...election, districts: [] }, {
      rule: opts.rule,
      completion: opts.completion,
      comparison: opts.comparison ?? null,
      tieBreaking: opts.tieBreaking,
      threshold: opts.rule === "greedy-threshold" ? threshold : null,
      endowmentStart: opts.endowmentStart,
      onProgress: progress.step,
    });
  } catch (err) {
    if (err instanceof PbFormatError || err instanceof ElectionError) fail(`${file}: ${err.message}`);
    throw err;
  } finally {
    progress?.stop();
  }
}

function registerWinnersCommand(pb: Command) {
  pb.command("winners <file>")
    .description(
      "Read a .pb file and print the projects a rule funds, with why each project was or was not funded (no database is " +
        "opened). The Method of Equal Shares gives the winners pabutools and equalshares.net give for the same variant",
    )
    .addOption(new Option("--rule <rule>", "the rule").choices(RULES).default("mes"))
    .addOption(new Option("--completion <completion>", "the Method of Equal Shares' completion").choices(COMPLETIONS).default("add1u"))
    .addOption(
      new Option("--comparison [measure]", "keep greedy's outcome if more voters prefer it (as Wieliczka did)").choices(
        COMPARISON_MEASURES,
      ),
    )
    .addOption(new Option("--tie-breaking <order>", "how ties are broken").choices(TIE_BREAKINGS).default("min-cost,max-votes"))
    .option("--threshold <score>", "greedy-threshold: the score a project needs (default: the file's min_project_score_threshold)")
    .addOption(
      new Option("--endowment-start <start>", "where Add1 starts: ⌊budget/voters⌋ (equalshares.net) or budget/voters (pabutools)")
        .choices(ENDOWMENT_STARTS)
        .default("floor"),
    )
    .option("--no-districts", "count the whole file as one election, ignoring its districts' own budgets")
    .option("--json", 'print {"winners": [...], "cost": …, "endowment": …} (amounts in the file\'s currency)')
    .action((file: string, opts: WinnersOptions) => {
      const pb = readInstance(file);
      const results = resultsOf(file, pb, opts);
      if (!opts.json) {
        process.stdout.write(report(pb, results));
        return;
      }
      const unit = results.currencyUnit;
      const shares = results.parts.filter((p) => p.mes).map((p) => [p.district, p.mes!.endowment / unit] as const);
      const endowment =
        shares.length === 0 ? null : shares.length === 1 && shares[0]![0] === null ? shares[0]![1] : Object.fromEntries(shares);
      process.stdout.write(`${JSON.stringify({ winners: results.winners, cost: results.cost / unit, endowment })}\n`);
    });
}

export function registerPbCommands(program: Command) {
  const pb = program.command("pb").description("Participatory budgets in Pabulib's .pb format (pabulib.org)");
  registerWinnersCommand(pb);
  registerPbCallCommands(pb);
}
