import { randomUUID } from "node:crypto";
import { asc, eq, inArray, sql } from "drizzle-orm";
import type { Db, Executor } from "../../db/types.ts";
import { AppError } from "../../http/errors.ts";
import { now } from "../../now.ts";
import { recordActivity } from "../activity/service.ts";
import { minorDigits } from "../ledger/money.ts";
import { books } from "../ledger/schema.ts";
import { organizations } from "../organizations/schema.ts";
import { findOrganization } from "../organizations/service.ts";
import { type Call, districtsOf, findCall } from "./calls.ts";
import { t } from "./messages.ts";
import { type PbInstance, type PbTable, pbInstance, projectField, splitList } from "./pabulib/instance.ts";
import { writePb } from "./pabulib/write.ts";
import { computeResults } from "./results.ts";
import { pbBallotChoices, pbBallots, pbCalls, pbDistricts, pbProjects, pbResults } from "./schema.ts";
import { CallRulesSchema } from "./shapes.ts";
import type { BallotType } from "./values.ts";

/** Rows per INSERT: far under PostgreSQL's 65,535 parameters for the widest of the tables written. */
const CHUNK = 5_000;

/** Minor units per unit of a currency (cents for euros; none for yen). */
const minorUnits = (currency: string) => 10 ** minorDigits(currency);

/** An amount written in currency units ("1500", "1500.50") as whole minor units. */
function toMinor(text: string, unit: number): bigint {
  const [whole, fraction = ""] = text.trim().replace(",", ".").split(".");
  const digits = Math.round(Math.log10(unit));
  if (fraction.replace(/0+$/, "").length > digits) throw AppError.validation("file", t("pbAmount", { amount: text }));
  return BigInt(whole!) * BigInt(unit) + BigInt((fraction + "0".repeat(digits)).slice(0, digits) || "0");
}

/** Minor units written back in currency units, with decimals only when there are some. */
function fromMinor(amount: bigint, unit: number): string {
  const whole = amount / BigInt(unit);
  const rest = amount % BigInt(unit);
  if (rest === 0n) return String(whole);
  return `${whole}.${String(rest)
    .padStart(Math.round(Math.log10(unit)), "0")
    .replace(/0+$/, "")}`;
}

/** The official rule a file names, as the call will recompute it. */
function rulesOf(instance: PbInstance) {
  const named = (instance.meta.rule ?? "").toLowerCase();
  const threshold = instance.meta.scoreThreshold;
  if (named.includes("equal") || named.includes("mes")) return CallRulesSchema.parse({ rule: "mes", completion: "add1u" });
  if (threshold !== null) return CallRulesSchema.parse({ rule: "greedy-threshold", threshold });
  return CallRulesSchema.parse({ rule: "greedy", compareWithGreedy: false });
}

/**
 * Imports a Pabulib file as a closed call of a public body, with its projects and ballots (each row of
 * the file kept as written, so the call exports back to the same file), then computes its results. The
 * whole import is one transaction.
 */
