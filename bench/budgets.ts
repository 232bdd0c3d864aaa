/**
 * The participatory-budget tests on the bench city (load-budgets.ts):
 * - casting a ballot in the open call (Bearer token; each bench person changes their ballot again and
 *   again, one to five projects), against the bare write of the same rows (bare.ts `POST /ballot`);
 * - the results of the closed call (stored when its voting closed), at 50 connections.
 */
import type pg from "pg";
import type { BudgetData } from "./load-budgets.ts";
import type { BenchData } from "./load-data.ts";
import type { Scenario } from "./measure.ts";
import { TARGETS } from "./report.ts";

export const BUDGET_TESTS = ["bare-ballot", "ballot", "results"];

/** Ballot i: one to five distinct projects of the call, drawn from i (the same ballots every run). */
function choicesOf(i: number, projects: number): number[] {
  const size = 1 + (i % 5);
  const start = (i * 7) % projects;
  return Array.from({ length: size }, (_, k) => (start + k * 5) % projects);
}

export function budgetScenarios(b: BudgetData, data: BenchData, serverUrl: string, bareUrl: string): Scenario[] {
  let cast = 0;
  let bareCast = 0;
  return [
    {
      key: "bare-ballot",
      label: "bare POST /ballot, a ballot (info)",
      baseUrl: bareUrl,
      method: "POST",
      target: null,
      next: () => {
        const i = bareCast++;
        const body = {
          call: b.callId,
          person: data.barePersonIds[i % data.barePersonIds.length],
          projects: choicesOf(i, b.projectIds.length).map((k) => b.projectIds[k]),
        };
        return { path: "/ballot", body: JSON.stringify(body) };
      },
    },
    {
      key: "ballot",
      label: `PUT /api/calls/${b.voteSlug}/ballot`,
      baseUrl: serverUrl,
      method: "PUT",
      target: { writeRatio: TARGETS.writeRatio },
      writeReference: "bare-ballot",
      next: () => {
        const i = cast++;
        return {
          path: `/api/calls/${b.voteSlug}/ballot`,
          headers: { authorization: `Bearer ${data.tokens[i % data.tokens.length]}` },
          body: JSON.stringify({ projects: choicesOf(i, b.numbers.length).map((k) => ({ project: b.numbers[k] })) }),
        };
      },
    },
    {
      key: "results",
      label: `GET /api/calls/${b.closedSlug}/results (${(b.rows["closed call's ballots"] ?? 0).toLocaleString("en")} ballots)`,
      baseUrl: serverUrl,
      method: "GET",
      target: { p99Ms: TARGETS.resultsP99Ms },
      next: () => ({ path: `/api/calls/${b.closedSlug}/results` }),
    },
  ];
}

/** The ballot test's writes: each voter holds one ballot however often they voted, and each vote wrote its activity row. */
export async function ballotCounts(db: pg.Client, b: BudgetData): Promise<{ ballots: number; activities: number }> {
  const { rows } = await db.query<{ ballots: number; activities: number }>(
    `select (select count(*)::int from pb_ballots b join people p on p.id = b.voter_id where b.call_id = $1 and p.handle like 'bench-%') as ballots,
            (select count(*)::int from activities a join people p on p.id = a.actor_id
              where a.verb = 'ballot.cast' and a.object_id = $1 and p.handle like 'bench-%') as activities`,
    [b.callId],
  );
  return rows[0]!;
}
