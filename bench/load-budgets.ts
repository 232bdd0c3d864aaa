/**
 * Bulk-loads the participatory-budget tests' data after load-data.ts, in SQL (not through the API):
 *
 *   - `bench-city`, a public body with a steward (`city-steward`);
 *   - `bench-vote`, a call whose voting is open for the next 30 days: an approval ballot of at most five
 *     of its 24 eligible projects; the ballot test's voters are the bench people (load-data.ts), the
 *     bare write's are the bare people, so neither meets the other's ballots;
 *   - `bench-closed`, a closed call of 24 projects in two districts with `ballots` approval ballots
 *     (one to five projects each, drawn with a skew), its results computed once by the server's own code
 *     (the Method of Equal Shares with Add1u, and greedy beside it) and stored, as the clock stores them
 *     when voting closes.
 *
 * The closed call's ballots are written while its voting window is open (the ballots' trigger refuses
 * any other time), then its dates are moved into the past.
 */
import { drizzle } from "drizzle-orm/node-postgres";
import type pg from "pg";
import { schema } from "../src/db/schema.ts";
import type { Db } from "../src/db/types.ts";
import { findCall } from "../src/modules/budgeting/calls.ts";
import { computeResults } from "../src/modules/budgeting/results.ts";

export interface BudgetSize {
  projects: number;
  /** Ballots of the closed call. */
  ballots: number;
}

export interface BudgetData {
  voteSlug: string;
  closedSlug: string;
  callId: string;
  /** The open call's project numbers ("1" … "24") and ids (same order), for the ballots. */
  numbers: string[];
  projectIds: string[];
  rows: Record<string, number>;
  seconds: Record<string, number>;
}

const RULES = { rule: "mes", completion: "add1u", comparison: false, tieBreaking: "min-cost,max-votes", compareWithGreedy: true };

async function call(db: pg.Client, orgId: string, slug: string, districts: boolean): Promise<{ id: string; projectIds: string[] }> {
  const { rows } = await db.query<{ id: string }>(
    `insert into pb_calls (organization_id, slug, title, budget, currency, phase, submission_opens, review_opens, voting_opens, voting_closes,
                           implementation_opens, ballot_type, min_projects, max_projects, rules)
     values ($1, $2, $3, 100000000, 'EUR', 'voting', now() - interval '60 days', now() - interval '30 days', now() - interval '1 day',
             now() + interval '30 days', now() + interval '40 days', 'approval', 1, 5, $4)
     returning id`,
    [orgId, slug, `Bench call ${slug}`, JSON.stringify(RULES)],
  );
  const id = rows[0]!.id;
  let districtIds: string[] = [];
  if (districts) {
    const d = await db.query<{ id: string }>(
      `insert into pb_districts (call_id, name, budget, position) values ($1, 'North', 40000000, 0), ($1, 'South', 60000000, 1) returning id`,
      [id],
    );
    districtIds = d.rows.map((r) => r.id);
  }
  const p = await db.query<{ id: string; number: string }>(
    `insert into pb_projects (call_id, number, title, description, district_id, cost, status, review_reason, reviewed_at)
     select $1, g::text, 'Project ' || g, 'A bench project.', ($2::uuid[])[1 + g % 2], (5 + (g * 37) % 60) * 100000, 'eligible', 'Bench.', now()
     from generate_series(1, 24) g
     returning id, number`,
    [id, districtIds.length ? districtIds : [null, null]],
  );
  const ordered = [...p.rows].sort((a, b) => Number(a.number) - Number(b.number));
  return { id, projectIds: ordered.map((r) => r.id) };
}

export async function loadBudgets(db: pg.Client, size: BudgetSize): Promise<BudgetData> {
  const seconds: Record<string, number> = {};
  let mark = performance.now();
  const lap = (name: string) => {
    seconds[name] = Math.round(performance.now() - mark) / 1000;
    mark = performance.now();
  };
  const { rows: org } = await db.query<{ id: string }>(
    `with p as (
       insert into people (handle, name, email, password_hash) values ('city-steward', 'City Steward', 'city-steward@bench.invalid', '!no-password')
       returning id
     ), o as (
       insert into organizations (slug, name, kind, description, join_policy, created_by)
       select 'bench-city', 'Bench City', 'public_body', 'The public body of npm run bench.', 'approval', p.id from p
       returning id
     ), m as (
       insert into memberships (organization_id, person_id, role, status) select o.id, p.id, 'steward', 'active' from o, p
     )
     select id from o`,
  );
  const orgId = org[0]!.id;
  const vote = await call(db, orgId, "bench-vote", false);
  const closed = await call(db, orgId, "bench-closed", true);
  lap("calls");

  // The closed call's ballots: voter g approves 1 to 5 projects of one district, the lower numbers more often.
  await db.query(
    `with b as (
       insert into pb_ballots (call_id, reference, paper)
       select $1, 'B-' || g, true from generate_series(1, $2::int) g
       returning id, reference
     ), picks as (
       select b.id as ballot_id, k, (abs(hashtext(b.reference || ':' || k)) % 24) as pick, (abs(hashtext(b.reference)) % 5) + 1 as size
       from b cross join generate_series(1, 5) k
     )
     insert into pb_ballot_choices (ballot_id, call_id, project_id)
     select distinct on (ballot_id, project) ballot_id, $1, project
     from (select ballot_id, ($3::uuid[])[1 + least(pick, abs(hashtext(ballot_id::text || k)) % 24)] as project from picks where k <= size) x`,
    [closed.id, size.ballots, closed.projectIds],
  );
  lap("ballots");
  await db.query(
    `update pb_calls set phase = 'implementation', voting_opens = now() - interval '20 days', voting_closes = now() - interval '10 days',
            implementation_opens = now() - interval '5 days' where id = $1`,
    [closed.id],
  );
  const drizzled = drizzle(db, { schema }) as unknown as Db;
  await drizzled.transaction(async (tx) => computeResults(tx, await findCall(tx, "bench-closed")));
  lap("results");
  await db.query("vacuum analyze pb_ballots, pb_ballot_choices, pb_projects, pb_results");
  lap("vacuum analyze");
  const { rows: counts } = await db.query<{ ballots: number; choices: number; results: number }>(
    `select (select count(*)::int from pb_ballots where call_id = $1) as ballots,
            (select count(*)::int from pb_ballot_choices where call_id = $1) as choices,
            (select count(*)::int from pb_results where call_id = $1) as results`,
    [closed.id],
  );
  return {
    voteSlug: "bench-vote",
    closedSlug: "bench-closed",
    callId: vote.id,
    numbers: vote.projectIds.map((_, i) => String(i + 1)),
    projectIds: vote.projectIds,
    rows: { "closed call's ballots": counts[0]!.ballots, "their choices": counts[0]!.choices, "stored results": counts[0]!.results },
    seconds,
  };
}