export async function importPb(db: Db, instance: PbInstance, opts: { body: string; slug?: string; actorId?: string | null }) {
  return db.transaction(async (tx) => {
    const body = await findOrganization(tx, opts.body);
    if (body.kind !== "public_body") throw AppError.validation("body", t("publicBodiesOnly"));
    const { meta } = instance;
    const [book] = await tx.select({ currency: books.currency }).from(books).where(eq(books.organizationId, body.id));
    const currency = (meta.currency ?? book?.currency ?? "EUR").toUpperCase();
    const unit = minorUnits(currency);
    const moment = now();
    const before = new Date(moment.getTime() - 1000);
    const voteType = meta.voteType as BallotType;
    const withPoints = voteType === "cumulative" || voteType === "scoring";
    const sums = withPoints ? instance.votes.map((v) => (v.points ?? []).reduce((s, x) => s + x, 0)) : [];
    const slug = opts.slug ?? slugOf(meta.get("description") ?? meta.get("unit") ?? "imported", meta.get("instance") ?? "");
    const [call] = await tx
      .insert(pbCalls)
      .values({
        organizationId: body.id,
        slug,
        title: meta.get("description") || [meta.get("unit"), meta.get("instance")].filter(Boolean).join(" ") || slug,
        description: meta.get("comment") ?? "",
        budget: toMinor(meta.budget, unit),
        currency,
        phase: "results",
        submissionOpens: before,
        reviewOpens: before,
        votingOpens: before,
        votingCloses: moment,
        implementationOpens: moment,
        ballotType: voteType,
        minProjects: meta.minLength,
        maxProjects: voteType === "choose-1" ? 1 : meta.maxLength,
        maxCost: meta.maxSumCost === null ? null : toMinor(String(meta.maxSumCost), unit),
        totalPoints: voteType === "cumulative" ? (meta.maxSumPoints ?? Math.max(1, ...sums)) : null,
        maxPointsPerProject: meta.maxPoints,
        secret: true,
        rules: rulesOf(instance),
        pabulibMeta: {
          metaHeader: [...meta.header],
          meta: meta.entries.map(([k, v]) => [k, v]),
          projectColumns: [...instance.projectColumns],
          voteColumns: [...instance.voteColumns],
          newline: instance.newline,
        },
        createdBy: opts.actorId ?? null,
      })
      .returning();
    if (!call) throw new Error("insert returned no call");
    const districtIds = new Map<string, string>();
    for (const [i, d] of meta.districtBudgets.entries()) {
      const [row] = await tx
        .insert(pbDistricts)
        .values({ callId: call.id, name: d.district, budget: toMinor(d.budget, unit), position: i })
        .returning();
      districtIds.set(d.district, row!.id);
    }
    const projectIds = new Map(instance.projects.map((p) => [p.id, randomUUID()]));
    const projectRows = instance.projects.map((p, i) => ({
      id: projectIds.get(p.id)!,
      callId: call.id,
      number: p.id,
      title: projectField(instance, p, "name") || `Project ${p.id}`,
      categories: splitList(projectField(instance, p, "category") ?? ""),
      cost: toMinor(p.cost, unit),
      districtId: districtIds.get(projectField(instance, p, "neighborhood") ?? projectField(instance, p, "district") ?? "") ?? null,
      status: "eligible" as const,
      reviewReason: "Imported from the Pabulib file.",
      reviewedAt: moment,
      pabulibCells: [...p.cells],
      filePosition: i,
    }));
    for (let i = 0; i < projectRows.length; i += CHUNK) await tx.insert(pbProjects).values(projectRows.slice(i, i + CHUNK));
    for (let i = 0; i < instance.votes.length; i += CHUNK) {
      const votes = instance.votes.slice(i, i + CHUNK).map((v, k) => ({ v, id: randomUUID(), position: i + k }));
      await tx.insert(pbBallots).values(
        votes.map(({ v, id, position }) => ({
          id,
          callId: call.id,
          reference: v.voterId,
          pabulibCells: [...v.cells],
          filePosition: position,
        })),
      );
      const choices = votes.flatMap(({ v, id }) =>
        v.projects.map((p, k) => ({
          ballotId: id,
          callId: call.id,
          projectId: projectIds.get(p)!,
          points: v.points ? v.points[k]! : null,
          rank: voteType === "ordinal" ? k + 1 : null,
        })),
      );
      // Points of zero are a choice left blank: Pabulib writes them, the rules ignore them.
      const kept = choices.filter((c) => c.points === null || c.points > 0);
      for (let j = 0; j < kept.length; j += CHUNK) await tx.insert(pbBallotChoices).values(kept.slice(j, j + CHUNK));
    }
    await recordActivity(tx, {
      actorId: opts.actorId ?? null,
      verb: "call.imported",
      objectType: "pb_call",
      objectId: call.id,
      organizationId: body.id,
      data: { title: call.title, slug: call.slug, projects: instance.projects.length, ballots: instance.votes.length },
    });
    await computeResults(tx, call);
    return call;
  });
}

const slugOf = (...parts: string[]) =>
  parts
    .join("-")
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
    .slice(0, 60) || "imported";

/**
 * A call's vote as a Pabulib file. An imported call writes back its own file; a call run here writes
 * its META from the call's settings, its projects (eligible ones, with their votes and whether the
 * official rule selected them) and its ballots under anonymous voter numbers.
 */
export async function exportPb(db: Executor, slug: string): Promise<string> {
  const call = await findCall(db, slug);
  return writePb(call.pabulibMeta ? await storedFile(db, call) : await builtFile(db, call));
}

async function storedFile(db: Executor, call: Call): Promise<PbInstance> {
  const layout = call.pabulibMeta!;
  const projects = await db
    .select({ cells: pbProjects.pabulibCells })
    .from(pbProjects)
    .where(eq(pbProjects.callId, call.id))
    .orderBy(asc(pbProjects.filePosition));
  const ballots = await db
    .select({ cells: pbBallots.pabulibCells })
    .from(pbBallots)
    .where(eq(pbBallots.callId, call.id))
    .orderBy(asc(pbBallots.filePosition));
  return pbInstance({
    meta: { columns: layout.metaHeader, rows: layout.meta },
    projects: { columns: layout.projectColumns, rows: projects.map((p) => p.cells ?? []) },
    votes: { columns: layout.voteColumns, rows: ballots.map((b) => b.cells ?? []) },
    newline: layout.newline,
  });
}

async function builtFile(db: Executor, call: Call): Promise<PbInstance> {
  const unit = minorUnits(call.currency);
  const [org] = await db.select({ name: organizations.name }).from(organizations).where(eq(organizations.id, call.organizationId));
  const districts = await districtsOf(db, call.id);
  const projects = await db
    .select()
    .from(pbProjects)
    .where(sql`${pbProjects.callId} = ${call.id} and ${pbProjects.status} = 'eligible'`)
    .orderBy(asc(sql`length(${pbProjects.number})`), asc(pbProjects.number));
  const [official] = await db.select().from(pbResults).where(sql`${pbResults.callId} = ${call.id} and ${pbResults.official}`);
  const selected = new Set(official?.winners ?? []);
  const ballots = await db
    .select({ id: pbBallots.id })
    .from(pbBallots)
    .where(eq(pbBallots.callId, call.id))
    .orderBy(asc(pbBallots.createdAt), asc(pbBallots.id));
  const choices = ballots.length
    ? await db
        .select()
        .from(pbBallotChoices)
        .where(
          inArray(
            pbBallotChoices.ballotId,
            ballots.map((b) => b.id),
          ),
        )
        .orderBy(sql`${pbBallotChoices.rank} asc nulls last`, asc(pbBallotChoices.projectId))
    : [];
  const numberOf = new Map(projects.map((p) => [p.id, p.number]));
  const byBallot = new Map<string, typeof choices>();
  for (const c of choices) if (numberOf.has(c.projectId)) byBallot.set(c.ballotId, [...(byBallot.get(c.ballotId) ?? []), c]);
  const votes = new Map<string, number>();
  const score = new Map<string, number>();
  for (const c of choices) {
    votes.set(c.projectId, (votes.get(c.projectId) ?? 0) + 1);
    score.set(c.projectId, (score.get(c.projectId) ?? 0) + (c.points ?? 0));
  }
  const withPoints = call.ballotType === "cumulative" || call.ballotType === "scoring";
  const limits: [string, string | null][] = [
    ["min_length", call.minProjects === null ? null : String(call.minProjects)],
    ["max_length", call.maxProjects === null ? null : String(call.maxProjects)],
    ["max_sum_cost", call.maxCost === null ? null : fromMinor(call.maxCost, unit)],
    ["max_sum_points", call.totalPoints === null ? null : String(call.totalPoints)],
    ["max_points", call.maxPointsPerProject === null ? null : String(call.maxPointsPerProject)],
  ];
  const meta: PbTable = {
    columns: ["key", "value"],
    rows: [
      ["description", call.title],
      ["country", ""],
      ["unit", org?.name ?? ""],
      ["instance", call.slug],
      ["num_projects", String(projects.length)],
      ["num_votes", String(ballots.length)],
      ["budget", fromMinor(call.budget, unit)],
      ["vote_type", call.ballotType],
      ["rule", call.rules.rule === "mes" ? "equalshares" : call.rules.rule],
      ["date_begin", call.votingOpens.toISOString().slice(0, 10)],
      ["date_end", call.votingCloses.toISOString().slice(0, 10)],
      ...limits.filter((l): l is [string, string] => l[1] !== null),
      ["currency", call.currency],
      ...(districts.length
        ? [
            ["neighborhoods", districts.map((d) => d.name).join(",")],
            ["budget_per_neighborhood", districts.map((d) => fromMinor(d.budget, unit)).join(",")],
          ]
        : []),
    ] as string[][],
  };
  const districtName = new Map(districts.map((d) => [d.id, d.name]));
  const projectTable: PbTable = {
    columns: [
      "project_id",
      "cost",
      "votes",
      ...(withPoints ? ["score"] : []),
      "name",
      "category",
      ...(districts.length ? ["neighborhood"] : []),
      "selected",
    ],
    rows: projects.map((p) => [
      p.number,
      fromMinor(p.cost, unit),
      String(votes.get(p.id) ?? 0),
      ...(withPoints ? [String(score.get(p.id) ?? 0)] : []),
      p.title,
      p.categories.join(","),
      ...(districts.length ? [districtName.get(p.districtId ?? "") ?? ""] : []),
      selected.has(p.id) ? "1" : "0",
    ]),
  };
  const voteTable: PbTable = {
    columns: ["voter_id", "vote", ...(withPoints ? ["points"] : [])],
    rows: ballots.map((b, i) => {
      const mine = byBallot.get(b.id) ?? [];
      return [
        String(i + 1),
        mine.map((c) => numberOf.get(c.projectId)).join(","),
        ...(withPoints ? [mine.map((c) => String(c.points ?? 0)).join(",")] : []),
      ];
    }),
  };
  return pbInstance({ meta, projects: projectTable, votes: voteTable, newline: "\n" });
}
